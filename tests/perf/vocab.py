"""Words for the benchmark's synthetic network: names, companies, roles and business skills.

Pure data. Mostly Danish business people with the accents that break naive
code (æ, ø, å, ü, é, ë, ñ…), some internationals, and a vocabulary of about
200 skills in Danish and English, so that strengths and needs meet each other
the way they do in a real room.
"""

from __future__ import annotations

FIRST_NAMES = """
Søren Åse Jørgen Zoë José Mette Lars Anne-Sofie Henrik Camilla Peter Mette-Marie Kasper Ida
Thomas Sara Niels Louise Rasmus Pernille Mikkel Hanne Emil Signe Ahmed Birgitte Oliver Julie
Frederik Jens Karen Bjørn Øjvind Åge Ærbødig Gitte Lærke Mads Maja Freja Astrid Sofie Ellen
Torben Bent Poul Preben Kirsten Lene Dorthe Birthe Jesper Morten Anders Christian Mathias
Magnus Oscar Noah Victor Malthe Clara Emma Alma Agnes Ella Nanna Rikke Tina Helle Vibeke
François Renée Chloë Jürgen Björn Günther Małgorzata Łukasz Zoltán Ana María Núria Inês João
Raúl Ólafur Sigríður Håkan Åsa Märta Øystein Ingrid Siobhán Seán Aoife Noël Anaïs Hélène
Mohammed Fatima Ali Aisha Omar Yusuf Priya Rahul Wei Mei Hiroshi Yuki Kemal Elif Ayşe Mehmet
Dmitri Olga Katarzyna Tomáš Jiří Ştefan Ioana Nikolaj Asger Ejnar Kåre Grethe Solveig Ulla
""".split()

SURNAMES = """
Ærø Øberg Ågård Kjær Müller García Ravn Holm Dahl Friis Nørgaard Bech Vestergaard Kristensen
Brandt Lindqvist Bang Winther Juhl Skov Østergaard Thomsen Frederiksen Laursen Hassan Bruun
Schmidt Mortensen Krogh Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen
Rasmussen Jørgensen Petersen Madsen Olsen Poulsen Johansen Knudsen Mikkelsen Jakobsen Møller
Jacobsen Lund Mogensen Kjærgaard Søndergaard Nørregaard Ødegaard Fæster Grønbæk Højgaard
Lykke Lind Bak Due Kirk Storm Dam Husum Fog Munk Kofoed Bønløkke Trærup Ahlmann Skjødt
Gjødesen Bülow Lefèvre Dubois Martínez Fernández Gonçalves Núñez Ó'Brien O'Connor Kowalski
Wiśniewski Novák Dvořák Öztürk Yılmaz Nguyen Chen Tanaka Sato Khan Ahmadi Svensson Åkesson
Nyström Håkansson Gísladóttir Björnsson Weiß Schäfer Köhler Groß Hoffmann
""".split() + ["van der Berg", "de la Cruz", "Ærø-Hansen"]

COMPANY_WORDS = """
Revision Advokater Consulting Rådgivning Regnskab IT Software Logistik Eksport Import Byg
Ejendomme Finans Forsikring Kommunikation Design Grafisk Media Marketing Rekruttering
Coaching Engineering Solutions Data Analytics Energi Foods Trading Partners Group Tech
Arkitekter Maskinfabrik Transport Event Vin Elektronik Medico Pharma Cleantech Security
""".split()

LEGAL_FORMS = ("ApS", "A/S", "IVS", "I/S", "GmbH", "AB", "Ltd", "", "", "")

ROLES = (
    "Direktør", "Partner", "Indehaver", "Advokat", "Revisor", "Statsautoriseret revisor",
    "Eksportchef", "Salgschef", "Kommunikationsrådgiver", "Grafisk designer", "CTO",
    "CFO", "CEO", "Founder", "Co-founder", "Managing Director", "Business Developer",
    "Key Account Manager", "Projektleder", "Udviklingschef", "HR-chef", "Økonomichef",
    "Bogholder", "Konsulent", "Seniorkonsulent", "Strategikonsulent", "Erhvervsrådgiver",
    "Finansieringsrådgiver", "Forsikringsmægler", "Salgstræner", "Erhvervscoach",
    "Fotograf", "Tømrermester", "Logistikchef", "Indkøbschef", "Marketing Manager",
    "Head of Sales", "Product Owner", "Software Engineer", "Data Scientist",
    "Bestyrelsesformand", "Netværksleder", "Eventplanlægger", "Ejendomsmægler", "Arkitekt",
)

SKILLS = (
    # Danish
    "bogføring", "bogføring for iværksættere", "skatterådgivning", "moms", "årsrapporter",
    "budget og likviditet", "revision", "lønadministration", "selskabsret", "kontraktret",
    "ejeraftaler", "generationsskifte", "inkasso", "arbejdsret", "persondataret (GDPR)",
    "IT-sikkerhed", "cloud-drift", "netværk og servere", "IT-support til små virksomheder",
    "softwareudvikling", "app-udvikling", "hjemmesider", "webshop", "søgemaskineoptimering",
    "markedsføring på LinkedIn", "pressearbejde", "tekstforfatning", "grafisk design",
    "logo og visuel identitet", "tryksager", "fotografering", "video", "rekruttering",
    "lederudvikling", "HR-jura", "stresshåndtering", "salgstræning", "forhandling",
    "eksport til Tyskland", "eksport til Sverige", "eksport til Norge", "toldregler",
    "fragt og logistik", "kontakter i eksportbranchen", "oversættelse til tysk",
    "oversættelse til engelsk", "finansiering", "bankforbindelser", "investorkontakter",
    "erhvervslån", "erhvervsforsikring", "pension", "kontorlokaler", "erhvervslejemål",
    "renovering af kontorer", "byggeri", "bestyrelsesarbejde", "forretningsudvikling",
    "strategi", "events", "konferencer", "netværk blandt iværksættere",
    "netværk blandt IT-virksomheder", "vin til firmaarrangementer", "kantinedrift",
    "energioptimering", "bæredygtighed og ESG", "CO2-regnskab", "offentlige udbud",
    "EU-fondsansøgninger", "innovationsfonden", "patenter og varemærker", "produktudvikling",
    "prototyper", "3D-print", "automatisering", "robotteknologi", "lagerstyring",
    "indkøb", "kvalitetsledelse (ISO 9001)", "arbejdsmiljø", "kommunikationsstrategi",
    "krisekommunikation", "intern kommunikation", "sociale medier", "nyhedsbreve",
    "kundeservice", "CRM-systemer", "e-conomic", "Dinero", "Microsoft 365",
    "regnskabsprogrammer", "virksomhedsoverdragelse", "værdiansættelse", "due diligence",
    "kapitalfonde", "crowdfunding", "iværksætteri", "mentorordninger", "coaching af ledere",
    "teamudvikling", "onboarding", "employer branding", "mangfoldighed og inklusion",
    "udstationering af medarbejdere", "boligmarkedet i Aarhus", "ejendomsinvestering",
    "arkitektur", "indretning", "catering", "rejser og konferencer", "kunder i eksportbranchen",
    "nye kunder", "introduktion til IT-virksomheder", "advokat med speciale i selskabsret",
    # English
    "bookkeeping", "tax advice", "VAT", "annual accounts", "cash flow", "audit", "payroll",
    "corporate law", "contract law", "shareholder agreements", "succession planning",
    "employment law", "GDPR compliance", "cyber security", "cloud migration", "DevOps",
    "software development", "mobile apps", "web design", "e-commerce", "SEO",
    "LinkedIn marketing", "PR", "copywriting", "brand identity", "photography",
    "video production", "recruitment", "leadership development", "sales training",
    "negotiation", "German market entry", "distribution in Germany", "export to the US",
    "customs", "freight", "supply chain", "translation", "fundraising", "venture capital",
    "angel investors", "bank loans", "insurance", "office space", "property development",
    "board work", "business development", "strategy", "go-to-market", "pricing",
    "product management", "UX research", "data analytics", "machine learning",
    "AI strategy", "ERP implementation", "Salesforce", "HubSpot", "project management",
    "agile coaching", "change management", "public tenders", "EU funding",
    "sustainability reporting", "ESG", "lean manufacturing", "procurement",
    "quality management", "event management", "public speaking", "mentoring",
    "mergers and acquisitions", "valuation", "restaurant network", "import from Spain",
    "customer success", "partnerships", "franchising", "licensing", "trade fairs",
)

TAGS = (
    "BNI", "IT", "iværksætter", "eksport", "advokat", "finans", "marketing", "netværk",
    "håndværker", "revisor", "startup", "scaleup", "bestyrelse", "Aarhus", "København",
    "Odense", "Aalborg", "investor", "kunde", "leverandør", "tidligere kollega", "VIP",
    "Dansk Erhverv", "DI", "Rotary", "alumni", "speaker", "mentor", "partner",
)

CITIES = ("Aarhus", "København", "Odense", "Aalborg", "Vejle", "Esbjerg", "Randers",
          "Kolding", "Horsens", "Malmö", "Hamburg", "Roskilde", "Herning", "Silkeborg")

NETWORKS = ("Netværk Nord", "BNI Aarhus Vest", "Eksportrådet", "Dansk Erhverv Østjylland",
            "Iværksætternetværket", "Rotary Aarhus Syd", "CFO-netværket", "Women in Tech DK")

EVENT_KINDS = ("morgenmøde", "frokostmøde", "netværksmøde", "konference", "workshop",
               "after work", "messe", "Business Breakfast", "Meetup")

PLACES = ("Godsbanen, Aarhus", "Dokk1, Aarhus", "Bella Center, København",
          "Comwell Aarhus", "Hotel Scandic Odense", "Navitas, Aarhus", "DI, H.C. Andersens Boulevard",
          "Musikhuset Aarhus", "Tivoli Congress Center", "Væksthus Midtjylland")

NOTE_OPENERS = (
    "Mødt ved kaffen.", "Snakkede længe om", "Hun nævnte", "Han nævnte", "Spurgte til",
    "Interesseret i", "Leder efter", "Kender en der kan hjælpe med", "Met at the coffee table.",
    "Talked about", "Looking for", "Mentioned", "Has a contact for", "Vil gerne høre mere om",
)

NOTE_TAILS = (
    "Send en mail i næste uge.", "Skal følge op efter sommerferien.", "Har to børn, sejler.",
    "Kommer også til næste møde.", "Prefers email over phone.", "Ring tirsdag formiddag.",
    "Virker travl, men venlig.", "Kender Jens fra BNI.", "Vil gerne introduceres til en revisor.",
    "Spørg om status på eksportprojektet.", "Lovede at sende et oplæg.", "",
)

FOLLOWUP_ACTIONS = (
    "Send oplæg om", "Introducér til en kontakt inden for", "Ring og spørg om",
    "Send link om", "Book kaffemøde om", "Follow up on", "Send intro about",
)

PROFILE = dict(
    name="Mette Lund",
    company="Lund Regnskab",
    role="Statsautoriseret revisor",
    pitch=("Jeg hjælper iværksættere og små virksomheder med at få styr på tallene, så de kan "
           "bruge aftenerne på kunderne i stedet for på bogføringen."),
    offers=("bogføring for iværksættere", "skatterådgivning", "budget og likviditet", "årsrapporter",
            "bookkeeping", "tax advice"),
    asks=("introduktion til IT-virksomheder", "advokat med speciale i selskabsret",
          "kunder i eksportbranchen", "software development"),
    email="mette@lund-regnskab.dk",
    phone="+45 86 12 34 56",
)
