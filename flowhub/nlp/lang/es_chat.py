"""Spanish words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.es_asked import as_infinitive
from flowhub.nlp.lang.es_commands import COMMANDS

_WD = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?)"
_PAST = (
    r"(?:mand[eé]|envi[eé]|pagu[eé]|llam[eé]|compr[eé]|reserv[eé]|hice|termin[eé]|acab[eé]"
    r"|revis[eé]|arregl[eé]|entregu[eé]|sub[ií]|limpi[eé]|confirm[eé]|firm[eé]|renov[eé]"
    r"|contest[eé]|respond[ií]|resolv[ií]|llev[eé]|traje|recog[ií]|saqu[eé]|ped[ií]"
    r"|agend[eé]|imprim[ií]|escrib[ií]|prepar[eé]|cancel[eé]|solucion[eé]|complet[eé])"
)
_VERBS = """
    comprar compra compre comprale cómprale enviar envía envia envíe envie envíale enviale
    enviarle mandar manda mande mándale mandale mandarle llamar llama llame llámale llamale
    llamarle reservar reserva reserve revisar revisa revise revísalo revisalo pagar paga pague
    preparar prepara prepare escribir escribe escriba escríbele escribele escribirle hacer haz
    haga hazlo terminar termina termine acabar acaba acabe agendar agende sacar saca saque
    limpiar limpia limpie traer trae traiga tráeme traeme buscar busca busque recoger recoge
    recoja actualizar actualiza actualice confirmar confirma confirme llevar lleva lleve pedir
    pide pida pídele pidele organizar organiza organice imprimir imprime imprima firmar firma
    firme renovar renueva renueve contestar contesta conteste responder responde responda
    subir sube suba bajar baja baje descargar descarga descargue cargar carga cargue arreglar
    arregla arregle reparar repara repare ordenar ordena ordene regar riega riegue lavar lave
    planchar plancha planche cocinar cocine barrer barre fregar friega friegue botar bota bote
    pasear pasea cambiar cambia cambie mover mueve mueva cancelar cancela cancele anular anula
    anule borrar borra borre eliminar elimina elimine instalar instala instale configurar
    configura programar programa programe coordinar coordina coordine contactar contacta
    contacte hablar habla hable avisar avisa avise avísale avisale avisarle decir dile dígale
    digale decirle preguntar pregunta pregunte pregúntale preguntale solicitar solicita
    solicite entregar entrega entregue devolver devuelve devuelva recibir recibe cobrar cobra
    cobre facturar facture depositar deposita deposite transferir transfiere ingresar ingresa
    comprobar comprueba compruebe verificar verifica verifique chequear chequea chequee checar
    checa testear testea diseñar diseña diseñe disenar disena redactar redacta redacte
    corregir corrige corrija traducir traduce traduzca leer lea estudiar estudia estudie
    repasar repasa practicar practica practique aprender aprende enseñar enseña ensenar ensena
    investigar investiga investigue analizar analiza analice calcular calcula calcule planear
    planea planifica planificar presentar presenta publicar publica publique compartir
    comparte comparta guardar guarda guarde archivar archiva copiar copia copie escanear
    escanea fotocopiar fotocopia reenviar reenvía reenvia agradecer agradece invitar invita
    citar visitar visita visite pasar pasa pásale pasale pásame pasame volver vuelve regresar
    regresa poner pon ponga colocar coloca coloque meter mete dejar deja deje mirar mire
    encontrar encuentra conseguir consigue consiga averiguar averigua averigüe averigue
    resolver resuelve resuelva solucionar soluciona solucione atender atiende gestionar
    gestiona gestione tramitar tramita inscribir inscribe inscríbete inscribete apuntar apunta
    apunte anotar anota anote registrar registra registre abrir abre abra cerrar cierra
    encender enciende apagar apaga apague cortar corta pintar pinta pinte montar monta armar
    arma desmontar empacar empaca empaquetar envolver envuelve decorar decora cuidar cuida
    cuide alimentar alimenta vender vende alquilar alquila rentar renta contratar contrata
    entrevistar entrevista negociar negocia cotizar cotiza cotice presupuestar aprobar aprueba
    apruebe rechazar rechaza validar valida desplegar despliega integrar integra migrar migra
    respaldar respalda rellenar rellena llenar llena completar completa mejorar mejora
    optimizar optimiza vaciar vacía vacia recargar recarga descongelar hornear hornea freír
    freir fríe llamarlo mandarlo hacerlo revisarlo enviarlo comprarlo pagarlo terminarlo
    sacarlo llevarlo recogerlo mandársela mandarsela envíaselo enviaselo marcar marque
    separar separa separe reunirse reúnete reunete juntar junta coger coge coja aparcar
    estacionar retirar recuperar recupera escuchar escucha grabar graba grabe editar edita
    edite subirlo descargarlo imprimirlo firmarlo echar echa echarle échale echale
    mandá llamá comprá revisá hacé pagá prepará escribí terminá sacá limpiá traé buscá
    confirmá llevá pedí organizá imprimí firmá renová contestá respondé subí bajá arreglá
    ordená cambiá cancelá borrá avisá decile preguntale pasá poné dejá anotá reservá enviá
    fijate fíjate chequeá averiguá regá lavá cociná
    mándame mandame envíame enviame reenvíame reenviame
    """
_GREETINGS = """
    dale vale okey oki okis sip nop perfecto perfecta claro genial excelente buenísimo
    buenisimo gracias grax hola holi buenas buenos chao chau adiós adios hasta luego jaja
    jajaja jajajaja jeje jejeje guay chévere chevere bacán bacan oye entendido entiendo
    anotado tranqui listo bueno venga igualmente saludos
"""
_ASKED = (
    r"puedes",
    r"puede",
    r"podrías",
    r"podrias",
    r"podría",
    r"podés",
    r"porfa",
    r"porfis",
    r"por\s+favor",
    r"me\s+ayudas\s+(?:a|con)",
    r"me\s+echas\s+una\s+mano\s+con",
    r"te\s+encargas\s+de",
    r"te\s+ocupas\s+de",
    r"encárgate\s+de",
    r"encargate\s+de",
    r"tienes\s+que",
    r"tiene\s+que",
    r"debes",
    r"vas\s+a",
    r"me\s+haces\s+el\s+favor\s+de",
)

_PLEASE = (
    r"(?:(?:y|e|oye|ah|ah\s+y|y\s+tambi[eé]n|tambi[eé]n)\s*,?\s+)?"
    r"(?:(?:por\s+favor|porfa|puedes|podr[ií]as)\s+)?"
)
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = (
    r"\s*,?\s*(?:qu[eé]\s+(?:tengo|tenemos|hay)|qué|lo\s+que|cu[aá]ndo|d[oó]nde|qui[eé]n"
    r"|cu[aá]l|c[oó]mo|si)\b"
)
# "recuérdame mañana a las 9 llamar al dentista", "recuérdale a Sam que llame al proveedor"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:recu[eé]rdame|recordame|recordarme|acu[eé]rdame|av[ií]same|me\s+recuerdas"
    rf"|me\s+avisas)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:recu[eé]rdale|recordale|recordarle|av[ií]sale|recuerda)\s+a\s+(?P<who>\w+)\b"
    rf"(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (r"que\b", r"de\b")

WORDS = ChatWords(
    code="es",
    commands=COMMANDS,
    verbs=words(_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"^(?:(?:por\s+favor|porfa|puedes)\s+)?(?:recu[eé]rdame|acu[eé]rdame|recordame|recordarme"
            r"|recu[eé]rdanos|av[ií]same|av[ií]sanos|no\s+me\s+dejes\s+olvidar|que\s+no\s+se\s+me"
            r"\s+olvide|pon(?:me)?\s+un\s+(?:recordatorio|aviso|alarma)|recordatorio)\b",
            r"\b(?:recu[eé]rdame|recordarme|recu[eé]rdamelo|av[ií]same)\b",
            r"\bde\s+cada\s+(?:mes|semana|año|ano|d[ií]a|trimestre)\b",
            rf"^(?:de\s+)?{_WD}\s+a\s+{_WD}\b",
            rf"^(?:los|todos\s+los)\s+{_WD}\b",
            r"^(?:diariamente|semanalmente|mensualmente|anualmente|a\s+diario)\b",
            r"^cada\s+\S+",
        ),
        "query": (
            r"^(?:q|k|qu[eé])\s+(?:tengo|tenemos|hay|me\s+toca|nos\s+toca|le\s+toca|les\s+toca"
            r"|toca|tiene|tienen|debo|debemos|me\s+queda|me\s+quedan|nos\s+queda|queda|quedan"
            r"|falta|faltan|me\s+falta|me\s+faltan|tengo\s+que|hago)\b",
            r"^(?:hay|tengo|tenemos|tiene)\s+(?:algo|alguna\s+tarea|tareas?|pendientes?)\b"
            r"(?=.*(?:vencid|pendient|atrasad|hoy|mañana|manana|semana|\?))",
            r"^(?:las\s+|los\s+|la\s+)?(?:tareas|pendientes|agenda)\s+(?:de|para|pa|del)\s+"
            r"(?:hoy|mañana|manana|esta\s+semana|la\s+semana|el\s+d[ií]a|ma[nñ]ana)\b",
            r"^qui[eé]n\s+(?:tiene|tienen|est[aá]\s+con|se\s+encarga|va\s+a|hace)\b",
            r"^(?:mis|mi)\s+(?:tareas|pendientes|agenda|lista|cosas|recordatorios)\b",
            r"^(?:ens[eé][ñn]ame|dime|mu[eé]strame|lista(?:me)?)\s+(?:mis|mi|qu[eé]|lo\s+que"
            r"|las\s+tareas|los\s+pendientes|todo)\b",
            r"^(?:q|qu[eé]|cu[aá]l(?:es)?)\b.*\b(?:vencid|atrasad|pendientes)",
            r"^(?:en\s+qu[eé]\s+est[aá]|qu[eé]\s+est[aá]\s+haciendo)\b",
        ),
        "done": (
            rf"^(?:ya\s+)(?:lo\s+|la\s+|los\s+|las\s+|le\s+|les\s+)?{_PAST}\b",
            r"^(?:mandé|envié|pagué|llamé|compré|reservé|terminé|acabé|revisé|arreglé|entregué"
            r"|limpié|confirmé|firmé|renové|contesté|respondí|resolví|llevé|recogí|solucioné)\b",
            r"^(?:ya\s+)?(?:lo|la|los|las)\s+(?:hice|termin[eé]|mand[eé]|pagu[eé])\b",
            r"\bya\s+(?:qued[oó]|est[aá]\s+(?:list[oa]|hech[oa]|pagad[oa]|enviad[oa])"
            r"|se\s+(?:hizo|mand[oó]|envi[oó]|pag[oó]|resolvi[oó]|arregl[oó]))\b",
            r"^(?:list[oa]s?|hech[oa]s?|terminad[oa]s?|completad[oa]s?)\s+(?:lo\s+de|el|la|los"
            r"|las)\b",
            r"\bya\s+est[aá][\s!.]*$",
            r"^(?:[\w-]+\s+){1,3}(?:hech[oa]s?|terminad[oa]s?|completad[oa]s?|resuelt[oa]s?"
            r"|pagad[oa]s?|enviad[oa]s?)[\s!.✅👍]*$",
            r"^(?:resuelt[oa]|solucionad[oa]|entregad[oa]|pagad[oa]|enviad[oa]|todo\s+listo)[\s!.✅👍]*$",
            r"\bm[aá]rca(?:la|lo)?\b.*\bcomo\s+(?:hech[oa]|terminad[oa]|completad[oa]|list[oa])\b",
        ),
        "help": (
            r"^(?:q|qu[eé])\s+(?:puedes|sabes)\s+hacer\b",
            r"^(?:qu[eé]\s+haces|para\s+qu[eé]\s+sirves|qu[eé]\s+comandos|c[oó]mo\s+te\s+uso"
            r"|c[oó]mo\s+se\s+usa|c[oó]mo\s+funcionas|c[oó]mo\s+uso\s+(?:esto|el\s+bot))\b",
            r"^(?:q|qu[eé])\s+(?:puedo|se\s+puede)\s+hacer\s+(?:con|aqu[ií]|en)\b",
            r"^(?:necesito\s+ayuda|ay[uú]dame\s+a\s+usar)\b",
        ),
        "settings": (
            r"^(?:(?:me\s+)?(?:m[aá]ndame|env[ií]ame|manda(?:me)?))\s+(?:el\s+|mi\s+)?resumen"
            r"(?=\s+(?:diario|de\s+cada\s+d[ií]a|todos\s+los\s+d[ií]as|cada\s+(?:d[ií]a|mañana)"
            r"|a\s+las\s+\d|por\s+la\s+mañana))",
            r"\b(?:cambia|cambiar|pon|ponme|configura|ajusta|mueve)\s+(?:el\s+|mi\s+|la\s+)?"
            r"(?:resumen|zona\s+horaria|idioma|notificaciones|hora\s+del\s+resumen)\b",
            r"^(?:el\s+)?resumen(?:\s+diario)?\s+(?:a\s+las|desactivado|activado|apagado)\b",
            r"^(?:h[aá]blame|resp[oó]ndeme|escr[ií]beme)\s+en\s+(?:espa[nñ]ol|ingl[eé]s"
            r"|portugu[eé]s|franc[eé]s|alem[aá]n)\b",
            r"^(?:desactiva|activa|apaga|silencia)\s+(?:el\s+resumen|las\s+notificaciones"
            r"|los\s+recordatorios)\b",
            r"^vivo\s+en\s+[A-Za-zÀ-ÿ ]+[.!]?$",
            r"^(?:me\s+mud[eé]|me\s+fui\s+a\s+vivir)\s+a\s+[A-Za-zÀ-ÿ ]+[.!]?$",
        ),
        "chitchat": (
            r"^(?:(?:hoy|mañana|manana|esta\s+tarde|esta\s+noche)\s+)?no\s+(?:puedo|voy|llego"
            r"|podr[eé]|alcanzo)\b",
            r"^(?:hola|buenas|buenos\s+d[ií]as|buenas\s+tardes|buenas\s+noches|muchas\s+gracias"
            r"|mil\s+gracias|gracias|de\s+nada|c[oó]mo\s+(?:est[aá]s|andas|vas|va\s+todo)"
            r"|qu[eé]\s+onda|qu[eé]\s+hay\s+de\s+nuevo|todo\s+bien|nos\s+vemos|hasta\s+(?:luego"
            r"|mañana|pronto)|perfecto|genial|vale|dale|de\s+acuerdo|ok\s+dale|entendido)\b",
        ),
    },
    ask_openers=(
        r"(?:p[ií]de(?:le|les)?|pedile|p[ií]dale)\s+a\s+{name}\s+(?:que|q|k)\s+(?:me\s+|nos\s+)?",
        r"(?:d[ií]le|dile|decile|d[ií]gale|recu[eé]rdale)\s+a\s+{name}\s+(?:que|q|k)\s+(?:me\s+|nos\s+)?",
        r"(?!(?:yo|t[uú]|[eé]l|ella|usted|alguien|nadie|todo|esto|eso|hoy|ma[ñn]ana|que|qu[eé]|se|no|s[ií]|ya|hay|me|te|lo|la|le)\b){name}\s+(?:tiene\s+que|tiene\s+q|debe|necesita)\s+",
        # "que sam recoja las cajas", "q priya mande el reporte": the person, then the task
        r"(?:que|q|k)\s+(?!(?:yo|t[uú]|[eé]l|ella|usted|alguien|nadie|todo|esto|eso|hoy|ma[ñn]ana|se|no|s[ií]|ya|hay|me|te|lo|la|le|los|las|el|un|una|mi|tu|su|nos|bueno|buena|tal|rico|padre|pena|l[aá]stima|sea|si|bien|mal|chido|onda|flojera|m[aá]s|menos)\b){name}\s+(?=\w{3,})",
    ),
    name_modals=_ASKED,
    request_markers=(
        r"porfa",
        r"porfis",
        r"me\s+ayudas",
        r"me\s+echas\s+una\s+mano",
        r"te\s+encargas",
        r"puede",
        r"podría",
        r"cuando\s+puedas",
    ),
    own_needs=("tengo que", "necesito", "debo", "hay que", "tendré que", "tendre que"),
    assign_after=(
        r"(?:eso|esto)\s+(?:es|va|queda)\s+(?:para|con)\s+",
        r"(?:eso|esto)\s+lo\s+hace\s+",
    ),
    deadline_leads=(
        "antes del",
        "antes de la",
        "antes de",
        "hasta el",
        "hasta",
        "a más tardar",
        "a mas tardar",
        "como muy tarde",
        "como máximo",
        "como maximo",
    ),
    date_leads=(
        "para el",
        "para la",
        "pa",
        "pa el",
        "pal",
        "pa'l",
        "antes del",
        "antes de la",
        "hasta el",
        "a más tardar",
        "a mas tardar",
        "como muy tarde",
        "en",
        "desde el",
        "a partir del",
        "a partir de",
    ),
    lead_fillers=(
        # "tmb comprar pan el viernes": "also" joining it to what was said before
        "también",
        "tambien",
        "tmb",
        "recuérdame que tengo que",
        "recuerdame que tengo que",
        "recuérdame que",
        "recuerdame que",
        "recuérdame de",
        "recuerdame de",
        "recuérdame",
        "recuerdame",
        "recordarme que",
        "recordarme",
        "avísame para",
        "avisame para",
        "avísame pa",
        "avisame pa",
        "avísame de",
        "avisame de",
        "avísame que",
        "avisame que",
        "avísame",
        "avisame",
        "no olvides",
        "no te olvides de",
        "no olvidar",
        "acuérdate de",
        "acuerdate de",
        "hay que",
        "hay q",
        "tengo que",
        "tengo q",
        "tenemos que",
        "tenemos q",
        "necesito",
        "me toca",
        "nos toca",
        "cuando puedas",
        "porfa",
        "por favor",
        "oye",
        # "y mañana a las 10 llamar a …": the word that joins it to what was said before.
        "y",
        "y también",
        "y tambien",
        "y luego",
        "ah y",
        "ponme un recordatorio para",
        "ponme un recordatorio",
        "pon un recordatorio para",
        "pon un recordatorio",
        "crea un recordatorio para",
        "crea un recordatorio",
        "recordatorio:",
        "fijate si podés",
        "fíjate si podés",
        "fijate si podes",
        "fijate si puedes",
        "anota:",
        "anotá:",
        "apunta:",
        "apuntá:",
        "anota que",
        "apunta que",
        "recordar que",
        "recordar",
        "acordarme de",
        "no olvidarse de",
        "no olvidarme de",
        "alguien puede",
        "alguien podría",
        "alguien podria",
        "fíjate si puedes",
        "fijate si puedes",
        "a ver si puedes",
        "temprano",
        "a primera hora",
        "me ayudas a",
        "me ayudas con",
        "puedes",
        "podrías",
        "podrias",
        "yo me encargo de",
        "me encargo de",
        "yo me ocupo de",
        "me ocupo de",
        "apúntame",
        "apuntame",
        "anótame",
        "anotame",
        "apunta",
        "anota",
        "apúntalo",
        "apuntalo",
    ),
    trail_fillers=(
        "pásaselo",
        "pasaselo",
        "pásasela",
        "pasasela",
        "pásaselo a ella",
        "pasaselo a ella",
        "pásaselo a él",
        "pasaselo a el",
        "pásale eso",
        "pasale eso",
        "que lo haga ella",
        "que lo haga él",
        "por favor",
        "porfavor",
        "xfa",
        "xfavor",
        "x favor",
        "plis",
        "please",
        "porfa",
        "porfis",
        "gracias",
        "cuando puedas",
        "si puedes",
        "porfa recuérdame",
        "porfa recuerdame",
        "recuérdame",
        "recuerdame",
        "recuérdamelo",
        "recuerdamelo",
        "apúntalo",
        "apuntalo",
        "anótalo",
        "anotalo",
        "porfa recuérdamelo",
        "porfa recuerdamelo",
        "que no se me vaya a pasar",
        "q no se me vaya a pasar",
        "no se me vaya a pasar",
        "que no se me vaya a olvidar",
        "q no se me vaya a olvidar",
        "que no se me pase",
        "q no se me pase",
        "no se me vaya a olvidar",
        "que no se me olvide",
        "q no se me olvide",
        "no se me olvide",
        "no se me pase",
    ),
    priority={
        "urgente": "urgent",
        "es urgente": "urgent",
        "urgentísimo": "urgent",
        "urgentisimo": "urgent",
        "cuanto antes": "urgent",
        "lo más pronto posible": "urgent",
        "importante": "high",
        "es importante": "high",
        "prioridad alta": "high",
        "alta prioridad": "high",
        "no es urgente": "low",
        "no urge": "low",
        "cuando puedas": "low",
        "cuando tengas tiempo": "low",
        "prioridad baja": "low",
        "baja prioridad": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "q": "que",
        "k": "que",
        "tmb": "también",
        "tb": "también",
        "tmbn": "también",
        "x": "por",
        "xfa": "por favor",
        "xfavor": "por favor",
        "xq": "porque",
        "pq": "porque",
        "porq": "porque",
        "dnd": "donde",
        "pa": "para",
        "mñn": "mañana",
        "msj": "mensaje",
        "cel": "celular",
    },
    rephrase=as_infinitive,
)
