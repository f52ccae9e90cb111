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
