"""Demo patient organisations. Real organisations carry only facts we are sure
of: their name, website, languages and reach; their contact details are left
for an editor to verify. Entries marked "example" do not exist: they show
how contact details look on the site."""

EXAMPLE_NOTE = {
    "en": "Example entry for the demonstration: this organisation does not exist.",
    "nl": "Voorbeeld voor de demonstratie: deze organisatie bestaat niet.",
    "fr": "Exemple pour la démonstration : cette organisation n’existe pas.",
}

ALL_BLOOD_CANCERS = [
    "leukemia",
    "hodgkin-lymphoma",
    "non-hodgkin-lymphoma",
    "multiple-myeloma",
    "myelodysplastic-syndromes",
    "myeloproliferative-neoplasms",
]

ORGANISATIONS = [
    {
        "slug": "kom-op-tegen-kanker",
        "name": {
            "en": "Kom op tegen Kanker",
            "nl": "Kom op tegen Kanker",
            "fr": "Kom op tegen Kanker",
        },
        "description": {
            "en": "A Flemish organisation that works against cancer and supports people with cancer and those close to them.",
            "nl": "Een Vlaamse organisatie die strijdt tegen kanker en mensen met kanker en hun naasten steunt.",
            "fr": "Une organisation flamande qui lutte contre le cancer et soutient les personnes atteintes d’un cancer et leurs proches.",
        },
        "languages": ["nl"],
        "region": "flanders",
        "website": "https://www.komoptegenkanker.be",
        "disorders": ALL_BLOOD_CANCERS,
    },
    {
        "slug": "foundation-against-cancer",
        "name": {
            "en": "Foundation against Cancer",
            "nl": "Stichting tegen Kanker",
            "fr": "Fondation contre le Cancer",
        },
        "description": {
            "en": "A Belgian foundation that funds cancer research and offers information and support to people with cancer.",
            "nl": "Een Belgische stichting die kankeronderzoek financiert en informatie en steun biedt aan mensen met kanker.",
            "fr": "Une fondation belge qui finance la recherche sur le cancer et offre information et soutien aux personnes atteintes d’un cancer.",
        },
        "languages": ["nl", "fr"],
        "region": "national",
        "website": "https://www.cancer.be",
        "disorders": ALL_BLOOD_CANCERS,
    },
    {
        "slug": "world-federation-of-hemophilia",
        "name": {
            "en": "World Federation of Hemophilia",
            "nl": "World Federation of Hemophilia",
            "fr": "Fédération mondiale de l’hémophilie",
        },
        "description": {
            "en": "An international federation of patient organisations for people with haemophilia and other inherited bleeding disorders.",
            "nl": "Een internationale federatie van patiëntenorganisaties voor mensen met hemofilie en andere erfelijke bloedingsstoornissen.",
            "fr": "Une fédération internationale d’associations de patients pour les personnes atteintes d’hémophilie et d’autres troubles héréditaires de la coagulation.",
        },
        "languages": ["en"],
        "region": "international",
        "website": "https://wfh.org",
        "disorders": ["haemophilia", "von-willebrand-disease"],
    },
    {
        "slug": "myeloma-patients-europe",
        "name": {
            "en": "Myeloma Patients Europe",
            "nl": "Myeloma Patients Europe",
            "fr": "Myeloma Patients Europe",
        },
        "description": {
            "en": "A European network of patient organisations for people with myeloma and related conditions.",
            "nl": "Een Europees netwerk van patiëntenorganisaties voor mensen met myeloom en verwante aandoeningen.",
            "fr": "Un réseau européen d’associations de patients pour les personnes atteintes de myélome et de maladies apparentées.",
        },
        "languages": ["en"],
        "region": "international",
        "website": "https://www.mpeurope.org",
        "disorders": ["multiple-myeloma"],
    },
    {
        "slug": "cml-advocates-network",
        "name": {
            "en": "CML Advocates Network",
            "nl": "CML Advocates Network",
            "fr": "CML Advocates Network",
        },
        "description": {
            "en": "An international network of patient groups for people with chronic myeloid leukemia.",
            "nl": "Een internationaal netwerk van patiëntengroepen voor mensen met chronische myeloïde leukemie.",
            "fr": "Un réseau international de groupes de patients pour les personnes atteintes de leucémie myéloïde chronique.",
        },
        "languages": ["en"],
        "region": "international",
        "website": "https://www.cmladvocates.net",
        "disorders": ["chronic-myeloid-leukemia"],
    },
    {
        "slug": "bloedband-example",
        "name": {
            "en": "Bloedband (example)",
            "nl": "Bloedband (voorbeeld)",
            "fr": "Bloedband (exemple)",
        },
        "description": {
            "en": "Peer-support group for adults with leukemia and their partners in Flanders: monthly meetings and a phone line run by former patients.",
            "nl": "Lotgenotengroep voor volwassenen met leukemie en hun partners in Vlaanderen: maandelijkse bijeenkomsten en een telefoonlijn van ex-patiënten.",
            "fr": "Groupe d’entraide pour les adultes atteints de leucémie et leurs partenaires en Flandre : rencontres mensuelles et ligne téléphonique tenue par d’anciens patients.",
        },
        "is_example": True,
        "languages": ["nl"],
        "region": "flanders",
        "email": "contact@example.org",
        "phone": "+32 9 000 00 00",
        "address": "Voorbeeldstraat 1\n9000 Gent",
        "disorders": ["leukemia"],
    },
    {
        "slug": "entraide-hemato-wallonie-example",
        "name": {
            "en": "Entraide Hémato Wallonie (example)",
            "nl": "Entraide Hémato Wallonie (voorbeeld)",
            "fr": "Entraide Hémato Wallonie (exemple)",
        },
        "description": {
            "en": "Support for people with a blood cancer and their families in Wallonia: discussion groups, and help with practical questions during treatment.",
            "nl": "Steun voor mensen met bloedkanker en hun gezin in Wallonië: praatgroepen en hulp bij praktische vragen tijdens de behandeling.",
            "fr": "Soutien aux personnes atteintes d’un cancer du sang et à leur famille en Wallonie : groupes de parole et aide pour les questions pratiques pendant le traitement.",
        },
        "is_example": True,
        "languages": ["fr"],
        "region": "wallonia",
        "email": "info@example.org",
        "phone": "+32 4 000 00 00",
        "address": "Rue de l’Exemple 1\n4000 Liège",
        "disorders": ["leukemia", "non-hodgkin-lymphoma", "multiple-myeloma"],
    },
    {
        "slug": "brussels-blood-network-example",
        "name": {
            "en": "Brussels Blood Network (example)",
            "nl": "Brussels Blood Network (voorbeeld)",
            "fr": "Brussels Blood Network (exemple)",
        },
        "description": {
            "en": "A meeting point in Brussels for people living with a blood disorder, in Dutch, French and English.",
            "nl": "Een ontmoetingsplek in Brussel voor mensen met een bloedziekte, in het Nederlands, Frans en Engels.",
            "fr": "Un lieu de rencontre à Bruxelles pour les personnes atteintes d’une maladie du sang, en néerlandais, en français et en anglais.",
        },
        "is_example": True,
        "languages": ["nl", "fr", "en"],
        "region": "brussels",
        "email": "hello@example.org",
        "disorders": [
            "leukemia",
            "aplastic-anaemia",
            "immune-thrombocytopenia",
            "sickle-cell-disease",
        ],
    },
    {
        "slug": "sikkelcel-steunpunt-example",
        "name": {
            "en": "Sikkelcel Steunpunt (example)",
            "nl": "Sikkelcel Steunpunt (voorbeeld)",
            "fr": "Sikkelcel Steunpunt (exemple)",
        },
        "description": {
            "en": "Information evenings and contact between families living with sickle cell disease or thalassaemia.",
            "nl": "Infoavonden en contact tussen gezinnen die leven met sikkelcelziekte of thalassemie.",
            "fr": "Soirées d’information et contacts entre familles qui vivent avec la drépanocytose ou la thalassémie.",
        },
        "is_example": True,
        "languages": ["nl", "fr"],
        "region": "national",
        "phone": "+32 2 000 00 00",
        "disorders": ["sickle-cell-disease", "thalassaemia"],
    },
    {
        "slug": "blutgruppe-ostbelgien-example",
        "name": {
            "en": "Blutgruppe Ostbelgien (example)",
            "nl": "Blutgruppe Ostbelgien (voorbeeld)",
            "fr": "Blutgruppe Ostbelgien (exemple)",
        },
        "description": {
            "en": "A small German-speaking group in East Belgium for people with a bleeding disorder.",
            "nl": "Een kleine Duitstalige groep in Oost-België voor mensen met een bloedingsstoornis.",
            "fr": "Un petit groupe germanophone en Belgique de l’Est pour les personnes atteintes d’un trouble de la coagulation.",
        },
        "is_example": True,
        "languages": ["de"],
        "region": "wallonia",
        "email": "kontakt@example.org",
        "disorders": ["haemophilia", "von-willebrand-disease", "immune-thrombocytopenia"],
    },
]
