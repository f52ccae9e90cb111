"""Demo content shipped with the portal: three categories and the disorder
pages, each text in English, Dutch and French. Labelled as demo content in
the README; a medical reviewer signs pages off before a real launch."""

from .leukemia import DISORDERS as LEUKEMIA_DISORDERS
from .other_disorders import DISORDERS as OTHER_DISORDERS

CATEGORIES = [
    {
        "position": 10,
        "slug": {"en": "blood-cancers", "nl": "bloedkanker", "fr": "cancers-du-sang"},
        "name": {"en": "Blood cancers", "nl": "Bloedkanker", "fr": "Cancers du sang"},
        "description": {
            "en": "Cancers that start in the bone marrow or in the lymphatic system.",
            "nl": "Kankers die ontstaan in het beenmerg of in het lymfestelsel.",
            "fr": "Cancers qui naissent dans la moelle osseuse ou dans le système lymphatique.",
        },
    },
    {
        "position": 20,
        "slug": {"en": "red-cell-disorders", "nl": "rode-bloedcellen", "fr": "globules-rouges"},
        "name": {
            "en": "Anaemia and red blood cell disorders",
            "nl": "Bloedarmoede en aandoeningen van de rode bloedcellen",
            "fr": "Anémie et maladies des globules rouges",
        },
        "description": {
            "en": "Conditions in which the body has too few red blood cells, or red blood cells that do not work well.",
            "nl": "Aandoeningen waarbij het lichaam te weinig rode bloedcellen heeft, of rode bloedcellen die niet goed werken.",
            "fr": "Maladies dans lesquelles le corps a trop peu de globules rouges, ou des globules rouges qui fonctionnent mal.",
        },
    },
    {
        "position": 30,
        "slug": {"en": "bleeding-disorders", "nl": "bloedingsstoornissen", "fr": "troubles-de-la-coagulation"},
        "name": {
            "en": "Bleeding and clotting disorders",
            "nl": "Bloedings- en stollingsstoornissen",
            "fr": "Troubles de la coagulation et saignements",
        },
        "description": {
            "en": "Conditions in which the blood does not clot as it should, so bleeding lasts longer or starts more easily.",
            "nl": "Aandoeningen waarbij het bloed niet stolt zoals het hoort, zodat bloedingen langer duren of sneller ontstaan.",
            "fr": "Maladies dans lesquelles le sang ne coagule pas comme il le devrait : les saignements durent plus longtemps ou surviennent plus facilement.",
        },
    },
]

DISORDERS = LEUKEMIA_DISORDERS + OTHER_DISORDERS

# Other names readers search for, per disorder (English slug): abbreviations,
# older spellings, everyday words.
SYNONYMS = {
    "leukemia": {"en": "leukaemia, blood cancer", "nl": "bloedkanker", "fr": "cancer du sang, leucose"},
    "acute-myeloid-leukemia": {"en": "AML, acute myelogenous leukemia, acute myeloid leukaemia", "nl": "AML", "fr": "LAM, LMA"},
    "acute-lymphoblastic-leukemia": {"en": "ALL, acute lymphoblastic leukaemia", "nl": "ALL, acute lymfoblastaire leukemie", "fr": "LAL"},
    "chronic-myeloid-leukemia": {"en": "CML, chronic myeloid leukaemia", "nl": "CML", "fr": "LMC"},
    "chronic-lymphocytic-leukemia": {"en": "CLL, chronic lymphocytic leukaemia", "nl": "CLL", "fr": "LLC"},
    "hodgkin-lymphoma": {"en": "Hodgkin's disease", "nl": "ziekte van Hodgkin", "fr": "maladie de Hodgkin"},
    "non-hodgkin-lymphoma": {"en": "NHL", "nl": "NHL", "fr": "LNH"},
    "multiple-myeloma": {"en": "myeloma, Kahler's disease", "nl": "myeloom, ziekte van Kahler", "fr": "myélome, maladie de Kahler"},
    "myelodysplastic-syndromes": {"en": "MDS, myelodysplasia", "nl": "MDS", "fr": "SMD"},
    "myeloproliferative-neoplasms": {"en": "MPN, polycythaemia vera, essential thrombocythaemia, myelofibrosis", "nl": "MPN, polycythemia vera, essentiële trombocytose, myelofibrose", "fr": "NMP, polyglobulie de Vaquez, thrombocytémie essentielle, myélofibrose"},
    "aplastic-anaemia": {"en": "aplastic anemia", "nl": "beenmergfalen", "fr": "anémie aplasique"},
    "iron-deficiency-anaemia": {"en": "iron deficiency anemia, lack of iron", "nl": "bloedarmoede, ijzertekort", "fr": "carence en fer, manque de fer"},
    "sickle-cell-disease": {"en": "sickle cell anaemia, SCD", "nl": "sikkelcelanemie", "fr": "anémie falciforme"},
    "thalassaemia": {"en": "thalassemia", "nl": "thalassaemie", "fr": "thalassémie"},
    "haemophilia": {"en": "hemophilia", "nl": "hemofilie A, hemofilie B", "fr": "hémophilie A, hémophilie B"},
    "von-willebrand-disease": {"en": "VWD, von Willebrand", "nl": "VWD", "fr": "MVW"},
    "immune-thrombocytopenia": {"en": "ITP, immune thrombocytopenic purpura", "nl": "ITP", "fr": "PTI, purpura thrombopénique immunologique"},
}
