"""Topic words for status questions, kept as data.

`TOPICS`: per common topic and language, the words that name the topic ("money", "Geld",
"dinero") before the "|", then the words of tasks about it ("invoice", "Rechnung", "factura").
Asking about a topic by one of its names finds tasks holding any of its words, in any language.

`NEAR`: close synonyms and word forms; asking about one word of a group finds tasks holding any
word of it ("invoice" finds "pay the bill"), but not the rest of the topic ("budget").
"""

TOPICS: dict[str, dict[str, str]] = {
    "money": {
        "en": "money finance finances financial cash | pay paid payment invoice billing bill"
        " budget receipt refund transfer deposit bank tax expense cost fee rent salary"
        " reimburse loan quote price",
        "ar": "مال المال فلوس الفلوس مالية | دفع ادفع فاتورة الفاتورة ميزانية الميزانية إيصال"
        " استرداد تحويل إيداع بنك ضريبة إيجار راتب",
        "de": "geld finanzen finanziell | zahlen bezahlen zahlung rechnung budget quittung beleg"
        " erstattung überweisung überweisen anzahlung bank steuer miete kosten gehalt",
        "es": "dinero finanzas pasta plata | pagar pago factura presupuesto recibo reembolso"
        " transferencia depósito banco impuesto alquiler gasto sueldo",
        "fr": "argent finances fric | payer paiement facture budget reçu remboursement virement"
        " acompte banque impôt loyer dépense salaire",
        "hi": "पैसा पैसे पैसों वित्त | भुगतान बिल बजट रसीद रिफंड ट्रांसफर जमा बैंक टैक्स किराया खर्च तनख्वाह",
        "hi_Latn": "paisa paise paiso | bhugtan bill budget raseed refund transfer jama bank tax"
        " kiraya kharcha salary",
        "id": "uang keuangan duit | bayar pembayaran tagihan faktur anggaran kuitansi struk"
        " transfer setoran bank pajak sewa biaya gaji",
        "it": "soldi denaro finanze | pagare pagamento fattura bolletta budget ricevuta rimborso"
        " bonifico acconto banca tasse affitto spese stipendio",
        "nl": "geld financiën financien | betalen betaling factuur rekening budget bonnetje"
        " terugbetaling overboeking overmaken aanbetaling bank belasting huur kosten salaris",
        "pt": "dinheiro finanças grana | pagar pagamento fatura conta boleto orçamento recibo"
        " reembolso transferência depósito banco imposto aluguel despesa salário",
        "ru": "деньги финансы | оплата оплатить заплатить платёж платеж счёт счет бюджет чек"
        " возврат перевод депозит банк налог аренда расход зарплата",
        "tr": "para finans | ödeme öde fatura bütçe makbuz iade havale depozito banka vergi kira"
        " masraf maaş",
    },
    "shopping": {
        "en": "shopping shop errands | buy purchase order groceries grocery supermarket store",
        "ar": "تسوق التسوق مشتريات | شراء اشتري اشترِ بقالة سوبرماركت طلب",
        "de": "einkaufen einkauf einkäufe besorgungen | kaufen bestellen lebensmittel supermarkt"
        " laden",
        "es": "compras compra mandados | comprar pedir supermercado mercado tienda",
        "fr": "courses achats shopping | acheter commander supermarché magasin épicerie",
        "hi": "खरीदारी शॉपिंग | खरीदना खरीदो ख़रीदना राशन सब्ज़ी सब्जी दुकान ऑर्डर",
        "hi_Latn": "shopping kharidari | kharidna kharido khareedna ration sabzi dukaan order",
        "id": "belanja belanjaan | beli membeli pesan sembako supermarket toko pasar",
        "it": "spesa acquisti shopping | comprare compra ordinare supermercato negozio",
        "nl": "boodschappen winkelen | kopen bestellen supermarkt winkel",
        "pt": "compras mercado | comprar pedir supermercado loja",
        "ru": "покупки магазин шопинг | купить покупка заказать продукты супермаркет",
        "tr": "alışveriş market | almak satın sipariş bakkal mağaza",
    },
    "travel": {
        "en": "travel trip travelling traveling journey vacation holiday | flight flights fly"
        " hotel booking passport visa train ticket luggage packing airport",
        "ar": "سفر السفر رحلة الرحلة إجازة | طيران رحلة فندق حجز جواز تأشيرة قطار تذكرة مطار",
        "de": "reise reisen urlaub | flug fliegen hotel buchung reisepass pass visum zug ticket"
        " fahrkarte koffer flughafen",
        "es": "viaje viajes vacaciones | vuelo hotel reserva pasaporte visado tren billete"
        " maleta aeropuerto",
        "fr": "voyage voyages vacances | vol avion hôtel réservation passeport visa train billet"
        " valise aéroport",
        "hi": "यात्रा सफ़र सफर ट्रिप छुट्टी | फ्लाइट उड़ान होटल बुकिंग पासपोर्ट वीज़ा वीजा ट्रेन टिकट",
        "hi_Latn": "yatra safar trip chutti | flight hotel booking passport visa train ticket",
        "id": "perjalanan liburan trip | penerbangan pesawat hotel booking paspor visa kereta"
        " tiket bandara",
        "it": "viaggio viaggi vacanza vacanze | volo hotel prenotazione passaporto visto treno"
        " biglietto valigia aeroporto",
        "nl": "reis reizen vakantie | vlucht vliegen hotel boeking paspoort visum trein kaartje"
        " koffer vliegveld",
        "pt": "viagem viagens férias | voo hotel reserva passaporte visto trem comboio bilhete"
        " passagem mala aeroporto",
        "ru": "поездка путешествие отпуск командировка | рейс перелёт перелет билет гостиница"
        " отель бронь паспорт виза поезд аэропорт",
        "tr": "seyahat yolculuk tatil gezi | uçuş uçak otel rezervasyon pasaport vize tren bilet"
        " bavul havalimanı",
    },
    "school": {
        "en": "school schools | homework teacher class exam parents kids pta uniform",
        "ar": "مدرسة المدرسة | واجب الواجب معلم المعلم امتحان فصل",
        "de": "schule | hausaufgaben lehrer lehrerin klasse prüfung klassenarbeit elternabend",
        "es": "escuela colegio cole | deberes tarea profesor profesora clase examen",
        "fr": "école ecole | devoirs professeur prof maîtresse classe examen contrôle",
        "hi": "स्कूल विद्यालय | होमवर्क शिक्षक टीचर क्लास परीक्षा फीस",
        "hi_Latn": "school | homework teacher class exam pariksha fees",
        "id": "sekolah | tugas guru kelas ujian rapor",
        "it": "scuola | compiti insegnante maestra professore classe esame verifica",
        "nl": "school | huiswerk leraar juf meester klas toets examen ouderavond",
        "pt": "escola colégio | dever lição professor professora turma aula prova exame",
        "ru": "школа школы школу | домашка домашнее учитель учительница класс экзамен"
        " контрольная собрание",
        "tr": "okul | ödev öğretmen sınıf sınav veli karne",
    },
    "health": {
        "en": "health medical | doctor doc gp dentist clinic hospital appointment pharmacy"
        " prescription medicine meds vaccine checkup therapy",
        "ar": "صحة الصحة طبي | طبيب الطبيب دكتور عيادة مستشفى صيدلية دواء موعد",
        "de": "gesundheit | arzt ärztin zahnarzt praxis krankenhaus apotheke rezept medikamente"
        " impfung termin",
        "es": "salud | médico medico doctor dentista clínica hospital farmacia receta medicina"
        " vacuna cita",
        "fr": "santé sante | médecin medecin docteur dentiste clinique hôpital pharmacie"
        " ordonnance médicament vaccin rdv",
        "hi": "स्वास्थ्य सेहत | डॉक्टर डाक्टर दंत अस्पताल क्लिनिक दवा दवाई फार्मेसी",
        "hi_Latn": "sehat health | doctor daktar dentist hospital clinic dawa dawai",
        "id": "kesehatan | dokter klinik apotek resep obat vaksin",
        "it": "salute | medico dottore dentista clinica ospedale farmacia ricetta medicine"
        " vaccino visita",
        "nl": "gezondheid | dokter huisarts tandarts kliniek ziekenhuis apotheek recept"
        " medicijnen vaccin afspraak",
        "pt": "saúde saude | médico medico doutor dentista clínica hospital farmácia receita"
        " remédio vacina consulta",
        "ru": "здоровье | врач доктор стоматолог зубной клиника больница аптека рецепт лекарство"
        " прививка",
        "tr": "sağlık | doktor dişçi diş klinik hastane eczane reçete ilaç aşı randevu",
    },
    "house": {
        "en": "house home household flat apartment | cleaning clean repair fix plumber"
        " electrician landlord laundry garden plants gutters furniture move",
        "ar": "بيت البيت منزل المنزل شقة | تنظيف نظف تصليح سباك كهربائي مالك غسيل حديقة",
        "de": "haus haushalt wohnung zuhause | putzen reparieren klempner elektriker vermieter"
        " wäsche garten pflanzen umzug möbel",
        "es": "casa hogar piso apartamento | limpiar limpieza arreglar fontanero plomero"
        " electricista casero lavar colada jardín plantas mudanza",
        "fr": "maison appartement appart logement | ménage nettoyer réparer plombier"
        " électricien proprio propriétaire lessive jardin plantes déménagement",
        "hi": "घर मकान फ्लैट | सफाई साफ़ मरम्मत प्लंबर बिजली मकान-मालिक कपड़े बगीचा पौधे",
        "hi_Latn": "ghar makaan flat | safai saaf marammat plumber bijli kapde paudhe",
        "id": "rumah apartemen | bersih membersihkan perbaiki listrik cucian"
        " kebun tanaman pindahan",
        "it": "casa appartamento | pulire pulizie riparare idraulico elettricista padrone"
        " bucato giardino piante trasloco",
        "nl": "huis thuis woning appartement | schoonmaken poetsen repareren loodgieter"
        " elektricien huisbaas was tuin planten verhuizing",
        "pt": "casa apartamento lar | limpar limpeza consertar encanador canalizador"
        " eletricista senhorio roupa jardim plantas mudança",
        "ru": "дом квартира квартиру | уборка убрать ремонт починить сантехник электрик хозяин"
        " стирка сад цветы переезд",
        "tr": "ev daire | temizlik temizle tamir tesisatçı elektrikçi çamaşır bahçe bitki taşınma",
    },
    "work": {
        "en": "work job office | client meeting report slides presentation deadline boss"
        " colleague project email offsite",
        "ar": "عمل العمل شغل الشغل مكتب | عميل اجتماع تقرير عرض مدير",
        "de": "arbeit job büro buero | kunde meeting besprechung bericht folien präsentation"
        " chef kollege projekt",
        "es": "trabajo curro oficina | cliente reunión informe diapositivas presentación jefe"
        " proyecto",
        "fr": "travail boulot bureau | client réunion rapport slides présentation patron"
        " collègue projet",
        "hi": "काम ऑफिस दफ्तर नौकरी | क्लाइंट मीटिंग रिपोर्ट प्रेजेंटेशन बॉस प्रोजेक्ट",
        "hi_Latn": "kaam office daftar naukri | client meeting report presentation boss project",
        "id": "kerja kerjaan kantor pekerjaan | klien rapat meeting laporan presentasi bos proyek",
        "it": "lavoro ufficio | cliente riunione report relazione slide presentazione capo"
        " collega progetto",
        "nl": "werk kantoor baan | klant vergadering overleg rapport slides presentatie baas"
        " collega project",
        "pt": "trabalho escritório emprego | cliente reunião relatório slides apresentação"
        " chefe colega projeto",
        "ru": "работа работе офис | клиент встреча совещание отчёт отчет презентация начальник"
        " коллега проект",
        "tr": "iş ofis | müşteri toplantı rapor sunum patron proje",
    },
    "car": {
        "en": "car cars vehicle | van truck garage mechanic service tyre tire tyres brakes oil"
        " mot parking insurance registration petrol fuel",
        "ar": "سيارة السيارة عربية | ورشة ميكانيكي صيانة إطار فرامل زيت وقود بنزين",
        "de": "auto wagen fahrzeug | werkstatt inspektion reifen bremsen öl tüv parken tanken"
        " transporter",
        "es": "coche carro auto vehículo | furgoneta taller mecánico revisión neumáticos frenos"
        " aceite itv gasolina",
        "fr": "voiture bagnole véhicule | camionnette garage mécanicien révision pneus freins"
        " huile essence",
        "hi": "गाड़ी गाडी कार | गैराज मैकेनिक सर्विस टायर ब्रेक तेल पेट्रोल",
        "hi_Latn": "gaadi gadi car | garage mechanic service tyre brake petrol",
        "id": "mobil kendaraan | bengkel montir servis ban rem oli bensin",
        "it": "macchina auto automobile | furgone officina meccanico tagliando gomme freni olio"
        " revisione benzina",
        "nl": "auto wagen | busje garage monteur apk onderhoud banden remmen olie tanken",
        "pt": "carro automóvel viatura | carrinha van oficina mecânico revisão pneus travões"
        " freios óleo gasolina",
        "ru": "машина машину машины автомобиль авто | фургон автосервис сервис механик шины"
        " тормоза масло техосмотр бензин",
        "tr": "araba araç otomobil | minibüs kamyonet servis tamirci lastik fren yağ muayene"
        " benzin",
    },
}

NEAR: tuple[str, ...] = (
    "invoice billing bill pay paid payment",
    "receipt expense reimburse reimbursement",
    "refund reimburse repay",
    "transfer wire deposit",
    "budget costs spending",
    "groceries grocery supermarket food",
    "flight flights plane airline fly",
    "hotel accommodation airbnb booking",
    "doctor doc gp physician clinic",
    "dentist dental",
    "kit gear equipment",
    "party celebration birthday",
    "van minivan",
    "move moving removal",
    "slides deck presentation",
    "kids children",
)
