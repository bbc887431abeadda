"""The content of the demo network: you, forty people, and what happened at past meetings.

Pure data, no logic (see `netevent.services.demo` for the builder). The people are
invented; they are mostly Danish business people in Aarhus and Copenhagen with
a few internationals, and their needs and strengths are written to meet each
other and your offers and asks, so every card has something to show.
"""

from __future__ import annotations

PROFILE = dict(
    name="Mette Lund",
    company="Lund Regnskab",
    role="Statsautoriseret revisor",
    pitch=(
        "Jeg hjælper iværksættere og små virksomheder med at få styr på tallene, så de kan "
        "bruge aftenerne på kunderne i stedet for på bogføringen. Kender du en ejer, der sidder "
        "med regnskabet om aftenen, vil jeg gerne møde vedkommende."
    ),
    offers=("bogføring for iværksættere", "skatterådgivning", "budget og likviditet", "årsrapporter"),
    asks=(
        "introduktion til IT-virksomheder",
        "advokat med speciale i selskabsret",
        "kunder i eksportbranchen",
    ),
    email="mette@lund-regnskab.dk",
    phone="+45 86 12 34 56",
)

# name, company, role, city, tags, strengths, needs, about
PEOPLE: tuple[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        "Søren Ærø",
        "Ærø IT ApS",
        "Direktør",
        "Aarhus",
        ("IT", "BNI"),
        ("IT-sikkerhed", "cloud-drift", "netværk blandt IT-virksomheder"),
        ("bogføring", "salgstræning"),
        "Driver et IT-firma med 12 ansatte i Aarhus N. Sejler om sommeren.",
    ),
    (
        "Åse Øberg",
        "Øberg Advokatfirma",
        "Partner",
        "København",
        ("advokat",),
        ("selskabsret", "ejeraftaler", "generationsskifte"),
        ("kunder blandt iværksættere", "IT-sikkerhed"),
        "",
    ),
    (
        "Jørgen Kjær",
        "Kjær Eksport A/S",
        "Eksportchef",
        "Aarhus",
        ("eksport",),
        ("eksport til Tyskland", "kontakter i eksportbranchen", "toldregler"),
        ("budget og likviditet", "oversættelse til tysk"),
        "Har været i eksportbranchen i 25 år og kender de fleste i Østjylland.",
    ),
    (
        "Mads Ågård",
        "Ågård Webdesign",
        "Indehaver",
        "Aarhus",
        ("iværksætter", "IT"),
        ("webshop", "hjemmesider", "SEO"),
        ("bogføring", "skatterådgivning", "nye kunder"),
        "Startede for sig selv for to år siden.",
    ),
    (
        "Zoë Müller",
        "Müller Translations",
        "Translator",
        "København",
        ("eksport",),
        ("oversættelse til tysk", "oversættelse til engelsk"),
        ("kunder i eksportbranchen", "skatterådgivning som freelancer"),
        "German, has lived in Copenhagen since 2019. Prefers English.",
    ),
    (
        "José García",
        "García Food Import",
        "Founder",
        "København",
        ("iværksætter", "eksport"),
        ("import from Spain", "restaurant network", "vin til firmaarrangementer"),
        ("bookkeeping (bogføring) in Denmark", "Danish VAT (moms)"),
        "Moved from Valencia in 2022.",
    ),
    (
        "Anne-Sofie Ravn",
        "Ravn Rekruttering",
        "Partner",
        "Aarhus",
        ("BNI",),
        ("rekruttering", "lederudvikling", "HR-jura"),
        ("IT-konsulenter", "markedsføring på LinkedIn"),
        "",
    ),
    (
        "Lars Holm",
        "Holm Advokater",
        "Advokat",
        "Aarhus",
        ("advokat", "BNI"),
        ("selskabsret", "kontraktret", "inkasso"),
        ("revisor til kunder", "IT-sikkerhed"),
        "Henviser gerne kunder, der mangler en revisor.",
    ),
    (
        "Henrik Dahl",
        "Dahl Finans",
        "Finansieringsrådgiver",
        "København",
        ("finans",),
        ("finansiering", "bankforbindelser", "investorkontakter"),
        ("budget og likviditet", "nye kunder"),
        "",
    ),
    (
        "Camilla Friis",
        "Friis Kommunikation",
        "Kommunikationsrådgiver",
        "København",
        ("marketing",),
        ("markedsføring på LinkedIn", "pressearbejde", "tekstforfatning"),
        ("grafisk design", "kunder i eksportbranchen"),
        "",
    ),
    (
        "Peter Nørgaard",
        "Nørgaard Forsikring",
        "Forsikringsmægler",
        "Aarhus",
        ("BNI",),
        ("erhvervsforsikring", "pension"),
        ("introduktion til iværksættere", "hjemmesider"),
        "",
    ),
    (
        "Mette-Marie Bech",
        "Bech Grafisk",
        "Grafisk designer",
        "Aarhus",
        ("iværksætter",),
        ("grafisk design", "logo og visuel identitet", "tryksager"),
        ("bogføring", "webshop"),
        "",
    ),
    (
        "Kasper Vestergaard",
        "Vestergaard Ejendomme",
        "Udlejningschef",
        "Aarhus",
        (),
        ("kontorlokaler", "erhvervslejemål"),
        ("nye lejere", "årsrapporter"),
        "",
    ),
    (
        "Ida Kristensen",
        "Kristensen Salgstræning",
        "Salgstræner",
        "København",
        (),
        ("salgstræning", "forhandling"),
        ("markedsføring på LinkedIn", "skatterådgivning"),
        "",
    ),
    (
        "Thomas Brandt",
        "Brandt Software ApS",
        "CTO og medstifter",
        "Aarhus",
        ("IT", "iværksætter"),
        ("softwareudvikling", "app-udvikling", "netværk blandt IT-virksomheder"),
        ("selskabsret", "årsrapporter", "rekruttering"),
        "Deres revisor er gået på pension.",
    ),
    (
        "Sara Lindqvist",
        "Nordic Trade Partners AB",
        "Business Developer",
        "Malmö",
        ("eksport",),
        ("eksport til Sverige", "kontakter i eksportbranchen"),
        ("selskabsret", "oversættelse til engelsk"),
        "Swedish; covers Denmark and Southern Sweden.",
    ),
    (
        "Niels Bang",
        "Bang Byg",
        "Tømrermester",
        "Aarhus",
        ("håndværker", "BNI"),
        ("renovering af kontorer", "byggeri"),
        ("bogføring", "budget og likviditet", "generationsskifte"),
        "Vil overdrage firmaet til sønnen inden for tre år.",
    ),
    (
        "Louise Winther",
        "Winther Foto",
        "Fotograf",
        "Aarhus",
        ("iværksætter",),
        ("fotografering", "portrætter til LinkedIn", "video"),
        ("nye kunder", "hjemmesider"),
        "",
    ),
    (
        "Rasmus Juhl",
        "Juhl Logistik",
        "Logistikchef",
        "Aarhus",
        ("eksport",),
        ("fragt og logistik", "toldregler", "eksport til Norge"),
        ("IT-sikkerhed", "rekruttering"),
        "",
    ),
    (
        "Pernille Skov",
        "Skov GDPR Rådgivning",
        "Databeskyttelsesrådgiver",
        "København",
        ("IT",),
        ("persondataret (GDPR)", "IT-sikkerhed", "compliance"),
        ("kunder blandt IT-virksomheder", "salgstræning"),
        "",
    ),
    (
        "Mikkel Østergaard",
        "Østergaard Consulting",
        "Strategikonsulent",
        "København",
        (),
        ("forretningsudvikling", "bestyrelsesarbejde", "generationsskifte"),
        ("årsrapporter", "selskabsret"),
        "",
    ),
    (
        "Hanne Thomsen",
        "Netværk Nord",
        "Netværksleder",
        "Aarhus",
        ("netværk",),
        ("netværk blandt iværksættere", "events"),
        ("oplægsholdere", "sponsorer"),
        "Står for Netværk Nord og inviterer oplægsholdere.",
    ),
    (
        "Emil Frederiksen",
        "Frederiksen Elektronik ApS",
        "Direktør",
        "Aarhus",
        ("eksport",),
        ("elektronikproduktion", "eksport til Tyskland"),
        ("skatterådgivning", "finansiering", "oversættelse til tysk"),
        "",
    ),
    (
        "Signe Laursen",
        "Laursen Coaching",
        "Erhvervscoach",
        "Aarhus",
        ("iværksætter",),
        ("lederudvikling", "stresshåndtering"),
        ("bogføring", "markedsføring på LinkedIn"),
        "",
    ),
    (
        "Ahmed Hassan",
        "Hassan IT Service",
        "Indehaver",
        "Aarhus",
        ("IT", "iværksætter"),
        ("IT-support til små virksomheder", "netværk og servere"),
        ("bogføring", "budget og likviditet", "nye kunder"),
        "",
    ),
    (
        "Birgitte Bruun",
        "Midtbank Erhverv",
        "Erhvervsrådgiver",
        "Aarhus",
        ("finans",),
        ("erhvervslån", "finansiering"),
        ("nye erhvervskunder", "kontakter i eksportbranchen"),
        "",
    ),
    (
        "Oliver Schmidt",
        "Schmidt & Partner GmbH",
        "Managing Director",
        "Hamburg",
        ("eksport",),
        ("German market entry", "eksport til Tyskland", "distribution in Germany"),
        ("Danish accounting (bogføring)", "selskabsret"),
        "Opening a Danish subsidiary next year.",
    ),
    (
        "Julie Mortensen",
        "Mortensen Events",
        "Eventplanlægger",
        "København",
        (),
        ("events", "konferencer"),
        ("sponsorer", "grafisk design"),
        "",
    ),
    (
        "Frederik Krogh",
        "Krogh Vin",
        "Vinimportør",
        "Aarhus",
        ("eksport",),
        ("vin til firmaarrangementer", "import"),
        ("webshop", "toldregler"),
        "",
    ),
    (
        "Maja Poulsen",
        "Poulsen Arkitekter",
        "Arkitekt",
        "Aarhus",
        (),
        ("indretning af kontorer", "bæredygtigt byggeri"),
        ("budget og likviditet", "nye kunder"),
        "",
    ),
    (
        "Christian Riis",
        "Riis Cybersikkerhed ApS",
        "Direktør",
        "København",
        ("IT",),
        ("IT-sikkerhed", "penetrationstest", "netværk blandt IT-virksomheder"),
        ("selskabsret", "rekruttering", "årsrapporter"),
        "",
    ),
    (
        "Katrine Hjort",
        "Hjort Advokatfirma",
        "Advokat",
        "København",
        ("advokat",),
        ("selskabsret", "persondataret (GDPR)", "ansættelsesret"),
        ("kunder blandt IT-virksomheder",),
        "",
    ),
    (
        "Bo Andersen",
        "Andersen VVS",
        "VVS-installatør",
        "Aarhus",
        ("håndværker", "BNI"),
        ("VVS", "energirenovering"),
        ("bogføring", "rekruttering"),
        "",
    ),
    (
        "Line Kjeldsen",
        "Kjeldsen Marketing",
        "Marketingchef",
        "Aarhus",
        ("marketing",),
        ("markedsføring på LinkedIn", "Google Ads", "SEO"),
        ("grafisk design", "fotografering"),
        "",
    ),
    (
        "Torben Mølgaard",
        "Mølgaard Maskiner A/S",
        "Salgsdirektør",
        "Aarhus",
        ("eksport",),
        ("maskinindustri", "kontakter i eksportbranchen", "eksport til Norge"),
        ("skatterådgivning", "IT-sikkerhed", "oversættelse til engelsk"),
        "",
    ),
    (
        "Priya Sharma",
        "Sharma Data ApS",
        "Founder",
        "København",
        ("IT", "iværksætter"),
        ("dataanalyse", "kunstig intelligens", "Python"),
        ("bogføring for iværksættere", "finansiering"),
        "Moved from Bangalore; speaks English at meetings.",
    ),
    (
        "Gitte Lauridsen",
        "Lauridsen Tekst",
        "Tekstforfatter",
        "Aarhus",
        ("iværksætter",),
        ("tekstforfatning", "nyhedsbreve"),
        ("nye kunder", "skatterådgivning"),
        "",
    ),
    (
        "Anders Bøgh",
        "Bøgh Transport",
        "Vognmand",
        "Aarhus",
        (),
        ("transport i Jylland", "fragt og logistik"),
        ("budget og likviditet", "rekruttering"),
        "",
    ),
    (
        "Émilie Dubois",
        "Dubois Conseil",
        "Consultant",
        "København",
        ("eksport",),
        ("eksport til Frankrig", "oversættelse til fransk"),
        ("kunder i eksportbranchen", "bookkeeping (bogføring)"),
        "French; helps Danish firms sell in France.",
    ),
    (
        "Jens Villadsen",
        "Villadsen Holding",
        "Investor",
        "Aarhus",
        ("finans",),
        ("investering i startups", "bestyrelsesarbejde", "finansiering"),
        ("lovende iværksættere", "årsrapporter"),
        "",
    ),
)

# People at every Netværk Nord meeting.
REGULARS = (
    "Søren Ærø", "Lars Holm", "Mads Ågård", "Anne-Sofie Ravn", "Peter Nørgaard", "Mette-Marie Bech",
    "Niels Bang", "Louise Winther", "Signe Laursen", "Ahmed Hassan", "Bo Andersen", "Line Kjeldsen",
    "Hanne Thomsen", "Gitte Lauridsen",
)  # fmt: skip

# Past meetings of Netværk Nord, oldest first, and their reviews:
# (days before today, place, outcomes, value in kr, value in words, picked up?, review notes)
NORD_PAST = (
    (
        112,
        "Erhvervshus Nord, Aarhus N",
        ("Mødte Ahmed Hassan: mulig kunde", "Lovede Mads en introduktion"),
        0,
        "Godt første møde; for tidligt at sige",
        False,
        "Brugte for lang tid ved kaffen.",
    ),
    (
        84,
        "Erhvervshus Nord, Aarhus N",
        ("Ahmed Hassan blev kunde: bogføring og årsrapport",),
        18500,
        "En ny fast kunde",
        True,
        "",
    ),
    (
        56,
        "Erhvervshus Nord, Aarhus N",
        ("Henvisning fra Lars Holm: generationsskifte i Bang Byg",),
        8000,
        "En henvisning med honorar",
        True,
        "Lars giver igen — husk at give ham noget tilbage.",
    ),
    (
        28,
        "Erhvervshus Nord, Aarhus N",
        ("Gav tre introduktioner", "Ingen nye kunder"),
        0,
        "Gav meget, fik lidt — sådan skal det være",
        False,
        "",
    ),
)
NORD_MINUTES, NORD_COST = 120, 450.0

# (days before today, name, network, place, minutes, cost, room, review)
EXPORT_EVENT = (
    70, "Eksportrådet Årsmøde", "Eksportrådet", "Scandic Aarhus City", 240, 1195.0,
    ("Jørgen Kjær", "Sara Lindqvist", "Oliver Schmidt", "Émilie Dubois", "Torben Mølgaard", "Emil Frederiksen",
     "Rasmus Juhl", "Zoë Müller", "Camilla Friis", "Henrik Dahl", "Birgitte Bruun", "José García", "Frederik Krogh",
     "Anders Bøgh", "Hanne Thomsen"),
    (("To varme kontakter i eksportbranchen", "Oliver Schmidt vil have tilbud på bogføring"), 0, "Dyrt, men de rigtige mennesker", True, "Tag med igen næste år, men kun om eftermiddagen."),
)  # fmt: skip

# Event keys: 0-3 are the Netværk Nord meetings above (oldest first), "export" the
# Eksportrådet meeting and "today" the meeting in progress.
# (event, person, note, hh:mm)
NOTES = (
    (
        0,
        "Ahmed Hassan",
        "Driver IT-support alene, bogføringen ligger i en skotøjsæske. Vil gerne have fast pris.\n→ Send tilbud på bogføring",
        "08:05",
    ),
    (0, "Mads Ågård", "Mangler en grafiker til logoer på sine webshops. Mette-Marie?", "08:20"),
    (0, "Søren Ærø", "Kender alle IT-firmaerne i Aarhus N. Sælger dårligt selv — vil have salgstræning.", "08:40"),
    (1, "Ahmed Hassan", "Sagde ja til tilbuddet. Starter 1. i næste måned.", "07:55"),
    (1, "Lars Holm", "Har en klient i byggebranchen, der skal lave generationsskifte. Sender ham videre.", "08:15"),
    (1, "Niels Bang", "Vil overdrage til sønnen. Har brug for budget og en advokat.", "08:30"),
    (2, "Niels Bang", "Møde aftalt om generationsskifte; Lars Holm tager det juridiske.", "08:00"),
    (2, "Signe Laursen", "Bogfører selv i Excel og hader det. Vil gerne høre om fast pris.", "08:25"),
    (2, "Line Kjeldsen", "Mangler en fotograf til kampagne. Louise Winther!", "08:45"),
    (3, "Mette-Marie Bech", "Webshop på vej; har brug for bogføring, når salget starter.", "08:10"),
    (3, "Bo Andersen", "To svende på vej — har brug for rekruttering. Anne-Sofie?", "08:35"),
    (
        "export",
        "Jørgen Kjær",
        "Kender alle i eksportbranchen. Har kunder, der roder med moms ved salg til Tyskland.",
        "14:20",
    ),
    (
        "export",
        "Oliver Schmidt",
        "Åbner dansk datterselskab. Vil have tilbud på bogføring og hjælp til selskabsret.",
        "15:05",
    ),
    ("export", "Torben Mølgaard", "Skal have ny revisor efter sommer.\n→ Ring til Torben om ny revisor", "15:40"),
    (
        "today",
        "Åse Øberg",
        "Tager gerne mindre ApS'er. Fast pris på ejeraftaler fra 12.000 kr.\n→ Send Åse kontakt til Thomas Brandt og Oliver Schmidt",
        "08:12",
    ),
    (
        "today",
        "Jørgen Kjær",
        "To kunder sælger til Tyskland og roder med momsen.\n→ Ring til Jørgen om momskunderne",
        "08:31",
    ),
)

# (event, direction, person, kind, what, amount, with person)
LEDGER = (
    (
        0,
        "gave",
        "Mads Ågård",
        "intro",
        "Introducerede Mads til Mette-Marie Bech (logo til webshops)",
        None,
        "Mette-Marie Bech",
    ),
    (0, "gave", "Søren Ærø", "advice", "Tips om fradrag for IT-udstyr", None, None),
    (1, "got", "Ahmed Hassan", "business", "Ny kunde: bogføring og årsrapport", 18500.0, None),
    (1, "gave", "Niels Bang", "advice", "Gennemgik budgettet for overdragelsen", None, None),
    (1, "gave", "Ida Kristensen", "intro", "Introducerede Ida til Søren Ærø (salgstræning)", None, "Søren Ærø"),
    (2, "got", "Lars Holm", "referral", "Henviste generationsskiftet i Bang Byg", 8000.0, None),
    (
        2,
        "gave",
        "Line Kjeldsen",
        "intro",
        "Introducerede Line til Louise Winther (fotografering)",
        None,
        "Louise Winther",
    ),
    (2, "gave", "Signe Laursen", "advice", "Viste en enkel bogføringsskabelon", None, None),
    (3, "gave", "Bo Andersen", "intro", "Introducerede Bo til Anne-Sofie Ravn (rekruttering)", None, "Anne-Sofie Ravn"),
    (3, "gave", "Mette-Marie Bech", "advice", "Forklarede moms ved salg på webshop", None, None),
    (3, "gave", "Gitte Lauridsen", "referral", "Henviste en kunde, der mangler nyhedsbreve", None, None),
    ("export", "gave", "Jørgen Kjær", "advice", "Svarede på spørgsmål om moms ved eksport", None, None),
    (
        "today",
        "gave",
        "Åse Øberg",
        "intro",
        "Lovede Åse en introduktion til Thomas Brandt (ejeraftale)",
        None,
        "Thomas Brandt",
    ),
)

# (event, person, action, due: days after the event, done: days after the event or None).
# A follow-up whose action is a `→ …` line of the same meeting's note is linked to that note.
FOLLOWUPS = (
    (0, "Ahmed Hassan", "Send tilbud på bogføring", 3, 2),  # on time
    (0, "Søren Ærø", "Send Søren kontakt til salgstræner", 7, 20),  # late
    (1, "Niels Bang", "Budget for overdragelsen", 14, 12),
    (2, "Signe Laursen", "Tilbud på fast pris for bogføring", 7, None),  # open, overdue
    (2, "Niels Bang", "Møde med Lars Holm og Niels om generationsskifte", 21, 30),  # late
    (3, "Mette-Marie Bech", "Opsætning af bogføring til webshop", 14, None),  # open, overdue
    (3, "Bo Andersen", "Tjek at Anne-Sofie har ringet til Bo", 10, 9),
    ("export", "Torben Mølgaard", "Ring til Torben om ny revisor", 45, None),  # open, overdue
    ("export", "Oliver Schmidt", "Send tilbud på bogføring til dansk datterselskab", 7, 5),
    ("today", "Åse Øberg", "Send Åse kontakt til Thomas Brandt og Oliver Schmidt", 1, None),
    ("today", "Jørgen Kjær", "Ring til Jørgen om momskunderne", 4, None),  # open, not due
)

TODAY_PURPOSE = (
    "Finde en advokat med speciale i selskabsret til to kunder og møde mindst én IT-virksomhed, der mangler en revisor."
)
TODAY_PURPOSE_OTHERS = "Hjælpe to-tre iværksættere med bogføring og likviditet — og give mindst to introduktioner."
TODAY_MESSAGES = (
    "Kender du en IT-virksomhed, der mangler en revisor, der taler deres sprog?",
    "Hvem er den bedste advokat til ejeraftaler, du kender?",
    "Nyt: fast pris på årsrapporter for ApS'er under 5 mio. i omsætning.",
    "Hvem i eksportbranchen kæmper med moms ved salg til Tyskland?",
)
# (person, reason, question) in the order you want to meet them
TODAY_TARGETS = (
    ("Thomas Brandt", "IT-virksomhed i vækst; deres revisor er gået på pension", "Hvem laver jeres årsrapport i år?"),
    (
        "Åse Øberg",
        "Advokat med speciale i selskabsret — to kunder skal have ejeraftaler",
        "Tager du mindre ApS'er på fast pris?",
    ),
    (
        "Jørgen Kjær",
        "Kender alle i eksportbranchen i Østjylland",
        "Hvem i dit netværk roder med moms ved salg til Tyskland?",
    ),
    ("Priya Sharma", "Ny iværksætter, der skal have styr på bogføringen", "Hvordan klarer I bogføringen i dag?"),
)
TODAY_MET = ("Åse Øberg", "Jørgen Kjær", "Bo Andersen")
# Guests today besides the regulars and targets (the rest of the room is drawn with a fixed seed).
TODAY_GUESTS = ("Zoë Müller", "Henrik Dahl", "Katrine Hjort")
