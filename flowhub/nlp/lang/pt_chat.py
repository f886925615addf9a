"""Portuguese words for tasks and intents (Brazil and Portugal)."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.pt_commands import COMMANDS, COUNTED

_WD = (
    r"(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:s?-feiras?|s)?|s[aá]bados?|domingos?"
    r"|segundas|ter[cç]as|quartas|quintas|sextas"
)
_PAST = (
    r"(?:paguei|mandei|enviei|liguei|comprei|reservei|fiz|terminei|acabei|entreguei|resolvi"
    r"|marquei|levei|busquei|peguei|limpei|revisei|confirmei|assinei|renovei|respondi|agendei"
    r"|arrumei|lavei|tratei|conclu[ií]|finalizei|consertei|atualizei|actualizei|imprimi"
    r"|cancelei|preparei|escrevi|falei|avisei|subi|fechei|troquei|deixei)"
)
_VERBS = """
    comprar compra compre enviar envia envie mandar manda mande ligar liga ligue telefonar
    telefona telefone reservar reserva reserve revisar revisa revise rever revê reve reveja
    pagar paga pague preparar prepara prepare escrever escreve escreva fazer faz faça faca
    terminar termina termine acabar acaba acabe concluir conclui conclua finalizar finaliza
    finalize marcar marca marque levar leva leve buscar busca busque pegar pega pegue
    atualizar atualiza atualize actualizar actualiza actualize confirmar confirma confirme
    pedir pede peça peca organizar organiza organize imprimir imprime imprima assinar assina
    assine renovar renova renove responder responde responda agendar agende limpar limpa
    limpe lavar lave arrumar arruma arrume consertar conserta conserte arranjar arranja
    arranje reparar repara repare resolver resolva tratar trata trate cuidar cuida cuide
    verificar verifica verifique checar checa conferir confere confira testar testa teste
    subir sobe suba baixar baixa baixe descarregar descarrega carregar carrega carregue
    instalar instala instale configurar configura cancelar cancela cancele desmarcar desmarca
    remarcar remarca apagar apaga apague deletar deleta delete excluir exclui exclua trocar
    troca troque mudar mude colocar coloca coloque pôr põe ponha levantar levanta sacar saca
    depositar deposita deposite transferir transfere transfira cobrar cobra cobre faturar
    fatura fature orçar orcar cotar entregar entrega entregue devolver devolve devolva
    receber recebe avisar avisa avise falar fala fale dizer diz diga perguntar pergunta
    pergunte chamar chama chame contactar contacta contacte contatar contata contate convidar
    convida convide visitar visita visite voltar volta trazer traz traga abrir abre abra
    fechar fecha feche desligar desliga cortar corta pintar pinta pinte montar monta desmontar
    embrulhar embrulha decorar decora alimentar vender vende venda alugar aluga alugue
    contratar contrata contrate entrevistar negociar negocia aprovar aprova aprove rejeitar
    validar valida valide publicar publica publique postar posta compartilhar compartilha
    compartilhe partilhar partilha partilhe guardar guarda guarde salvar salva arquivar
    arquiva copiar copia copie digitalizar digitaliza escanear escaneia traduzir traduz
    traduza ler lê leia estudar estuda estude treinar treina praticar pratica aprender
    aprende ensinar ensina pesquisar pesquisa pesquise procurar procura procure encontrar
    encontra calcular calcula calcule planejar planeja planeje planear planeia apresentar
    apresenta apresente preencher preenche preencha completar completa melhorar melhora
    otimizar regar rega regue passear passeia cozinhar cozinhe assar asse varrer varre
    aspirar aspira esvaziar esvazia encher enche recarregar recarrega corrigir corrige
    corrija ajustar ajusta inscrever inscreve matricular registrar registra registar regista
    anotar anota anote despachar despacha encomendar encomenda encomende solicitar solicita
    solicite requisitar levá leva-lo levá-lo mandá-lo manda-lo enviá-lo envia-lo fazê-lo
    faze-lo ligar-lhe liga-lhe manda-lhe envia-lhe diz-lhe pergunta-lhe avisa-o chama-o
    lembra-o separar separa separe juntar junta arrumar desentupir desentope buscá buscar
    comprá resgatar agilizar agiliza providenciar providencia providencie reunir reúne
    marcá marcar-lhe entrar estacionar passar passa retirar dar dê lançar lança
    """
_GREETINGS = """
    oi olá ola obrigado obrigada obg brigado brigada valeu vlw beleza blz tchau falou
    certo combinado fechado tranquilo kkk kkkk kkkkk rs rsrs opa eita ótimo otimo
    perfeito perfeita entendi joia jóia massa bacana boa abraço abraços
    beijos bjs fixe porreiro claro obrigadão obrigadinho obrigadinha
    tchauzinho flw
"""
_ASKED = (
    r"pode",
    r"podes",
    r"poderia",
    r"poderias",
    r"podia",
    r"podias",
    r"consegue",
    r"consegues",
    r"(?:vc|voc[eê]|tu)\s+(?:pode|podes|consegue|consegues|poderia|podia)",
    r"por\s+favor",
    r"pf",
    r"pfv",
    r"pfvr",
    r"me\s+ajuda\s+a",
    r"ajuda-me\s+a",
    r"d[aá]\s+pra",
    r"fica\s+com",
    r"(?:vc|voc[eê]|tu)?\s*(?:tem|tens)\s+(?:que|de)",
    r"vai",
    r"vais",
)

_PLEASE = r"(?:(?:por\s+favor|pf|pfv|pode|podes|consegue|voc[eê]\s+pode|vc\s+pode)\s+)?"
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = (
    r"\s*,?\s*(?:o\s+que|quando|onde|quem|qual"
    r"|quais|como|se)\b"
)
# "me lembra amanhã às 9 de pagar o aluguel", "lembra o Sam de ligar pro buffet"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:me\s+lembr(?:[ae]|ar)|lembr[ae]-me|me\s+avis[ae]|avis[ae]-me)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}lembr[ae]\s+(?:o|a|ao|à)\s+(?-i:(?=[A-ZÀ-Ý]))(?P<who>\w+)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}lembr[ae]\s+(?:(?:o|a|ao|à)\s+)?(?!me\b|de\b|que\b)(?P<who>\w+)\s+(?!{_ASKS})"
    r"(?P<rest>(?:de|que|pra|para)\b.+)$",
)
_REMIND_LINKS = (r"de\b", r"que\b", r"pra\b", r"para\b")

WORDS = ChatWords(
    code="pt",
    commands=COMMANDS,
    counted=COUNTED,
    verbs=words(_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"^(?:(?:por\s+favor|pf|(?:(?:vc|voc[eê]|tu)\s+)?(?:pode|podes))\s+)?"
            r"(?:me\s+lembr(?:[ae]|ar)|lembr[ae]-me|me\s+avis[ae]"
            r"|avis[ae]-me|lembrete|n[aã]o\s+me\s+deix[ae]\s+esquecer|cria\s+um\s+lembrete"
            r"|p[oõ]e\s+um\s+lembrete)\b",
            r"\b(?:me\s+lembr[ae]|lembr[ae]-me|me\s+avis[ae]|avis[ae]-me)\s+(?:de|do|da|que|pra"
            r"|para|às|as)\b",
            r"^todo\s+(?:dia|m[eê]s|ano|s[aá]bado|domingo|fim\s+de\s+semana|santo\s+dia)\b",
            r"^de\s+\d+\s+em\s+\d+\s+(?:dias|semanas|meses|horas|minutos)\b",
            r"^a\s+cada\s+\S+",
            r"^(?:diariamente|semanalmente|mensalmente|anualmente)\b",
            rf"^(?:às|as|nas|aos)\s+(?:{_WD})\b",
            rf"^de\s+(?:{_WD})\s+a\s+(?:{_WD})\b",
            r"\bde\s+cada\s+(?:m[eê]s|semana|ano|dia)\b",
        ),
        "query": (
            r"^(?:o\s+)?(?:q|que|qu[eê])\s+(?:[ée]\s+que\s+)?(?:eu\s+|n[oó]s\s+|a\s+gente\s+)?"
            r"(?:me\s+|nos\s+)?"
            r"(?:tenho|temos|tem|h[aá]|falta|faltam|sobra|t[aá]|est[aá]|preciso|precisamos"
            r"|devo|tenho\s+pra|tenho\s+para|rola)\b",
            r"^(?:o\s+)?(?:q|que)\s+(?:[ée]\s+que\s+)?(?:o|a)\s+\w+\s+(?:tem|t[aá]\s+fazendo"
            r"|est[aá]\s+a\s+fazer)\b",
            r"^(?:o\s+)?(?:q|que|qual|quais)\b.*\b(?:atrasad|vencid|pendentes?|em\s+atraso)",
            r"^(?:tenho|temos|tem|h[aá])\s+(?:alguma\s+coisa|algo|alguma\s+tarefa|tarefas?"
            r"|pend[eê]ncias?)\b",
            r"^(?:qual|quais)\s+(?:[ée]\s+|s[aã]o\s+)?(?:a\s+|as\s+)?(?:minha|minhas|d[oa]s?\s+\w+"
            r"|tarefas?|pend[eê]ncias?)\b",
            r"^(?:as\s+|a\s+)?(?:tarefas|pend[eê]ncias|agenda)\s+(?:de|d[oa]|pra|para)\s+"
            r"(?:hoje|amanh[aã]|esta\s+semana|essa\s+semana|semana|o\s+dia)\b",
            r"^quem\s+(?:tem|t[aá]\s+com|est[aá]\s+com|fica\s+com|vai|faz|trata)\b",
            r"^(?:minha|meu|minhas|meus)\s+(?:agenda|dia|semana|lista|tarefas|pend[eê]ncias"
            r"|lembretes)\b",
            r"^(?:me\s+mostr[ae]|mostra-me|lista|lista-me|me\s+diz|diz-me)\s+(?:as\s+|os\s+"
            r"|o\s+que"
            r"|minhas|meus|a\s+minha|tudo)",
            # "o q ta comigo agora?", "tô devendo o que?": what one still has on one's plate
            r"\b(?:o\s+)?(?:q|que)\s+(?:que\s+|[ée]\s+que\s+)?(?:ainda\s+)?(?:t[aá]|est[aá]|fica"
            r"|ficou|sobrou)\s+comigo\b",
            r"\bt[oô]\s+devendo\s+o\s+qu[eê]\b",
            r"^(?:o\s+)?(?:q|que)\s+(?:eu\s+)?(?:t[oô]|estou)\s+devendo\b",
        ),
        "done": (
            rf"^(?:eu\s+)?(?:j[aá]\s+)?{_PAST}\b",
            r"^(?:j[aá]\s+)?(?:t[aá]|est[aá]|foi)\s+(?:feito|feita|pronto|pronta|resolvido"
            r"|resolvida"
            r"|entregue|pago|paga|enviado|enviada|mandado|mandada)\b",
            r"\bj[aá]\s+(?:foi|est[aá]\s+(?:feito|feita|pronto|pronta|pago|paga|resolvido"
            r"|entregue))\b",
            r"\bj[aá]\s+est[aá][\s!.]*$",
            r"^(?:[\w-]+\s+){1,3}(?:feit[oa]s?|conclu[ií]d[oa]s?|resolvid[oa]s?|pag[oa]s?"
            r"|enviad[oa]s?|entregues?)[\s!.✅👍]*$",
            r"^(?:resolvid[oa]|entregue|pag[oa]|enviad[oa]|feit[oa]|tudo\s+feito)[\s!.✅👍]*$",
            r"\bmarc[ae]\b.*\bcomo\s+(?:feit[oa]|conclu[ií]d[oa]|pront[oa]|resolvid[oa])\b",
        ),
        "help": (
            r"^como\s+(?:[ée]\s+que\s+)?(?:isto|isso|voc[eê]|vc|tu|o\s+bot|este\s+bot|esse\s+bot"
            r"|a\s+app|o\s+app)?\s*(?:funciona|funcionas|uso|usar|se\s+usa)\b",
            r"^(?:o\s+)?(?:q|que)\s+(?:[ée]\s+que\s+)?(?:voc[eê]|vc|tu)\s+(?:faz|fazes"
            r"|pode\s+fazer"
            r"|podes\s+fazer|sabe\s+fazer|sabes\s+fazer)\b",
            r"^(?:para|pra)\s+(?:q|que)\s+(?:serve|servis|voc[eê]\s+serve)\b",
            r"^(?:o\s+)?(?:q|que)\s+(?:[ée]\s+que\s+)?(?:posso|d[aá]\s+pra|se\s+pode)\s+fazer\s+"
            r"(?:com|aqui|neste|nesse)\b",
            r"^(?:preciso\s+de\s+ajuda|quais\s+(?:s[aã]o\s+)?os\s+comandos)\b",
        ),
        "settings": (
            r"^(?:muda|mudar|mude|troca|trocar|troque|altera|alterar|altere|configura|p[oõ]e)\s+"
            r"(?:a\s+|o\s+|meu\s+|minha\s+|a\s+minha\s+|o\s+meu\s+)?(?:l[ií]ngua|idioma|fuso"
            r"|resumo|hor[aá]rio\s+do\s+resumo|hora\s+do\s+resumo|notifica[cç][oõ]es)\b",
            r"^(?:me\s+)?(?:mand[ae]|envi[ae])(?:-me)?\s+(?:o\s+|meu\s+)?resumo(?:\s+di[aá]rio)?"
            r"(?=\s+(?:di[aá]rio|todo\s+dia|todos\s+os\s+dias|toda\s+manh[aã]|[àa]s?\s+\d"
            r"|de\s+manh[aã]))",
            r"^(?:o\s+)?resumo(?:\s+di[aá]rio)?\s+(?:[àa]s|desligado|ligado)\b",
            r"^(?:fala|responde|escreve)(?:-me|\s+comigo)?\s+em\s+(?:portugu[eê]s|ingl[eê]s"
            r"|espanhol|franc[eê]s|alem[aã]o)\b",
            r"^(?:desliga|liga|silencia|desativa|ativa)\s+(?:o\s+resumo|as\s+notifica[cç][oõ]es"
            r"|os\s+lembretes)\b",
            r"^(?:moro|vivo)\s+(?:em|no|na)\s+[A-Za-zÀ-ÿ ]+[.!]?$",
            r"^(?:mudei-me|me\s+mudei|mudei)\s+(?:para|pra)\s+[A-Za-zÀ-ÿ ]+[.!]?$",
        ),
        "chitchat": (
            r"^(?:(?:hoje|amanh[aã]|hoje\s+[àa]\s+noite)\s+)?n[aã]o\s+(?:posso|vou|consigo|chego"
            r"|d[aá]\s+pra\s+mim)\b",
            r"^(?:oi|ol[aá]|bom\s+dia|boa\s+tarde|boa\s+noite|obrigad[oa]|muito\s+obrigad[oa]"
            r"|valeu|de\s+nada|tudo\s+bem|tudo\s+bom|tudo\s+certo|beleza|como\s+(?:vai|est[aá]s?"
            r"|vais)|e\s+a[ií]|at[eé]\s+(?:logo|mais|amanh[aã])|fal[ou]u|perfeito|combinado"
            r"|fechado|ok\s+obrigad[oa]|ok\s+valeu|blz|vlw)\b",
        ),
    },
    ask_openers=(
        r"(?:pede|pe[cç]a|pedir)\s+(?:pr[oa]|pra\s+[oa]|para\s+[oa]|para|ao|[aà])\s+{name}\s+(?:pra\s+|para\s+|que\s+)?(?:me\s+)?",
        r"(?:fala|diz|diga|avisa|lembra)\s+(?:pr[oa]|pra\s+[oa]|para\s+[oa]|para|ao|[aà])\s+{name}\s+(?:pra|para|que)\s+(?:me\s+)?",
        r"(?!(?:eu|voc[eê]|ele|ela|algu[eé]m|ningu[eé]m|tudo|isso|hoje|amanh[aã]|que|se|n[aã]o|sim|j[aá]|a|o|me|te)\b){name}\s+(?:tem\s+que|tem\s+de|precisa|deve)\s+",
        # "a priya fica responsavel por encaixotar os livros": she does it
        r"(?:[ao]\s+)?{name}\s+fica\s+(?:respons[aá]vel|encarregad[oa])\s+(?:por|pelo|pela|de|da|do)\s+",
    ),
    name_modals=_ASKED,
    request_markers=(
        r"consegue",
        r"consegues",
        r"poderia",
        r"poderias",
        r"podia",
        r"pf",
        r"pfv",
        r"me\s+ajuda\s+a",
        r"d[aá]\s+pra",
        r"v[eê]\s+(?:l[aá]\s+)?se",
        r"quando\s+puder",
        r"quando\s+puderes",
    ),
    own_needs=("preciso", "eu preciso", "tenho que", "tenho de", "vou ter que", "vou precisar"),
    assign_after=(
        r"(?:isso|isto|esse|essa|este|esta)\s+(?:[ée]|fica)\s+com\s+(?:[ao]\s+)?",
        r"quem\s+faz\s+[ée]\s+(?:[ao]\s+)?",
    ),
    deadline_leads=(
        "até",
        "ate",
        "até o",
        "até a",
        "ate o",
        "ate a",
        "até ao",
        "no máximo até",
        "no maximo ate",
        "o mais tardar",
        "antes de",
        "antes do",
        "antes da",
        "no máximo",
        "no maximo",
    ),
    date_leads=(
        "pra",
        "pro",
        "para o",
        "para a",
        "até o",
        "até a",
        "ate o",
        "ate a",
        "até ao",
        "no máximo até",
        "no maximo ate",
        "o mais tardar",
        "dia",
        "no dia",
        "a partir de",
        "a partir do",
        "antes de",
        "antes do",
        "antes da",
        "lá pra",
        "la pra",
        "por volta de",
        "por volta das",
    ),
    lead_fillers=(
        # "und luftballons kaufen": the word that joins it to the task before.
        "e",
        "e também",
        "e tambem",
        "e depois",
        # "vc lembra de pagar o boleto amanhã": asking to remember it, in chat words
        "você lembra de",
        "voce lembra de",
        "vc lembra de",
        "lembra de",
        "também",
        "tambem",
        "me lembra de",
        "me lembre de",
        "me lembra que tenho que",
        "me lembra que",
        "me lembra",
        "me lembre",
        "lembra-me de",
        "lembra-me que",
        "lembra-me",
        "lembrar de",
        "me avisa pra",
        "me avisa para",
        "me avisa",
        "avisa-me para",
        "avisa-me",
        "lembrete:",
        "lembrete",
        "não esquecer de",
        "nao esquecer de",
        "não esquece de",
        "nao esquece de",
        "não esqueça de",
        "nao esqueca de",
        "não te esqueças de",
        "nao te esquecas de",
        "tenho que",
        "tenho de",
        "temos que",
        "temos de",
        "tem que",
        "preciso de",
        "preciso",
        "precisamos de",
        "precisamos",
        "tens de",
        "tens que",
        "tem de",
        "bora",
        "cria um lembrete pra",
        "cria um lembrete para",
        "cria um lembrete",
        "põe um lembrete pra",
        "põe um lembrete para",
        "põe um lembrete",
        "faz um lembrete pra",
        "faz um lembrete",
        "anota:",
        "anota aí:",
        "anota ai:",
        "anota que",
        "anota aí que",
        "não esquecer",
        "nao esquecer",
        "vê lá se consegues",
        "ve la se consegues",
        "vê lá se",
        "ve la se",
        "vê se consegue",
        "ve se consegue",
        "vê se",
        "ve se",
        "dá pra você",
        "da pra voce",
        "dá pra vc",
        "da pra vc",
        "dá pra",
        "da pra",
        "dá para",
        "alguém pode",
        "alguem pode",
        "alguém consegue",
        "alguem consegue",
        "bem cedo",
        "cedo",
        "quando puder",
        "quando puderes",
        "por favor",
        "pfv",
        "consegue",
        "consegues",
        "você consegue",
        "vc consegue",
        "voce consegue",
        "podes",
        "pode",
        "você pode",
        "vc pode",
        "poderia",
        "me ajuda a",
        "ajuda-me a",
        "eu fico com",
        "fico com",
        "deixa comigo",
        "eu cuido de",
        "eu trato de",
        "eu trato do",
        "eu trato da",
        "anota aí",
        "anota ai",
        "anota pra mim",
    ),
    trail_fillers=(
        # "…, passa pra ela": the task just said is handed to the person named in it.
        "passa pra ela",
        "passa pra ele",
        "passa para ela",
        "passa para ele",
        "repassa pra ela",
        "repassa pra ele",
        "passa isso pra ela",
        "passa isso pra ele",
        "fica com ela",
        "fica com ele",
        "por favor",
        "pfv",
        "pfvr",
        "pf",
        "porfa",
        "plis",
        "obrigado",
        "obrigada",
        "valeu",
        "quando puder",
        "quando puderes",
        "se puder",
        "anota aí",
        "anota ai",
        "anota pra mim",
        "me lembra",
    ),
    priority={
        "urgente": "urgent",
        "é urgente": "urgent",
        "e urgente": "urgent",
        "urgentíssimo": "urgent",
        "o mais rápido possível": "urgent",
        "o mais rapido possivel": "urgent",
        "assim que possível": "urgent",
        "importante": "high",
        "é importante": "high",
        "prioridade alta": "high",
        "alta prioridade": "high",
        "não é urgente": "low",
        "nao e urgente": "low",
        "quando puder": "low",
        "quando der": "low",
        "quando tiveres tempo": "low",
        "prioridade baixa": "low",
        "baixa prioridade": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "n": "não",
        "q": "que",
        "vc": "você",
        "pq": "porque",
        "tb": "também",
        "tbm": "também",
        "hj": "hoje",
        "amn": "amanhã",
        "td": "tudo",
        "cmg": "comigo",
        "msm": "mesmo",
        "vdd": "verdade",
        "qnd": "quando",
        "qdo": "quando",
        "mto": "muito",
        "mt": "muito",
        "dps": "depois",
        "pfv": "por favor",
        "tmj": "tamo junto",
    },
)
