"""Demo content: glossary of terms used on the demo disorder pages.

Trilingual (en / nl / fr) patient information. Plain language, no figures, no advice.
Each "term" or one of its "synonyms" is written as it appears in the demo texts, so
that the site can find it there (case-insensitive, whole word, longest match first).
Disorder names are not glossary terms: each disorder has its own page.
"""

GLOSSARY_TERMS = [
    # ------------------------------------------------------------------
    # Blood and bone marrow
    # ------------------------------------------------------------------
    {
        "slug": "bone-marrow",
        "term": {"en": "bone marrow", "nl": "beenmerg", "fr": "moelle osseuse"},
        "synonyms": {"en": "marrow", "nl": "", "fr": ""},
        "definition": {
            "en": "The soft, spongy tissue inside bones where blood cells are made.",
            "nl": "Het zachte, sponsachtige weefsel binnenin de botten waar de bloedcellen worden gemaakt.",
            "fr": "Le tissu mou et spongieux à l’intérieur des os, où sont fabriquées les cellules du sang.",
        },
    },
    {
        "slug": "stem-cell",
        "term": {"en": "stem cell", "nl": "stamcel", "fr": "cellule souche"},
        "synonyms": {
            "en": "stem cells",
            "nl": "stamcellen, bloedstamcel, bloedstamcellen",
            "fr": "cellules souches",
        },
        "definition": {
            "en": "A young cell that can still grow into different kinds of cells. The blood stem cells in the bone marrow make all the blood cells.",
            "nl": "Een jonge cel die nog kan uitgroeien tot verschillende soorten cellen. De bloedstamcellen in het beenmerg maken alle bloedcellen aan.",
            "fr": "Cellule jeune qui peut encore se transformer en différentes sortes de cellules. Les cellules souches du sang, dans la moelle osseuse, fabriquent toutes les cellules sanguines.",
        },
    },
    {
        "slug": "myeloid",
        "term": {"en": "myeloid", "nl": "myeloïde", "fr": "myéloïde"},
        "synonyms": {"en": "", "nl": "myeloïd", "fr": "myéloïdes"},
        "definition": {
            "en": "Describes the family of blood cells that grow into red blood cells, platelets and several kinds of white blood cells, such as neutrophils.",
            "nl": "Verwijst naar de familie van bloedcellen die uitgroeien tot rode bloedcellen, bloedplaatjes en verschillende soorten witte bloedcellen, zoals neutrofielen.",
            "fr": "Qualifie la famille de cellules sanguines qui deviennent des globules rouges, des plaquettes et plusieurs sortes de globules blancs, comme les neutrophiles.",
        },
    },
    {
        "slug": "lymphoid",
        "term": {"en": "lymphoid", "nl": "lymfatisch", "fr": "lymphoïde"},
        "synonyms": {"en": "", "nl": "lymfatische", "fr": "lymphoïdes"},
        "definition": {
            "en": "Describes the family of blood cells that grow into lymphocytes, the white blood cells that are a key part of the immune system.",
            "nl": "Verwijst naar de familie van bloedcellen die uitgroeien tot lymfocyten, de witte bloedcellen die een belangrijk deel van het afweersysteem vormen.",
            "fr": "Qualifie la famille de cellules sanguines qui deviennent des lymphocytes, les globules blancs qui jouent un rôle clé dans le système immunitaire.",
        },
    },
    {
        "slug": "blast",
        "term": {"en": "blast", "nl": "blast", "fr": "blaste"},
        "synonyms": {"en": "blasts", "nl": "blasten", "fr": "blastes"},
        "definition": {
            "en": "A very young, immature blood cell. In some blood cancers, too many blasts are made, and they do not grow into working blood cells.",
            "nl": "Een heel jonge, onrijpe bloedcel. Bij sommige vormen van bloedkanker worden te veel blasten gemaakt, en die groeien niet uit tot werkende bloedcellen.",
            "fr": "Cellule sanguine très jeune et immature. Dans certains cancers du sang, il se forme trop de blastes, qui ne deviennent pas des cellules sanguines capables de fonctionner.",
        },
    },
    {
        "slug": "lymphoblast",
        "term": {"en": "lymphoblast", "nl": "lymfoblast", "fr": "lymphoblaste"},
        "synonyms": {"en": "lymphoblasts", "nl": "lymfoblasten", "fr": "lymphoblastes"},
        "definition": {
            "en": "A very young lymphoid cell that normally grows into a lymphocyte.",
            "nl": "Een heel jonge lymfatische cel die normaal uitgroeit tot een lymfocyt.",
            "fr": "Cellule lymphoïde très jeune, qui devient normalement un lymphocyte.",
        },
    },
    {
        "slug": "red-blood-cell",
        "term": {"en": "red blood cell", "nl": "rode bloedcel", "fr": "globule rouge"},
        "synonyms": {
            "en": "red blood cells, red cells",
            "nl": "rode bloedcellen",
            "fr": "globules rouges",
        },
        "definition": {
            "en": "A blood cell that carries oxygen from the lungs to the rest of the body. It contains haemoglobin, which gives blood its red colour.",
            "nl": "Een bloedcel die zuurstof van de longen naar de rest van het lichaam brengt. Ze bevat hemoglobine, die het bloed zijn rode kleur geeft.",
            "fr": "Cellule du sang qui transporte l’oxygène des poumons vers le reste du corps. Le globule rouge contient de l’hémoglobine, qui donne au sang sa couleur rouge.",
        },
    },
    {
        "slug": "white-blood-cell",
        "term": {"en": "white blood cell", "nl": "witte bloedcel", "fr": "globule blanc"},
        "synonyms": {
            "en": "white blood cells",
            "nl": "witte bloedcellen",
            "fr": "globules blancs",
        },
        "definition": {
            "en": "A blood cell that helps the body fight infections. There are several kinds, such as neutrophils and lymphocytes.",
            "nl": "Een bloedcel die het lichaam helpt om infecties te bestrijden. Er zijn verschillende soorten, zoals neutrofielen en lymfocyten.",
            "fr": "Cellule du sang qui aide le corps à combattre les infections. Il en existe plusieurs sortes, comme les neutrophiles et les lymphocytes.",
        },
    },
    {
        "slug": "platelet",
        "term": {"en": "platelet", "nl": "bloedplaatje", "fr": "plaquette"},
        "synonyms": {"en": "platelets", "nl": "bloedplaatjes", "fr": "plaquettes"},
        "definition": {
            "en": "A very small blood cell that helps the blood to clot, so that bleeding stops. Platelets stick together to plug a damaged blood vessel.",
            "nl": "Een heel kleine bloedcel die het bloed helpt stollen, zodat een bloeding stopt. Bloedplaatjes kleven samen en dichten zo een beschadigd bloedvat af.",
            "fr": "Très petite cellule du sang qui aide le sang à coaguler, pour qu’un saignement s’arrête. Les plaquettes s’agglutinent pour boucher un vaisseau sanguin abîmé.",
        },
    },
    {
        "slug": "neutrophil",
        "term": {"en": "neutrophil", "nl": "neutrofiel", "fr": "neutrophile"},
        "synonyms": {"en": "neutrophils", "nl": "neutrofielen", "fr": "neutrophiles"},
        "definition": {
            "en": "The most common kind of white blood cell. Neutrophils are the body's first defence against bacteria and fungi.",
            "nl": "De meest voorkomende soort witte bloedcel. Neutrofielen vormen de eerste verdediging van het lichaam tegen bacteriën en schimmels.",
            "fr": "Le type de globule blanc le plus répandu. Les neutrophiles sont la première défense du corps contre les bactéries et les champignons.",
        },
    },
    {
        "slug": "lymphocyte",
        "term": {"en": "lymphocyte", "nl": "lymfocyt", "fr": "lymphocyte"},
        "synonyms": {"en": "lymphocytes", "nl": "lymfocyten", "fr": "lymphocytes"},
        "definition": {
            "en": "A kind of white blood cell that helps the body fight infections. The two main kinds are B cells and T cells.",
            "nl": "Een soort witte bloedcel die het lichaam helpt om infecties te bestrijden. De twee belangrijkste soorten zijn B-cellen en T-cellen.",
            "fr": "Sorte de globule blanc qui aide le corps à combattre les infections. Les deux grandes sortes sont les lymphocytes B et les lymphocytes T.",
        },
    },
    {
        "slug": "b-cell",
        "term": {"en": "B cell", "nl": "B-cel", "fr": "lymphocyte B"},
        "synonyms": {
            "en": "B cells, B lymphocytes",
            "nl": "B-cellen, B-lymfocyten",
            "fr": "lymphocytes B",
        },
        "definition": {
            "en": "A kind of lymphocyte. B cells can turn into plasma cells, which make antibodies against germs.",
            "nl": "Een soort lymfocyt. B-cellen kunnen uitgroeien tot plasmacellen, die antistoffen tegen ziektekiemen maken.",
            "fr": "Sorte de lymphocyte. Les lymphocytes B peuvent devenir des plasmocytes, qui fabriquent des anticorps contre les microbes.",
        },
    },
    {
        "slug": "t-cell",
        "term": {"en": "T cell", "nl": "T-cel", "fr": "lymphocyte T"},
        "synonyms": {"en": "T cells", "nl": "T-cellen", "fr": "lymphocytes T"},
        "definition": {
            "en": "A kind of lymphocyte that helps to steer the immune system and can attack cells that are infected or abnormal.",
            "nl": "Een soort lymfocyt die het afweersysteem mee aanstuurt en cellen kan aanvallen die geïnfecteerd of afwijkend zijn.",
            "fr": "Sorte de lymphocyte qui aide à diriger le système immunitaire et peut attaquer les cellules infectées ou anormales.",
        },
    },
    {
        "slug": "plasma-cell",
        "term": {"en": "plasma cell", "nl": "plasmacel", "fr": "plasmocyte"},
        "synonyms": {"en": "plasma cells", "nl": "plasmacellen", "fr": "plasmocytes"},
        "definition": {
            "en": "A white blood cell, mostly found in the bone marrow, that makes antibodies. Plasma cells develop from B cells.",
            "nl": "Een witte bloedcel, vooral in het beenmerg, die antistoffen maakt. Plasmacellen ontstaan uit B-cellen.",
            "fr": "Globule blanc, surtout présent dans la moelle osseuse, qui fabrique des anticorps. Les plasmocytes proviennent des lymphocytes B.",
        },
    },
    {
        "slug": "reed-sternberg-cell",
        "term": {"en": "Reed-Sternberg cell", "nl": "Reed-Sternbergcel", "fr": "cellule de Reed-Sternberg"},
        "synonyms": {
            "en": "Reed-Sternberg cells",
            "nl": "Reed-Sternbergcellen",
            "fr": "cellules de Reed-Sternberg",
        },
        "definition": {
            "en": "A large, abnormal cell that doctors see under the microscope in Hodgkin lymphoma. These cells help them tell it apart from other lymphomas.",
            "nl": "Een grote, afwijkende cel die artsen onder de microscoop zien bij hodgkinlymfoom. Aan deze cellen kunnen ze het onderscheiden van andere lymfomen.",
            "fr": "Grande cellule anormale que les médecins voient au microscope dans le lymphome de Hodgkin. Ces cellules les aident à le distinguer des autres lymphomes.",
        },
    },
    {
        "slug": "haemoglobin",
        "term": {"en": "haemoglobin", "nl": "hemoglobine", "fr": "hémoglobine"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "The protein in red blood cells that carries oxygen around the body. It gives blood its red colour.",
            "nl": "Het eiwit in de rode bloedcellen dat zuurstof door het lichaam vervoert. Het geeft het bloed zijn rode kleur.",
            "fr": "Protéine des globules rouges qui transporte l’oxygène dans tout le corps. C’est elle qui donne au sang sa couleur rouge.",
        },
    },
    {
        "slug": "anaemia",
        "term": {"en": "anaemia", "nl": "bloedarmoede", "fr": "anémie"},
        "synonyms": {"en": "", "nl": "anemie", "fr": ""},
        "definition": {
            "en": "Having too few red blood cells, or too little haemoglobin in the blood. It can make you feel tired, weak or short of breath.",
            "nl": "Te weinig rode bloedcellen of te weinig hemoglobine in het bloed hebben. Daardoor kunt u zich moe, zwak of kortademig voelen.",
            "fr": "Manque de globules rouges ou d’hémoglobine dans le sang. L’anémie peut rendre fatigué, faible ou essoufflé.",
        },
    },
    {
        "slug": "ferritin",
        "term": {"en": "ferritin", "nl": "ferritine", "fr": "ferritine"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A protein that stores iron in the body. A blood test for ferritin shows how much iron the body has in store.",
            "nl": "Een eiwit dat ijzer opslaat in het lichaam. Een bloedtest voor ferritine toont hoeveel ijzer het lichaam in voorraad heeft.",
            "fr": "Protéine qui stocke le fer dans le corps. Le dosage de la ferritine dans le sang montre la quantité de fer en réserve.",
        },
    },
    {
        "slug": "paraprotein",
        "term": {"en": "paraprotein", "nl": "paraproteïne", "fr": "paraprotéine"},
        "synonyms": {"en": "M-protein", "nl": "M-proteïne", "fr": "protéine M"},
        "definition": {
            "en": "An abnormal antibody made in large amounts by abnormal plasma cells. It can be measured in the blood or urine.",
            "nl": "Een afwijkende antistof die afwijkende plasmacellen in grote hoeveelheden maken. Het kan in het bloed of de urine worden gemeten.",
            "fr": "Anticorps anormal fabriqué en grande quantité par des plasmocytes anormaux. On peut le mesurer dans le sang ou les urines.",
        },
    },
    {
        "slug": "clotting-factor",
        "term": {"en": "clotting factor", "nl": "stollingsfactor", "fr": "facteur de coagulation"},
        "synonyms": {
            "en": "clotting factors",
            "nl": "stollingsfactoren",
            "fr": "facteurs de coagulation",
        },
        "definition": {
            "en": "A protein in the blood that helps it to clot and stop bleeding. In haemophilia, one of these factors is missing or too low.",
            "nl": "Een eiwit in het bloed dat het bloed helpt stollen en een bloeding stopt. Bij hemofilie ontbreekt een van deze factoren of is er te weinig van.",
            "fr": "Protéine du sang qui l’aide à coaguler et à arrêter un saignement. Dans l’hémophilie, l’un de ces facteurs manque ou est trop bas.",
        },
    },
    {
        "slug": "petechiae",
        "term": {"en": "petechiae", "nl": "petechiën", "fr": "pétéchies"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Tiny red or purple spots on the skin, caused by small bleeds under the skin. They can be a sign of too few platelets.",
            "nl": "Heel kleine rode of paarse puntjes op de huid, door kleine bloedinkjes onder de huid. Ze kunnen wijzen op te weinig bloedplaatjes.",
            "fr": "Minuscules taches rouges ou violettes sur la peau, dues à de petits saignements sous la peau. Elles peuvent être le signe d’un manque de plaquettes.",
        },
    },
    {
        "slug": "jaundice",
        "term": {"en": "jaundice", "nl": "geelzucht", "fr": "jaunisse"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Yellowing of the skin and the whites of the eyes. In blood disorders, it can happen when red blood cells break down too quickly.",
            "nl": "Een gele verkleuring van de huid en het oogwit. Bij bloedziekten kan dat gebeuren wanneer rode bloedcellen te snel worden afgebroken.",
            "fr": "Coloration jaune de la peau et du blanc des yeux. Dans les maladies du sang, elle peut apparaître quand les globules rouges sont détruits trop vite.",
        },
    },
    # ------------------------------------------------------------------
    # Body systems and organs
    # ------------------------------------------------------------------
    {
        "slug": "immune-system",
        "term": {"en": "immune system", "nl": "immuunsysteem", "fr": "système immunitaire"},
        "synonyms": {"en": "", "nl": "afweersysteem", "fr": ""},
        "definition": {
            "en": "The body's defence against germs such as bacteria and viruses. It is made up of white blood cells, antibodies and organs such as the lymph nodes and the spleen.",
            "nl": "De verdediging van het lichaam tegen ziektekiemen zoals bacteriën en virussen. Het bestaat uit witte bloedcellen, antistoffen en organen zoals de lymfeklieren en de milt.",
            "fr": "Système de défense du corps contre les microbes, comme les bactéries et les virus. Il est formé des globules blancs, des anticorps et d’organes comme les ganglions lymphatiques et la rate.",
        },
    },
    {
        "slug": "antibody",
        "term": {"en": "antibody", "nl": "antistof", "fr": "anticorps"},
        "synonyms": {"en": "antibodies", "nl": "antistoffen", "fr": ""},
        "definition": {
            "en": "A protein made by the immune system that sticks to germs and helps to destroy them. Antibodies can also be made in a laboratory and used as medicines.",
            "nl": "Een eiwit dat het afweersysteem maakt en dat zich vastzet op ziektekiemen om ze te helpen vernietigen. Antistoffen kunnen ook in een labo gemaakt en als geneesmiddel gebruikt worden.",
            "fr": "Protéine fabriquée par le système immunitaire, qui se fixe sur les microbes et aide à les détruire. Des anticorps peuvent aussi être fabriqués en laboratoire et utilisés comme médicaments.",
        },
    },
    {
        "slug": "immunoglobulin",
        "term": {"en": "immunoglobulin", "nl": "immunoglobuline", "fr": "immunoglobuline"},
        "synonyms": {"en": "", "nl": "immunoglobulinen", "fr": "immunoglobulines"},
        "definition": {
            "en": "Another name for antibodies. As a treatment, immunoglobulin is made from blood given by healthy donors and is usually given through a drip.",
            "nl": "Een andere naam voor antistoffen. Als behandeling wordt immunoglobuline gemaakt uit bloed van gezonde donoren en meestal via een infuus toegediend.",
            "fr": "Autre nom des anticorps. Comme traitement, les immunoglobulines sont préparées à partir du sang de donneurs en bonne santé et sont le plus souvent données par perfusion.",
        },
    },
    {
        "slug": "lymphatic-system",
        "term": {"en": "lymphatic system", "nl": "lymfestelsel", "fr": "système lymphatique"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A network of vessels and lymph nodes that carries a clear fluid called lymph around the body. It helps the body fight infection.",
            "nl": "Een netwerk van vaten en lymfeklieren dat een heldere vloeistof, lymfe, door het lichaam vervoert. Het helpt het lichaam om infecties te bestrijden.",
            "fr": "Réseau de vaisseaux et de ganglions qui transporte un liquide clair, la lymphe, dans tout le corps. Il aide le corps à combattre les infections.",
        },
    },
    {
        "slug": "lymph-node",
        "term": {"en": "lymph node", "nl": "lymfeklier", "fr": "ganglion lymphatique"},
        "synonyms": {
            "en": "lymph nodes",
            "nl": "lymfeklieren",
            "fr": "ganglions lymphatiques, ganglion, ganglions",
        },
        "definition": {
            "en": "A small, bean-shaped gland that is part of the lymphatic system. Lymph nodes filter germs and contain many lymphocytes; they can swell during an infection.",
            "nl": "Een kleine, boonvormige klier die deel uitmaakt van het lymfestelsel. Lymfeklieren filteren ziektekiemen en bevatten veel lymfocyten; bij een infectie kunnen ze opzwellen.",
            "fr": "Petite glande en forme de haricot qui fait partie du système lymphatique. Les ganglions filtrent les microbes et contiennent beaucoup de lymphocytes ; ils peuvent gonfler lors d’une infection.",
        },
    },
    {
        "slug": "spleen",
        "term": {"en": "spleen", "nl": "milt", "fr": "rate"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "An organ on the left side of the belly, under the ribs. It filters the blood, removes old blood cells and helps to fight infection.",
            "nl": "Een orgaan links in de buik, onder de ribben. Het filtert het bloed, ruimt oude bloedcellen op en helpt infecties te bestrijden.",
            "fr": "Organe situé du côté gauche du ventre, sous les côtes. La rate filtre le sang, élimine les vieilles cellules sanguines et aide à combattre les infections.",
        },
    },
    # ------------------------------------------------------------------
    # Genes and inheritance
    # ------------------------------------------------------------------
    {
        "slug": "dna",
        "term": {"en": "DNA", "nl": "DNA", "fr": "ADN"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "The set of instructions inside every cell. It tells the cell how to grow and how to work.",
            "nl": "Het pakket instructies in elke cel. Het vertelt de cel hoe ze moet groeien en werken.",
            "fr": "Ensemble des instructions contenues dans chaque cellule. Il indique à la cellule comment grandir et fonctionner.",
        },
    },
    {
        "slug": "gene",
        "term": {"en": "gene", "nl": "gen", "fr": "gène"},
        "synonyms": {"en": "genes", "nl": "genen", "fr": "gènes"},
        "definition": {
            "en": "A small piece of DNA that holds the instructions for making a particular protein. Genes are passed on from parents to their children.",
            "nl": "Een klein stukje DNA met de instructies om een bepaald eiwit te maken. Genen worden van ouders op hun kinderen doorgegeven.",
            "fr": "Petit morceau d’ADN qui contient les instructions pour fabriquer une protéine précise. Les gènes se transmettent des parents à leurs enfants.",
        },
    },
    {
        "slug": "chromosome",
        "term": {"en": "chromosome", "nl": "chromosoom", "fr": "chromosome"},
        "synonyms": {"en": "chromosomes", "nl": "chromosomen", "fr": "chromosomes"},
        "definition": {
            "en": "A tiny package of genes inside a cell. Our cells hold many chromosomes, arranged in pairs.",
            "nl": "Een heel klein pakketje genen in een cel. Onze cellen bevatten veel chromosomen, die in paren voorkomen.",
            "fr": "Minuscule paquet de gènes à l’intérieur d’une cellule. Nos cellules contiennent de nombreux chromosomes, rangés par paires.",
        },
    },
    {
        "slug": "mutation",
        "term": {"en": "mutation", "nl": "mutatie", "fr": "mutation"},
        "synonyms": {"en": "mutations", "nl": "mutaties", "fr": "mutations"},
        "definition": {
            "en": "A change in the DNA of a cell. Some mutations can make a cell grow out of control.",
            "nl": "Een verandering in het DNA van een cel. Sommige mutaties kunnen ervoor zorgen dat een cel ongeremd groeit.",
            "fr": "Modification de l’ADN d’une cellule. Certaines mutations peuvent pousser une cellule à se multiplier sans contrôle.",
        },
    },
    {
        "slug": "philadelphia-chromosome",
        "term": {
            "en": "Philadelphia chromosome",
            "nl": "Philadelphiachromosoom",
            "fr": "chromosome Philadelphie",
        },
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "An abnormal chromosome that forms when pieces of two chromosomes swap places. It carries the BCR-ABL gene, which makes blood cells grow out of control.",
            "nl": "Een abnormaal chromosoom dat ontstaat wanneer stukken van twee chromosomen van plaats wisselen. Het draagt het BCR-ABL-gen, dat bloedcellen ongeremd laat groeien.",
            "fr": "Chromosome anormal qui se forme quand des morceaux de deux chromosomes échangent leur place. Il porte le gène BCR-ABL, qui fait proliférer les cellules sanguines sans contrôle.",
        },
    },
    {
        "slug": "bcr-abl",
        "term": {"en": "BCR-ABL", "nl": "BCR-ABL", "fr": "BCR-ABL"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "An abnormal gene made when two genes are joined together on the Philadelphia chromosome. It keeps telling the cell to grow and divide.",
            "nl": "Een abnormaal gen dat ontstaat wanneer twee genen op het Philadelphiachromosoom aan elkaar worden gekoppeld. Het geeft de cel voortdurend het signaal om te groeien en te delen.",
            "fr": "Gène anormal formé quand deux gènes se retrouvent soudés sur le chromosome Philadelphie. Il pousse sans arrêt la cellule à grandir et à se diviser.",
        },
    },
    {
        "slug": "carrier",
        "term": {"en": "carrier", "nl": "drager", "fr": "porteur"},
        "synonyms": {
            "en": "carriers",
            "nl": "dragers, draagster, draagsters",
            "fr": "porteurs, porteuse, conductrice, conductrices",
        },
        "definition": {
            "en": "A person who has one altered copy of a gene but usually no signs of the disease. A carrier can pass the altered gene on to their children.",
            "nl": "Iemand die één veranderde kopie van een gen heeft, maar meestal geen tekenen van de ziekte. Een drager kan het veranderde gen doorgeven aan zijn of haar kinderen.",
            "fr": "Personne qui a une copie modifiée d’un gène, mais en général aucun signe de la maladie. Un porteur peut transmettre le gène modifié à ses enfants.",
        },
    },
    {
        "slug": "genetic-counselling",
        "term": {"en": "genetic counselling", "nl": "erfelijkheidsadvies", "fr": "conseil génétique"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A talk with a specialist about an inherited condition in the family. It helps people understand the chance of passing it on and what their options are.",
            "nl": "Een gesprek met een specialist over een erfelijke aandoening in de familie. Het helpt mensen te begrijpen hoe groot de kans is dat ze die doorgeven, en welke mogelijkheden ze hebben.",
            "fr": "Entretien avec un spécialiste au sujet d’une maladie héréditaire dans la famille. Il aide à comprendre le risque de la transmettre et les choix possibles.",
        },
    },
    # ------------------------------------------------------------------
    # Tests
    # ------------------------------------------------------------------
    {
        "slug": "full-blood-count",
        "term": {"en": "full blood count", "nl": "volledig bloedbeeld", "fr": "numération sanguine"},
        "synonyms": {"en": "", "nl": "", "fr": "hémogramme"},
        "definition": {
            "en": "A common blood test that counts the red blood cells, white blood cells and platelets, and measures the haemoglobin.",
            "nl": "Een gewone bloedtest die de rode bloedcellen, witte bloedcellen en bloedplaatjes telt, en de hemoglobine meet.",
            "fr": "Prise de sang courante qui compte les globules rouges, les globules blancs et les plaquettes, et mesure l’hémoglobine.",
        },
    },
    {
        "slug": "biopsy",
        "term": {"en": "biopsy", "nl": "biopsie", "fr": "biopsie"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Removing a small piece of tissue, such as part of a lymph node, so that it can be studied under a microscope.",
            "nl": "Het wegnemen van een klein stukje weefsel, bijvoorbeeld een deel van een lymfeklier, om het onder de microscoop te onderzoeken.",
            "fr": "Prélèvement d’un petit morceau de tissu, par exemple d’un ganglion lymphatique, pour l’examiner au microscope.",
        },
    },
    {
        "slug": "bone-marrow-examination",
        "term": {
            "en": "bone marrow examination",
            "nl": "beenmergonderzoek",
            "fr": "examen de la moelle osseuse",
        },
        "synonyms": {
            "en": "bone marrow test, bone marrow biopsy",
            "nl": "beenmergbiopsie",
            "fr": "biopsie de moelle osseuse",
        },
        "definition": {
            "en": "A test in which a doctor takes a small sample of bone marrow with a needle, usually from the hip bone. The sample is then studied in a laboratory.",
            "nl": "Een onderzoek waarbij een arts met een naald een klein staal beenmerg neemt, meestal uit het bekken. Het staal wordt daarna in een labo onderzocht.",
            "fr": "Examen au cours duquel un médecin prélève avec une aiguille un petit échantillon de moelle osseuse, le plus souvent dans l’os de la hanche. L’échantillon est ensuite analysé au laboratoire.",
        },
    },
    {
        "slug": "lumbar-puncture",
        "term": {"en": "lumbar puncture", "nl": "lumbaalpunctie", "fr": "ponction lombaire"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A test in which a thin needle in the lower back takes a little of the fluid around the spinal cord. It can also be used to give medicine into this fluid.",
            "nl": "Een onderzoek waarbij met een dunne naald in de onderrug wat vocht rond het ruggenmerg wordt afgenomen. Zo kan ook een geneesmiddel in dat vocht worden toegediend.",
            "fr": "Examen au cours duquel on prélève, avec une fine aiguille dans le bas du dos, un peu du liquide qui entoure la moelle épinière. La ponction lombaire permet aussi d’injecter un médicament dans ce liquide.",
        },
    },
    {
        "slug": "local-anaesthetic",
        "term": {"en": "local anaesthetic", "nl": "plaatselijke verdoving", "fr": "anesthésie locale"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Medicine that numbs one part of the body, so that you feel no pain there during a test or treatment. You stay awake.",
            "nl": "Een geneesmiddel dat één deel van het lichaam verdooft, zodat u daar geen pijn voelt tijdens een onderzoek of behandeling. U blijft wakker.",
            "fr": "Médicament qui endort une seule partie du corps, pour ne pas avoir mal à cet endroit pendant un examen ou un soin. On reste éveillé.",
        },
    },
    {
        "slug": "flow-cytometry",
        "term": {"en": "flow cytometry", "nl": "flowcytometrie", "fr": "cytométrie en flux"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A laboratory test that looks at markers on the surface of cells. It shows exactly which kinds of cells are present, for example in the blood.",
            "nl": "Een laboratoriumtest die de kenmerken op het oppervlak van cellen bekijkt. Zo ziet men precies welke soorten cellen er aanwezig zijn, bijvoorbeeld in het bloed.",
            "fr": "Analyse de laboratoire qui examine les marqueurs présents à la surface des cellules. Elle montre exactement quelles sortes de cellules sont présentes, par exemple dans le sang.",
        },
    },
    {
        "slug": "pet-ct-scan",
        "term": {"en": "PET-CT scan", "nl": "PET-CT-scan", "fr": "PET-CT"},
        "synonyms": {"en": "PET-CT", "nl": "PET-CT", "fr": ""},
        "definition": {
            "en": "A scan that combines two kinds of images to show where a cancer is active in the body. Before the scan, a small amount of a weakly radioactive sugar is injected.",
            "nl": "Een scan die twee soorten beelden combineert om te tonen waar in het lichaam een kanker actief is. Vooraf wordt een kleine hoeveelheid zwak radioactieve suiker ingespoten.",
            "fr": "Examen d’imagerie qui combine deux techniques pour montrer où un cancer est actif dans le corps. Avant l’examen, on injecte une petite quantité d’un sucre faiblement radioactif.",
        },
    },
    # ------------------------------------------------------------------
    # Treatment and care
    # ------------------------------------------------------------------
    {
        "slug": "haematologist",
        "term": {"en": "haematologist", "nl": "hematoloog", "fr": "hématologue"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A doctor who specialises in blood diseases. A haematologist diagnoses and treats diseases of the blood, the bone marrow and the lymph nodes.",
            "nl": "Een arts die gespecialiseerd is in bloedziekten. Een hematoloog stelt de diagnose van ziekten van het bloed, het beenmerg en de lymfeklieren, en behandelt ze.",
            "fr": "Médecin spécialiste des maladies du sang. L’hématologue diagnostique et soigne les maladies du sang, de la moelle osseuse et des ganglions lymphatiques.",
        },
    },
    {
        "slug": "chemotherapy",
        "term": {"en": "chemotherapy", "nl": "chemotherapie", "fr": "chimiothérapie"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Treatment with medicines that kill fast-growing cells, such as cancer cells. It can be given as tablets, as injections or through a drip.",
            "nl": "Behandeling met geneesmiddelen die snel delende cellen doden, zoals kankercellen. Ze kan gegeven worden als tabletten, als inspuitingen of via een infuus.",
            "fr": "Traitement par des médicaments qui détruisent les cellules qui se multiplient vite, comme les cellules cancéreuses. La chimiothérapie peut être donnée en comprimés, en injections ou par perfusion.",
        },
    },
    {
        "slug": "radiotherapy",
        "term": {"en": "radiotherapy", "nl": "radiotherapie", "fr": "radiothérapie"},
        "synonyms": {"en": "", "nl": "bestraling", "fr": ""},
        "definition": {
            "en": "Treatment with high-energy rays aimed at one part of the body to kill cancer cells.",
            "nl": "Behandeling met krachtige stralen die op één deel van het lichaam gericht worden om kankercellen te doden.",
            "fr": "Traitement par des rayons de haute énergie, dirigés vers une partie précise du corps pour détruire les cellules cancéreuses.",
        },
    },
    {
        "slug": "immunotherapy",
        "term": {"en": "immunotherapy", "nl": "immunotherapie", "fr": "immunothérapie"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Treatment that helps the body's own immune system to find and attack cancer cells.",
            "nl": "Behandeling die het eigen afweersysteem van het lichaam helpt om kankercellen op te sporen en aan te vallen.",
            "fr": "Traitement qui aide le système immunitaire du corps à repérer et à attaquer les cellules cancéreuses.",
        },
    },
    {
        "slug": "targeted-therapy",
        "term": {"en": "targeted therapy", "nl": "doelgerichte therapie", "fr": "thérapie ciblée"},
        "synonyms": {
            "en": "targeted medicines, targeted tablets",
            "nl": "doelgerichte geneesmiddelen, doelgerichte tabletten",
            "fr": "thérapies ciblées, médicaments ciblés",
        },
        "definition": {
            "en": "Medicines that act on a specific weak point of cancer cells, such as a signal or a protein that helps them grow.",
            "nl": "Geneesmiddelen die inwerken op een specifiek zwak punt van kankercellen, zoals een signaal of een eiwit dat hen helpt groeien.",
            "fr": "Médicaments qui visent un point faible précis des cellules cancéreuses, comme un signal ou une protéine qui les aide à se multiplier.",
        },
    },
    {
        "slug": "tyrosine-kinase-inhibitor",
        "term": {
            "en": "tyrosine kinase inhibitor",
            "nl": "tyrosinekinaseremmer",
            "fr": "inhibiteur de tyrosine kinase",
        },
        "synonyms": {
            "en": "tyrosine kinase inhibitors, TKIs",
            "nl": "tyrosinekinaseremmers, TKI's",
            "fr": "inhibiteurs de tyrosine kinase, ITK",
        },
        "definition": {
            "en": "A kind of targeted medicine, usually taken as tablets, that blocks signals telling certain cancer cells to grow and divide.",
            "nl": "Een soort doelgericht geneesmiddel, meestal in tabletvorm, dat signalen blokkeert die bepaalde kankercellen aanzetten om te groeien en te delen.",
            "fr": "Sorte de médicament ciblé, le plus souvent en comprimés, qui bloque les signaux poussant certaines cellules cancéreuses à grandir et à se diviser.",
        },
    },
    {
        "slug": "car-t-cell-therapy",
        "term": {
            "en": "CAR-T cell therapy",
            "nl": "CAR-T-celtherapie",
            "fr": "thérapie par cellules CAR-T",
        },
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A treatment in which some of your own T cells are changed in a laboratory so that they can find and attack cancer cells. The cells are then given back through a drip.",
            "nl": "Een behandeling waarbij een deel van uw eigen T-cellen in een labo wordt aangepast, zodat ze kankercellen kunnen opsporen en aanvallen. Daarna krijgt u de cellen terug via een infuus.",
            "fr": "Traitement dans lequel certains de vos propres lymphocytes T sont modifiés en laboratoire pour qu’ils puissent repérer et attaquer les cellules cancéreuses. Ces cellules vous sont ensuite rendues par perfusion.",
        },
    },
    {
        "slug": "steroids",
        "term": {"en": "steroids", "nl": "corticosteroïden", "fr": "corticoïdes"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Medicines that are similar to hormones the body makes itself. In blood disorders, they are used for example to calm the immune system.",
            "nl": "Geneesmiddelen die lijken op hormonen die het lichaam zelf maakt. Bij bloedziekten worden ze bijvoorbeeld gebruikt om het afweersysteem af te remmen.",
            "fr": "Médicaments proches d’hormones que le corps fabrique lui-même. Dans les maladies du sang, on les utilise par exemple pour calmer le système immunitaire.",
        },
    },
    {
        "slug": "immunosuppressive-treatment",
        "term": {
            "en": "immunosuppressive treatment",
            "nl": "immunosuppressieve behandeling",
            "fr": "traitement immunosuppresseur",
        },
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Treatment with medicines that calm down the immune system, for example when it attacks the body's own cells by mistake.",
            "nl": "Behandeling met geneesmiddelen die het afweersysteem afremmen, bijvoorbeeld wanneer het per vergissing de eigen cellen van het lichaam aanvalt.",
            "fr": "Traitement par des médicaments qui freinent le système immunitaire, par exemple quand il s’attaque par erreur aux propres cellules du corps.",
        },
    },
    {
        "slug": "stem-cell-transplant",
        "term": {
            "en": "stem cell transplant",
            "nl": "stamceltransplantatie",
            "fr": "greffe de cellules souches",
        },
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A treatment that replaces diseased or damaged bone marrow with healthy stem cells. The stem cells come from a donor or, in some cases, from the patient's own body.",
            "nl": "Een behandeling waarbij ziek of beschadigd beenmerg wordt vervangen door gezonde stamcellen. Die stamcellen komen van een donor of, in sommige gevallen, van de patiënt zelf.",
            "fr": "Traitement qui remplace une moelle osseuse malade ou abîmée par des cellules souches saines. Ces cellules viennent d’un donneur ou, dans certains cas, du patient lui-même.",
        },
    },
    {
        "slug": "donor",
        "term": {"en": "donor", "nl": "donor", "fr": "donneur"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "A healthy person who gives blood or stem cells to help another person.",
            "nl": "Een gezonde persoon die bloed of stamcellen afstaat om iemand anders te helpen.",
            "fr": "Personne en bonne santé qui donne son sang ou des cellules souches pour aider quelqu’un d’autre.",
        },
    },
    {
        "slug": "transfusion",
        "term": {"en": "transfusion", "nl": "transfusie", "fr": "transfusion"},
        "synonyms": {
            "en": "transfusions, blood transfusion, blood transfusions",
            "nl": "transfusies, bloedtransfusie, bloedtransfusies",
            "fr": "transfusions",
        },
        "definition": {
            "en": "Giving blood from a donor, or part of the blood such as red blood cells or platelets, into a vein.",
            "nl": "Het toedienen van bloed van een donor, of een deel van het bloed zoals rode bloedcellen of bloedplaatjes, via een ader.",
            "fr": "Administration dans une veine de sang provenant d’un donneur, ou d’une partie du sang comme les globules rouges ou les plaquettes.",
        },
    },
    {
        "slug": "iron-chelation",
        "term": {"en": "iron chelation", "nl": "ijzerchelatie", "fr": "chélation du fer"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Treatment with medicines that remove extra iron from the body. Too much iron can build up after many blood transfusions.",
            "nl": "Behandeling met geneesmiddelen die overtollig ijzer uit het lichaam verwijderen. Na veel bloedtransfusies kan zich te veel ijzer opstapelen.",
            "fr": "Traitement par des médicaments qui éliminent le fer en trop dans le corps. Le fer peut s’accumuler après de nombreuses transfusions.",
        },
    },
    {
        "slug": "venesection",
        "term": {"en": "venesection", "nl": "aderlating", "fr": "saignée"},
        "synonyms": {"en": "", "nl": "", "fr": "saignées"},
        "definition": {
            "en": "Removing some blood from a vein, in the same way as when giving blood. It is used, for example, to lower the number of red blood cells.",
            "nl": "Het afnemen van wat bloed uit een ader, zoals bij het geven van bloed. Het wordt bijvoorbeeld gebruikt om het aantal rode bloedcellen te verlagen.",
            "fr": "Retrait d’un peu de sang par une veine, comme lors d’un don de sang. On y a recours par exemple pour faire baisser le nombre de globules rouges.",
        },
    },
    {
        "slug": "prophylaxis",
        "term": {"en": "prophylaxis", "nl": "profylaxe", "fr": "prophylaxie"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Treatment given to prevent a problem before it happens, for example regular clotting factor injections to prevent bleeding.",
            "nl": "Een behandeling die een probleem moet voorkomen voor het optreedt, bijvoorbeeld regelmatige inspuitingen met stollingsfactor om bloedingen te voorkomen.",
            "fr": "Traitement donné pour éviter un problème avant qu’il n’apparaisse, par exemple des injections régulières de facteur de coagulation pour prévenir les saignements.",
        },
    },
    {
        "slug": "gene-therapy",
        "term": {"en": "gene therapy", "nl": "gentherapie", "fr": "thérapie génique"},
        "synonyms": {"en": "gene therapies", "nl": "gentherapieën", "fr": "thérapies géniques"},
        "definition": {
            "en": "A treatment that changes genes in a person's cells to treat a disease, for example by adding a working copy of a faulty gene.",
            "nl": "Een behandeling die genen in de cellen van een persoon verandert om een ziekte te behandelen, bijvoorbeeld door een werkende kopie van een defect gen toe te voegen.",
            "fr": "Traitement qui modifie des gènes dans les cellules d’une personne pour soigner une maladie, par exemple en ajoutant une copie fonctionnelle d’un gène défectueux.",
        },
    },
    {
        "slug": "supportive-care",
        "term": {"en": "supportive care", "nl": "ondersteunende zorg", "fr": "soins de support"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "Care that eases symptoms and prevents or treats problems, such as blood transfusions and medicines against infections. It is given alongside, or instead of, treatment of the disease itself.",
            "nl": "Zorg die klachten verlicht en problemen voorkomt of behandelt, zoals bloedtransfusies en geneesmiddelen tegen infecties. Ze wordt gegeven naast, of in plaats van, de behandeling van de ziekte zelf.",
            "fr": "Soins qui soulagent les symptômes et préviennent ou traitent les complications, comme les transfusions sanguines et les médicaments contre les infections. Ils accompagnent le traitement de la maladie elle-même, ou le remplacent.",
        },
    },
    {
        "slug": "active-monitoring",
        "term": {"en": "active monitoring", "nl": "actieve opvolging", "fr": "surveillance active"},
        "synonyms": {"en": "watch and wait", "nl": "afwachten en opvolgen", "fr": ""},
        "definition": {
            "en": "Regular check-ups and blood tests instead of starting treatment straight away. It is used for some slow-growing diseases, and treatment starts if the disease begins to cause problems.",
            "nl": "Regelmatige controles en bloedtesten in plaats van meteen met een behandeling te starten. Dat gebeurt bij sommige traag groeiende ziekten, en de behandeling start als de ziekte problemen begint te geven.",
            "fr": "Contrôles et prises de sang réguliers au lieu de commencer tout de suite un traitement. On y a recours pour certaines maladies qui évoluent lentement, et le traitement commence si la maladie se met à causer des problèmes.",
        },
    },
    {
        "slug": "remission",
        "term": {"en": "remission", "nl": "remissie", "fr": "rémission"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "When tests can no longer find signs of the disease after treatment. Remission does not always mean that the disease is cured.",
            "nl": "Wanneer onderzoeken na de behandeling geen tekenen van de ziekte meer vinden. Remissie betekent niet altijd dat de ziekte genezen is.",
            "fr": "Situation où les examens ne trouvent plus de signes de la maladie après le traitement. Une rémission ne veut pas toujours dire que la maladie est guérie.",
        },
    },
    {
        # Not used in the demo pages yet, which say "comes back"; kept for pages to come.
        "slug": "relapse",
        "term": {"en": "relapse", "nl": "herval", "fr": "rechute"},
        "synonyms": {"en": "", "nl": "", "fr": ""},
        "definition": {
            "en": "When a disease comes back after treatment, or after a period of remission.",
            "nl": "Wanneer een ziekte terugkomt na een behandeling, of na een periode van remissie.",
            "fr": "Retour d’une maladie après un traitement, ou après une période de rémission.",
        },
    },
]
