"""Demo content: leukemia (flagship page) and its four main subtypes.

Trilingual (en / nl / fr) patient information. Plain language, no figures, no personal advice.
"""

DISORDERS = [
    # ------------------------------------------------------------------
    # Leukemia (main page)
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 10,
        "slug": {"en": "leukemia", "nl": "leukemie", "fr": "leucemie"},
        "name": {"en": "Leukemia", "nl": "Leukemie", "fr": "Leucémie"},
        "summary": {
            "en": "Leukemia is a cancer of the blood in which abnormal blood cells grow quickly and out of control. It starts in the bone marrow, the soft tissue inside bones where blood cells are made. There are several types, and each type is treated in its own way.",
            "nl": "Leukemie is een vorm van bloedkanker waarbij abnormale bloedcellen snel en ongeremd groeien. De ziekte begint in het beenmerg, het zachte weefsel binnenin de botten waar bloedcellen worden gemaakt. Er bestaan verschillende types, en elk type wordt op zijn eigen manier behandeld.",
            "fr": "La leucémie est un cancer du sang dans lequel des cellules sanguines anormales se multiplient rapidement et sans contrôle. Elle naît dans la moelle osseuse, le tissu mou à l'intérieur des os où sont fabriquées les cellules du sang. Il en existe plusieurs types, et chacun se traite à sa manière.",
        },
        "related": [
            "hodgkin-lymphoma",
            "non-hodgkin-lymphoma",
            "multiple-myeloma",
            "myelodysplastic-syndromes",
            "myeloproliferative-neoplasms",
            "aplastic-anaemia",
        ],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is leukemia?",
                    "nl": "Wat is leukemie?",
                    "fr": "Qu'est-ce que la leucémie ?",
                },
                "body": {
                    "en": "<p>Leukemia is a cancer of the blood. In leukemia, the body makes abnormal blood cells. These cells grow fast and in an uncontrolled way.</p>"
                          "<p>Blood cells are made in the <strong>bone marrow</strong>. This is the soft, spongy tissue inside your bones. Healthy bone marrow makes three main kinds of blood cells:</p>"
                          "<ul>"
                          "<li><strong>red blood cells</strong>, which carry oxygen around the body;</li>"
                          "<li><strong>white blood cells</strong>, which fight infections;</li>"
                          "<li><strong>platelets</strong>, which help the blood to clot so that bleeding stops.</li>"
                          "</ul>"
                          "<p>In leukemia, the abnormal cells get in the way of this work. That is why people with leukemia may feel tired, catch infections more easily, or bruise and bleed more easily.</p>",
                    "nl": "<p>Leukemie is een kanker van het bloed. Bij leukemie maakt het lichaam abnormale bloedcellen. Die cellen groeien snel en ongecontroleerd.</p>"
                          "<p>Bloedcellen worden gemaakt in het <strong>beenmerg</strong>. Dat is het zachte, sponsachtige weefsel binnenin uw botten. Gezond beenmerg maakt drie grote groepen bloedcellen:</p>"
                          "<ul>"
                          "<li><strong>rode bloedcellen</strong>, die zuurstof door het lichaam vervoeren;</li>"
                          "<li><strong>witte bloedcellen</strong>, die infecties bestrijden;</li>"
                          "<li><strong>bloedplaatjes</strong>, die het bloed helpen stollen zodat een bloeding stopt.</li>"
                          "</ul>"
                          "<p>Bij leukemie verstoren de abnormale cellen dit werk. Daarom kunnen mensen met leukemie zich moe voelen, sneller infecties krijgen, of makkelijker blauwe plekken en bloedingen krijgen.</p>",
                    "fr": "<p>La leucémie est un cancer du sang. Dans la leucémie, le corps fabrique des cellules sanguines anormales. Ces cellules se multiplient vite et de façon incontrôlée.</p>"
                          "<p>Les cellules du sang sont fabriquées dans la <strong>moelle osseuse</strong>. C'est le tissu mou et spongieux qui se trouve à l'intérieur des os. Une moelle osseuse en bonne santé fabrique trois grandes familles de cellules sanguines :</p>"
                          "<ul>"
                          "<li>les <strong>globules rouges</strong>, qui transportent l'oxygène dans tout le corps ;</li>"
                          "<li>les <strong>globules blancs</strong>, qui combattent les infections ;</li>"
                          "<li>les <strong>plaquettes</strong>, qui aident le sang à coaguler pour qu'un saignement s'arrête.</li>"
                          "</ul>"
                          "<p>Dans la leucémie, les cellules anormales perturbent ce travail. C'est pourquoi les personnes atteintes de leucémie peuvent se sentir fatiguées, attraper plus facilement des infections, ou avoir plus facilement des bleus et des saignements.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How does leukemia arise?",
                    "nl": "Hoe ontstaat leukemie?",
                    "fr": "Comment la leucémie apparaît-elle ?",
                },
                "body": {
                    "en": "<p>All blood cells start as <strong>stem cells</strong> in the bone marrow. A stem cell is a young cell that can grow into different kinds of blood cells.</p>"
                          "<p>Normally, a blood stem cell develops along one of two lines:</p>"
                          "<ul>"
                          "<li><strong>The myeloid line.</strong> Myeloid cells become red blood cells, platelets and several kinds of white blood cells, such as neutrophils, eosinophils and basophils.</li>"
                          "<li><strong>The lymphoid line.</strong> Lymphoid cells become lymphocytes or natural killer cells (NK cells). These are two kinds of white blood cells that are part of the body's defence against germs (the immune system).</li>"
                          "</ul>"
                          "<p>Leukemia starts when the DNA of a blood stem cell changes. DNA is the set of instructions inside every cell. Such a change is called a <strong>mutation</strong>. It can happen in a myeloid or in a lymphoid stem cell.</p>"
                          "<p>Because of the mutation, the cell makes immature leukemia cells. These cells never grow up properly, so they cannot do the normal work of blood cells. They also grow very fast. Little by little, they take up the space in the bone marrow. They crowd out the healthy cells that make normal blood cells. As a result, the body has too few healthy red blood cells, white blood cells and platelets.</p>"
                          "<p>In most people, doctors do not know why the mutation happened. Leukemia is not contagious: you cannot catch it from someone else or pass it on to others.</p>",
                    "nl": "<p>Alle bloedcellen beginnen als <strong>stamcellen</strong> in het beenmerg. Een stamcel is een jonge cel die kan uitgroeien tot verschillende soorten bloedcellen.</p>"
                          "<p>Normaal ontwikkelt een bloedstamcel zich langs een van twee lijnen:</p>"
                          "<ul>"
                          "<li><strong>De myeloïde lijn.</strong> Myeloïde cellen worden rode bloedcellen, bloedplaatjes en verschillende soorten witte bloedcellen, zoals neutrofielen, eosinofielen en basofielen.</li>"
                          "<li><strong>De lymfatische lijn.</strong> Lymfatische cellen worden lymfocyten of natural killer-cellen (NK-cellen). Dat zijn twee soorten witte bloedcellen die meehelpen aan de afweer van het lichaam tegen ziektekiemen (het immuunsysteem).</li>"
                          "</ul>"
                          "<p>Leukemie ontstaat wanneer het DNA van een bloedstamcel verandert. DNA is het pakket instructies in elke cel. Zo'n verandering heet een <strong>mutatie</strong>. Ze kan optreden in een myeloïde of in een lymfatische stamcel.</p>"
                          "<p>Door de mutatie maakt de cel onrijpe leukemiecellen. Die cellen worden nooit echt volwassen en kunnen daarom het gewone werk van bloedcellen niet doen. Ze groeien ook heel snel. Stilaan nemen ze de ruimte in het beenmerg in. Zo verdringen ze de gezonde cellen die normale bloedcellen maken. Daardoor heeft het lichaam te weinig gezonde rode bloedcellen, witte bloedcellen en bloedplaatjes.</p>"
                          "<p>Bij de meeste mensen weten artsen niet waarom de mutatie is ontstaan. Leukemie is niet besmettelijk: u kunt het niet van iemand anders krijgen en u kunt het ook niet doorgeven.</p>",
                    "fr": "<p>Toutes les cellules du sang naissent de <strong>cellules souches</strong> dans la moelle osseuse. Une cellule souche est une cellule jeune qui peut se transformer en différentes sortes de cellules sanguines.</p>"
                          "<p>Normalement, une cellule souche du sang se développe selon l'une de deux lignées :</p>"
                          "<ul>"
                          "<li><strong>La lignée myéloïde.</strong> Les cellules myéloïdes deviennent des globules rouges, des plaquettes et plusieurs sortes de globules blancs, comme les neutrophiles, les éosinophiles et les basophiles.</li>"
                          "<li><strong>La lignée lymphoïde.</strong> Les cellules lymphoïdes deviennent des lymphocytes ou des cellules NK (« natural killer », ou cellules tueuses naturelles). Ce sont deux sortes de globules blancs qui participent aux défenses du corps contre les microbes (le système immunitaire).</li>"
                          "</ul>"
                          "<p>La leucémie apparaît lorsque l'ADN d'une cellule souche du sang se modifie. L'ADN est l'ensemble des instructions contenues dans chaque cellule. Une telle modification s'appelle une <strong>mutation</strong>. Elle peut toucher une cellule souche myéloïde ou lymphoïde.</p>"
                          "<p>À cause de cette mutation, la cellule produit des cellules leucémiques immatures. Ces cellules n'arrivent jamais à maturité : elles ne peuvent donc pas faire le travail normal des cellules du sang. Elles se multiplient aussi très vite. Peu à peu, elles prennent toute la place dans la moelle osseuse. Elles étouffent les cellules saines qui fabriquent les cellules sanguines normales. Résultat : le corps manque de globules rouges, de globules blancs et de plaquettes sains.</p>"
                          "<p>Chez la plupart des personnes, les médecins ne savent pas pourquoi la mutation est apparue. La leucémie n'est pas contagieuse : on ne peut pas l'attraper ni la transmettre à quelqu'un d'autre.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is leukemia classified?",
                    "nl": "Hoe wordt leukemie ingedeeld?",
                    "fr": "Comment classe-t-on les leucémies ?",
                },
                "body": {
                    "en": "<p>Doctors sort leukemias by asking two questions.</p>"
                          "<p><strong>How fast does the disease progress?</strong></p>"
                          "<ul>"
                          "<li><strong>Acute leukemia</strong> progresses quickly. The leukemia cells divide very fast and symptoms appear within a short time. Treatment usually has to start straight away.</li>"
                          "<li><strong>Chronic leukemia</strong> usually develops more slowly, often over months or years. Some people have no symptoms at first. But everyone is different, and a chronic leukemia can also change over time.</li>"
                          "</ul>"
                          "<p><strong>Which stem cell is involved?</strong> Leukemia can start from a myeloid stem cell (myeloid leukemia) or from a lymphoid cell (lymphoid leukemia).</p>"
                          "<p>Together, these two questions give the four main types of leukemia:</p>"
                          "<ul>"
                          "<li><strong>Acute myeloid leukemia (AML)</strong>: a fast-growing leukemia that starts from myeloid stem cells.</li>"
                          "<li><strong>Acute lymphoblastic leukemia (ALL)</strong>: a fast-growing leukemia that starts from lymphoid cells.</li>"
                          "<li><strong>Chronic myeloid leukemia (CML)</strong>: a leukemia of the myeloid line that usually develops more slowly.</li>"
                          "<li><strong>Chronic lymphocytic leukemia (CLL)</strong>: a leukemia of the lymphoid line that usually grows slowly.</li>"
                          "</ul>"
                          "<p>There are also rarer forms. The four main types each have their own page. Knowing the exact type matters, because it guides the treatment.</p>",
                    "nl": "<p>Artsen delen leukemieën in door twee vragen te stellen.</p>"
                          "<p><strong>Hoe snel verloopt de ziekte?</strong></p>"
                          "<ul>"
                          "<li><strong>Acute leukemie</strong> verloopt snel. De leukemiecellen delen zich heel snel en de klachten ontstaan in korte tijd. De behandeling moet meestal meteen starten.</li>"
                          "<li><strong>Chronische leukemie</strong> ontwikkelt zich meestal trager, vaak over maanden of jaren. Sommige mensen hebben eerst helemaal geen klachten. Toch is iedereen anders, en ook een chronische leukemie kan na verloop van tijd veranderen.</li>"
                          "</ul>"
                          "<p><strong>Welke stamcel is betrokken?</strong> Leukemie kan ontstaan uit een myeloïde stamcel (myeloïde leukemie) of uit een lymfatische cel (lymfatische leukemie).</p>"
                          "<p>Samen leveren die twee vragen de vier belangrijkste types leukemie op:</p>"
                          "<ul>"
                          "<li><strong>Acute myeloïde leukemie (AML)</strong>: een snel groeiende leukemie die ontstaat uit myeloïde stamcellen.</li>"
                          "<li><strong>Acute lymfatische leukemie (ALL)</strong>: een snel groeiende leukemie die ontstaat uit lymfatische cellen.</li>"
                          "<li><strong>Chronische myeloïde leukemie (CML)</strong>: een leukemie van de myeloïde lijn die zich meestal trager ontwikkelt.</li>"
                          "<li><strong>Chronische lymfatische leukemie (CLL)</strong>: een leukemie van de lymfatische lijn die meestal traag groeit.</li>"
                          "</ul>"
                          "<p>Daarnaast bestaan er zeldzamere vormen. De vier hoofdtypes hebben elk een eigen pagina. Het juiste type kennen is belangrijk, want het bepaalt mee de behandeling.</p>",
                    "fr": "<p>Les médecins classent les leucémies en se posant deux questions.</p>"
                          "<p><strong>À quelle vitesse la maladie évolue-t-elle ?</strong></p>"
                          "<ul>"
                          "<li>La <strong>leucémie aiguë</strong> évolue rapidement. Les cellules leucémiques se divisent très vite et les symptômes apparaissent en peu de temps. Le traitement doit généralement commencer tout de suite.</li>"
                          "<li>La <strong>leucémie chronique</strong> se développe en général plus lentement, souvent sur des mois ou des années. Certaines personnes n'ont d'abord aucun symptôme. Mais chaque personne est différente, et une leucémie chronique peut aussi changer avec le temps.</li>"
                          "</ul>"
                          "<p><strong>Quelle cellule souche est touchée ?</strong> La leucémie peut naître d'une cellule souche myéloïde (leucémie myéloïde) ou d'une cellule lymphoïde (leucémie lymphoïde).</p>"
                          "<p>Ces deux questions donnent les quatre grands types de leucémie :</p>"
                          "<ul>"
                          "<li><strong>La leucémie aiguë myéloïde (LAM)</strong> : une leucémie à croissance rapide qui naît des cellules souches myéloïdes.</li>"
                          "<li><strong>La leucémie aiguë lymphoblastique (LAL)</strong> : une leucémie à croissance rapide qui naît des cellules lymphoïdes.</li>"
                          "<li><strong>La leucémie myéloïde chronique (LMC)</strong> : une leucémie de la lignée myéloïde qui se développe en général plus lentement.</li>"
                          "<li><strong>La leucémie lymphoïde chronique (LLC)</strong> : une leucémie de la lignée lymphoïde qui évolue en général lentement.</li>"
                          "</ul>"
                          "<p>Il existe aussi des formes plus rares. Les quatre grands types ont chacun leur propre page. Connaître le type exact est important, car il oriente le traitement.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Tekenen en klachten",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>Most signs of leukemia come from a shortage of healthy blood cells. Possible signs include:</p>"
                          "<ul>"
                          "<li>feeling very tired, weak or short of breath (because of too few red blood cells, which is called anaemia);</li>"
                          "<li>infections that keep coming back or take a long time to heal, or fever without a clear cause;</li>"
                          "<li>bruising easily, small red or purple spots on the skin, nosebleeds or bleeding gums;</li>"
                          "<li>pale skin;</li>"
                          "<li>night sweats, or losing weight without trying;</li>"
                          "<li>pain in the bones or joints;</li>"
                          "<li>swollen glands (lymph nodes) in the neck, armpits or groin, or a full feeling in the belly because of a swollen spleen.</li>"
                          "</ul>"
                          "<p>In acute leukemia, these signs often appear within days or weeks. Chronic leukemia may cause no signs at all for a long time. It is sometimes found by chance during a routine blood test.</p>"
                          "<p><strong>Good to know:</strong> all of these signs have many other, more common causes, such as an ordinary infection. If you have signs that do not go away, see your GP. A simple blood test is often the first step.</p>",
                    "nl": "<p>De meeste tekenen van leukemie komen door een tekort aan gezonde bloedcellen. Mogelijke tekenen zijn:</p>"
                          "<ul>"
                          "<li>erg moe of zwak zijn, of snel buiten adem zijn (door te weinig rode bloedcellen, wat men bloedarmoede of anemie noemt);</li>"
                          "<li>infecties die steeds terugkomen of traag genezen, of koorts zonder duidelijke oorzaak;</li>"
                          "<li>snel blauwe plekken krijgen, kleine rode of paarse puntjes op de huid, neusbloedingen of bloedend tandvlees;</li>"
                          "<li>een bleke huid;</li>"
                          "<li>nachtelijk zweten, of vermageren zonder dat u het probeert;</li>"
                          "<li>pijn in de botten of gewrichten;</li>"
                          "<li>gezwollen klieren (lymfeklieren) in de hals, oksels of liezen, of een vol gevoel in de buik door een vergrote milt.</li>"
                          "</ul>"
                          "<p>Bij acute leukemie verschijnen deze tekenen vaak binnen enkele dagen of weken. Chronische leukemie geeft soms lange tijd helemaal geen klachten. Ze wordt dan soms toevallig ontdekt bij een gewone bloedafname.</p>"
                          "<p><strong>Goed om te weten:</strong> al deze tekenen hebben veel andere, vaker voorkomende oorzaken, zoals een gewone infectie. Hebt u klachten die niet overgaan? Ga dan naar uw huisarts. Een eenvoudige bloedtest is vaak de eerste stap.</p>",
                    "fr": "<p>La plupart des signes de la leucémie viennent d'un manque de cellules sanguines saines. Les signes possibles sont :</p>"
                          "<ul>"
                          "<li>une grande fatigue, une faiblesse ou un essoufflement (à cause d'un manque de globules rouges, appelé anémie) ;</li>"
                          "<li>des infections qui reviennent souvent ou qui guérissent lentement, ou de la fièvre sans cause claire ;</li>"
                          "<li>des bleus qui apparaissent facilement, de petites taches rouges ou violettes sur la peau, des saignements de nez ou des gencives ;</li>"
                          "<li>une peau pâle ;</li>"
                          "<li>des sueurs nocturnes, ou une perte de poids sans raison ;</li>"
                          "<li>des douleurs dans les os ou les articulations ;</li>"
                          "<li>des ganglions gonflés (ganglions lymphatiques) dans le cou, sous les aisselles ou à l'aine, ou une sensation de ventre plein à cause d'une rate gonflée.</li>"
                          "</ul>"
                          "<p>Dans la leucémie aiguë, ces signes apparaissent souvent en quelques jours ou quelques semaines. La leucémie chronique peut ne donner aucun signe pendant longtemps. Elle est parfois découverte par hasard lors d'une prise de sang de routine.</p>"
                          "<p><strong>Bon à savoir :</strong> tous ces signes ont beaucoup d'autres causes, plus fréquentes, comme une simple infection. Si vous avez des symptômes qui ne disparaissent pas, consultez votre médecin généraliste. Une simple prise de sang est souvent la première étape.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Diagnosis and treatment",
                    "nl": "Diagnose en behandeling",
                    "fr": "Diagnostic et traitement",
                },
                "body": {
                    "en": "<p>To find out whether someone has leukemia, doctors usually start with a <strong>blood test</strong>. It shows how many blood cells there are and what they look like under a microscope.</p>"
                          "<p>If leukemia is suspected, a <strong>bone marrow examination</strong> usually follows. The doctor uses a needle to take a small sample of bone marrow, most often from the hip bone. This is done under local anaesthetic (medicine that numbs the area). The sample is studied in the laboratory, including tests on the genes and chromosomes of the leukemia cells. These tests show the exact type of leukemia.</p>"
                          "<p>There are many treatments for leukemia. Which one is used depends on the type of leukemia, how it behaves and your general health. Possible treatments include:</p>"
                          "<ul>"
                          "<li><strong>chemotherapy</strong>: medicines that kill fast-growing cells;</li>"
                          "<li><strong>targeted therapy</strong>: medicines that act on a specific weak point of the leukemia cells;</li>"
                          "<li><strong>immunotherapy</strong>: treatment that helps the immune system attack the leukemia;</li>"
                          "<li><strong>stem cell transplant</strong>: replacing the diseased bone marrow with healthy stem cells, usually from a donor;</li>"
                          "<li><strong>supportive care</strong>: for example blood transfusions and medicines to prevent or treat infections.</li>"
                          "</ul>"
                          "<p>Some slow-growing chronic leukemias do not need treatment straight away. Instead, they are closely followed with regular check-ups.</p>"
                          "<p>Your haematologist (a doctor who specialises in blood diseases) will explain which treatment suits you and what you can expect.</p>",
                    "nl": "<p>Om na te gaan of iemand leukemie heeft, begint de arts meestal met een <strong>bloedtest</strong>. Die toont hoeveel bloedcellen er zijn en hoe ze eruitzien onder de microscoop.</p>"
                          "<p>Bij een vermoeden van leukemie volgt meestal een <strong>beenmergonderzoek</strong>. De arts neemt met een naald een klein staaltje beenmerg, meestal uit het bekken (het heupbeen). Dat gebeurt onder plaatselijke verdoving. Het staal wordt in het labo onderzocht, ook op veranderingen in de genen en chromosomen van de leukemiecellen. Zo kent men het precieze type leukemie.</p>"
                          "<p>Er bestaan veel behandelingen voor leukemie. Welke behandeling gekozen wordt, hangt af van het type leukemie, hoe de ziekte zich gedraagt en uw algemene gezondheid. Mogelijke behandelingen zijn:</p>"
                          "<ul>"
                          "<li><strong>chemotherapie</strong>: geneesmiddelen die snel delende cellen doden;</li>"
                          "<li><strong>doelgerichte therapie</strong>: geneesmiddelen die inwerken op een specifiek zwak punt van de leukemiecellen;</li>"
                          "<li><strong>immunotherapie</strong>: een behandeling die het immuunsysteem helpt om de leukemie aan te vallen;</li>"
                          "<li><strong>stamceltransplantatie</strong>: het zieke beenmerg vervangen door gezonde stamcellen, meestal van een donor;</li>"
                          "<li><strong>ondersteunende zorg</strong>: bijvoorbeeld bloedtransfusies en geneesmiddelen om infecties te voorkomen of te behandelen.</li>"
                          "</ul>"
                          "<p>Sommige traag groeiende chronische leukemieën hoeven niet meteen behandeld te worden. Ze worden dan nauwlettend opgevolgd met regelmatige controles.</p>"
                          "<p>Uw hematoloog (een arts die gespecialiseerd is in bloedziekten) legt uit welke behandeling bij u past en wat u kunt verwachten.</p>",
                    "fr": "<p>Pour savoir si une personne a une leucémie, le médecin commence en général par une <strong>prise de sang</strong>. Elle montre combien il y a de cellules sanguines et à quoi elles ressemblent au microscope.</p>"
                          "<p>En cas de suspicion de leucémie, on réalise généralement un <strong>examen de la moelle osseuse</strong>. Le médecin prélève avec une aiguille un petit échantillon de moelle, le plus souvent au niveau de l'os de la hanche (le bassin). Cela se fait sous anesthésie locale. L'échantillon est analysé au laboratoire, y compris les gènes et les chromosomes des cellules leucémiques. Ces analyses permettent de connaître le type exact de leucémie.</p>"
                          "<p>Il existe de nombreux traitements contre la leucémie. Le choix dépend du type de leucémie, de son évolution et de votre état de santé général. Parmi les traitements possibles :</p>"
                          "<ul>"
                          "<li>la <strong>chimiothérapie</strong> : des médicaments qui détruisent les cellules qui se multiplient vite ;</li>"
                          "<li>les <strong>thérapies ciblées</strong> : des médicaments qui visent un point faible précis des cellules leucémiques ;</li>"
                          "<li>l'<strong>immunothérapie</strong> : un traitement qui aide le système immunitaire à attaquer la leucémie ;</li>"
                          "<li>la <strong>greffe de cellules souches</strong> : remplacer la moelle osseuse malade par des cellules souches saines, le plus souvent venant d'un donneur ;</li>"
                          "<li>les <strong>soins de support</strong> : par exemple des transfusions sanguines et des médicaments pour prévenir ou traiter les infections.</li>"
                          "</ul>"
                          "<p>Certaines leucémies chroniques qui évoluent lentement ne doivent pas être traitées tout de suite. Elles sont alors surveillées de près par des contrôles réguliers.</p>"
                          "<p>Votre hématologue (un médecin spécialiste des maladies du sang) vous expliquera quel traitement vous convient et à quoi vous attendre.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {
                    "en": "Key points",
                    "nl": "Belangrijk om te onthouden",
                    "fr": "Points clés",
                },
                "body": {
                    "en": "<ul>"
                          "<li>Leukemia is a cancer of the blood that starts in the bone marrow.</li>"
                          "<li>It begins with a change (mutation) in the DNA of a blood stem cell. The leukemia cells crowd out the healthy cells in the bone marrow.</li>"
                          "<li>Leukemia can be acute (fast) or chronic (usually slower), and myeloid or lymphoid. The four main types are AML, ALL, CML and CLL.</li>"
                          "<li>Tiredness, infections and bruising can be signs of leukemia, but they usually have other causes.</li>"
                          "<li>Treatment depends on the type. Your haematologist will explain the options that fit your situation.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li>Leukemie is een kanker van het bloed die begint in het beenmerg.</li>"
                          "<li>Ze ontstaat door een verandering (mutatie) in het DNA van een bloedstamcel. De leukemiecellen verdringen de gezonde cellen in het beenmerg.</li>"
                          "<li>Leukemie kan acuut (snel) of chronisch (meestal trager) zijn, en myeloïd of lymfatisch. De vier hoofdtypes zijn AML, ALL, CML en CLL.</li>"
                          "<li>Vermoeidheid, infecties en blauwe plekken kunnen tekenen van leukemie zijn, maar hebben meestal een andere oorzaak.</li>"
                          "<li>De behandeling hangt af van het type. Uw hematoloog legt uit welke mogelijkheden bij uw situatie passen.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li>La leucémie est un cancer du sang qui naît dans la moelle osseuse.</li>"
                          "<li>Elle commence par une modification (mutation) de l'ADN d'une cellule souche du sang. Les cellules leucémiques étouffent les cellules saines de la moelle osseuse.</li>"
                          "<li>Une leucémie peut être aiguë (rapide) ou chronique (en général plus lente), et myéloïde ou lymphoïde. Les quatre grands types sont la LAM, la LAL, la LMC et la LLC.</li>"
                          "<li>La fatigue, les infections et les bleus peuvent être des signes de leucémie, mais ils ont le plus souvent une autre cause.</li>"
                          "<li>Le traitement dépend du type. Votre hématologue vous expliquera les options adaptées à votre situation.</li>"
                          "</ul>",
                },
            },
            {
                "callout": "urgent_help",
                "heading": {
                    "en": "When to get urgent help",
                    "nl": "Wanneer dringend hulp zoeken",
                    "fr": "Quand demander de l'aide en urgence",
                },
                "body": {
                    "en": "<p>Call <strong>112</strong> or go to the emergency department straight away if you have:</p>"
                          "<ul>"
                          "<li>bleeding that does not stop;</li>"
                          "<li>severe shortness of breath;</li>"
                          "<li>sudden confusion, unusual drowsiness or a very bad headache.</li>"
                          "</ul>"
                          "<p>If you are being treated for leukemia, contact your haematology team <strong>immediately</strong>, day or night, if:</p>"
                          "<ul>"
                          "<li>you have a fever (high temperature), shivers or chills, or you suddenly feel very unwell. During treatment your body often fights infections less well, so an infection can quickly become serious;</li>"
                          "<li>you get new bruises, many small red spots on the skin, or nosebleeds.</li>"
                          "</ul>"
                          "<p>Your team will tell you which number to call and which temperature to watch for. If you cannot reach them, call 112.</p>",
                    "nl": "<p>Bel <strong>112</strong> of ga meteen naar de spoedgevallendienst als u:</p>"
                          "<ul>"
                          "<li>een bloeding hebt die niet stopt;</li>"
                          "<li>erg kortademig bent;</li>"
                          "<li>plots verward of ongewoon suf bent, of erge hoofdpijn hebt.</li>"
                          "</ul>"
                          "<p>Wordt u behandeld voor leukemie? Neem dan <strong>onmiddellijk</strong> contact op met uw hematologieteam, ook 's nachts of in het weekend, als:</p>"
                          "<ul>"
                          "<li>u koorts of koude rillingen hebt, of u zich plots heel ziek voelt. Tijdens de behandeling kan uw lichaam infecties vaak minder goed bestrijden, waardoor een infectie snel ernstig kan worden;</li>"
                          "<li>u nieuwe blauwe plekken, veel kleine rode puntjes op de huid of neusbloedingen krijgt.</li>"
                          "</ul>"
                          "<p>Uw team vertelt u welk nummer u moet bellen en op welke temperatuur u moet letten. Kunt u hen niet bereiken? Bel dan 112.</p>",
                    "fr": "<p>Appelez le <strong>112</strong> ou rendez-vous immédiatement aux urgences si vous avez :</p>"
                          "<ul>"
                          "<li>un saignement qui ne s'arrête pas ;</li>"
                          "<li>un essoufflement important ;</li>"
                          "<li>une confusion soudaine, une somnolence inhabituelle ou un mal de tête très intense.</li>"
                          "</ul>"
                          "<p>Si vous êtes traité(e) pour une leucémie, contactez <strong>immédiatement</strong> votre équipe d'hématologie, même la nuit ou le week-end, si :</p>"
                          "<ul>"
                          "<li>vous avez de la fièvre ou des frissons, ou vous vous sentez soudain très mal. Pendant le traitement, le corps se défend souvent moins bien contre les infections : une infection peut donc vite devenir grave ;</li>"
                          "<li>vous avez de nouveaux bleus, beaucoup de petites taches rouges sur la peau ou des saignements de nez.</li>"
                          "</ul>"
                          "<p>Votre équipe vous dira quel numéro appeler et à quelle température être attentif. Si vous ne parvenez pas à la joindre, appelez le 112.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Acute myeloid leukemia (AML)
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": "leukemia",
        "position": 10,
        "slug": {
            "en": "acute-myeloid-leukemia",
            "nl": "acute-myeloide-leukemie",
            "fr": "leucemie-aigue-myeloide",
        },
        "name": {
            "en": "Acute myeloid leukemia (AML)",
            "nl": "Acute myeloïde leukemie (AML)",
            "fr": "Leucémie aiguë myéloïde (LAM)",
        },
        "summary": {
            "en": "Acute myeloid leukemia (AML) is a fast-growing cancer of the blood and bone marrow. It starts in myeloid stem cells, the cells that normally become red blood cells, platelets and some white blood cells. AML needs treatment quickly.",
            "nl": "Acute myeloïde leukemie (AML) is een snel groeiende kanker van het bloed en het beenmerg. Ze ontstaat in myeloïde stamcellen, de cellen die normaal rode bloedcellen, bloedplaatjes en sommige witte bloedcellen worden. AML moet snel behandeld worden.",
            "fr": "La leucémie aiguë myéloïde (LAM) est un cancer du sang et de la moelle osseuse qui évolue rapidement. Elle naît dans les cellules souches myéloïdes, qui deviennent normalement des globules rouges, des plaquettes et certains globules blancs. La LAM doit être traitée rapidement.",
        },
        "related": [
            "acute-lymphoblastic-leukemia",
            "chronic-myeloid-leukemia",
            "chronic-lymphocytic-leukemia",
            "myelodysplastic-syndromes",
            "myeloproliferative-neoplasms",
        ],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is AML?",
                    "nl": "Wat is AML?",
                    "fr": "Qu'est-ce que la LAM ?",
                },
                "body": {
                    "en": "<p>Acute myeloid leukemia, or AML, is a type of leukemia: a cancer of the blood that starts in the bone marrow, where blood cells are made.</p>"
                          "<p><em>Acute</em> means that the disease develops quickly. <em>Myeloid</em> means that it starts in the myeloid cells. These cells normally grow into red blood cells, platelets and several kinds of white blood cells.</p>"
                          "<p>AML can happen at any age, but it is more common in older adults.</p>",
                    "nl": "<p>Acute myeloïde leukemie, kortweg AML, is een vorm van leukemie: een kanker van het bloed die begint in het beenmerg, waar bloedcellen worden gemaakt.</p>"
                          "<p><em>Acuut</em> betekent dat de ziekte zich snel ontwikkelt. <em>Myeloïd</em> betekent dat ze begint in de myeloïde cellen. Die cellen groeien normaal uit tot rode bloedcellen, bloedplaatjes en verschillende soorten witte bloedcellen.</p>"
                          "<p>AML kan op elke leeftijd voorkomen, maar komt vaker voor bij oudere volwassenen.</p>",
                    "fr": "<p>La leucémie aiguë myéloïde, ou LAM, est une forme de leucémie : un cancer du sang qui naît dans la moelle osseuse, là où sont fabriquées les cellules du sang.</p>"
                          "<p><em>Aiguë</em> veut dire que la maladie se développe vite. <em>Myéloïde</em> veut dire qu'elle commence dans les cellules myéloïdes. Ces cellules deviennent normalement des globules rouges, des plaquettes et plusieurs sortes de globules blancs.</p>"
                          "<p>La LAM peut survenir à tout âge, mais elle est plus fréquente chez les personnes âgées.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Which cells are involved?",
                    "nl": "Welke cellen zijn betrokken?",
                    "fr": "Quelles cellules sont touchées ?",
                },
                "body": {
                    "en": "<p>In AML, the DNA of a myeloid stem cell in the bone marrow changes. These changes are called <strong>mutations</strong>. The cell then makes large numbers of very immature cells called <strong>blasts</strong>. Blasts do not grow into working blood cells.</p>"
                          "<p>The blasts grow fast and fill up the bone marrow. They crowd out the healthy cells that make normal blood cells. As a result, the body has too few healthy red blood cells, white blood cells and platelets.</p>"
                          "<p>In most people, no clear cause is found. AML sometimes develops from another bone marrow disease, such as a myelodysplastic syndrome, or after earlier chemotherapy or radiotherapy.</p>",
                    "nl": "<p>Bij AML verandert het DNA van een myeloïde stamcel in het beenmerg. Zulke veranderingen heten <strong>mutaties</strong>. De cel maakt dan grote aantallen heel onrijpe cellen, die <strong>blasten</strong> heten. Blasten groeien niet uit tot werkende bloedcellen.</p>"
                          "<p>De blasten groeien snel en vullen het beenmerg. Ze verdringen de gezonde cellen die normale bloedcellen maken. Daardoor heeft het lichaam te weinig gezonde rode bloedcellen, witte bloedcellen en bloedplaatjes.</p>"
                          "<p>Bij de meeste mensen wordt geen duidelijke oorzaak gevonden. Soms ontstaat AML uit een andere beenmergziekte, zoals een myelodysplastisch syndroom, of na een eerdere chemotherapie of bestraling.</p>",
                    "fr": "<p>Dans la LAM, l'ADN d'une cellule souche myéloïde de la moelle osseuse se modifie. Ces modifications s'appellent des <strong>mutations</strong>. La cellule fabrique alors un grand nombre de cellules très immatures, appelées <strong>blastes</strong>. Les blastes ne deviennent pas des cellules sanguines capables de fonctionner.</p>"
                          "<p>Les blastes se multiplient vite et envahissent la moelle osseuse. Ils étouffent les cellules saines qui fabriquent les cellules sanguines normales. Résultat : le corps manque de globules rouges, de globules blancs et de plaquettes sains.</p>"
                          "<p>Chez la plupart des personnes, on ne trouve pas de cause claire. La LAM apparaît parfois à partir d'une autre maladie de la moelle osseuse, comme un syndrome myélodysplasique, ou après une chimiothérapie ou une radiothérapie.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How does AML behave?",
                    "nl": "Hoe verloopt AML?",
                    "fr": "Comment évolue la LAM ?",
                },
                "body": {
                    "en": "<p>AML is an <strong>acute</strong> leukemia: it develops quickly. Symptoms usually appear over a few days or weeks. Common signs are:</p>"
                          "<ul>"
                          "<li>tiredness, pale skin and shortness of breath;</li>"
                          "<li>fever and infections that keep coming back;</li>"
                          "<li>bruises, small red spots on the skin, nosebleeds or bleeding gums.</li>"
                          "</ul>"
                          "<p>These signs can also have many other causes. But without treatment, AML gets worse quickly. That is why treatment usually starts soon after the diagnosis.</p>",
                    "nl": "<p>AML is een <strong>acute</strong> leukemie: ze ontwikkelt zich snel. De klachten verschijnen meestal in enkele dagen tot weken. Vaak voorkomende tekenen zijn:</p>"
                          "<ul>"
                          "<li>vermoeidheid, een bleke huid en kortademigheid;</li>"
                          "<li>koorts en infecties die steeds terugkomen;</li>"
                          "<li>blauwe plekken, kleine rode puntjes op de huid, neusbloedingen of bloedend tandvlees.</li>"
                          "</ul>"
                          "<p>Deze tekenen kunnen ook veel andere oorzaken hebben. Maar zonder behandeling wordt AML snel erger. Daarom start de behandeling meestal kort na de diagnose.</p>",
                    "fr": "<p>La LAM est une leucémie <strong>aiguë</strong> : elle se développe vite. Les symptômes apparaissent en général en quelques jours ou quelques semaines. Les signes fréquents sont :</p>"
                          "<ul>"
                          "<li>de la fatigue, une peau pâle et un essoufflement ;</li>"
                          "<li>de la fièvre et des infections qui reviennent ;</li>"
                          "<li>des bleus, de petites taches rouges sur la peau, des saignements de nez ou des gencives.</li>"
                          "</ul>"
                          "<p>Ces signes peuvent aussi avoir beaucoup d'autres causes. Mais sans traitement, la LAM s'aggrave vite. C'est pourquoi le traitement commence en général peu après le diagnostic.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Diagnosis and treatment",
                    "nl": "Diagnose en behandeling",
                    "fr": "Diagnostic et traitement",
                },
                "body": {
                    "en": "<p>The diagnosis is made with a blood test and a <strong>bone marrow examination</strong>: under local anaesthetic, a small sample of bone marrow is taken with a needle, usually from the hip bone. Tests on the genes and chromosomes of the leukemia cells help to choose the best treatment.</p>"
                          "<p>Treatment is usually given in a specialised haematology department. It often has several phases:</p>"
                          "<ul>"
                          "<li><strong>Induction treatment</strong>: intensive chemotherapy to clear the leukemia cells from the blood and bone marrow. The aim is <em>remission</em>: the usual tests can no longer find leukemia.</li>"
                          "<li><strong>Consolidation treatment</strong>: more treatment to destroy any leukemia cells that are left, so the disease is less likely to come back.</li>"
                          "<li>For some people, a <strong>stem cell transplant</strong> using stem cells from a donor.</li>"
                          "</ul>"
                          "<p>Some types of AML are also treated with targeted medicines. People who cannot have intensive chemotherapy can receive gentler treatments. Blood transfusions and medicines against infections are an important part of care.</p>"
                          "<p>Your haematologist (a doctor who specialises in blood diseases) will explain which treatment suits you and what to expect.</p>",
                    "nl": "<p>De diagnose wordt gesteld met een bloedtest en een <strong>beenmergonderzoek</strong>: onder plaatselijke verdoving wordt met een naald een klein staaltje beenmerg genomen, meestal uit het bekken. Onderzoek van de genen en chromosomen van de leukemiecellen helpt om de beste behandeling te kiezen.</p>"
                          "<p>De behandeling gebeurt meestal op een gespecialiseerde afdeling hematologie. Ze bestaat vaak uit verschillende fasen:</p>"
                          "<ul>"
                          "<li><strong>Inductiebehandeling</strong>: intensieve chemotherapie om de leukemiecellen uit het bloed en het beenmerg weg te werken. Het doel is <em>remissie</em>: met de gewone onderzoeken is dan geen leukemie meer te vinden.</li>"
                          "<li><strong>Consolidatiebehandeling</strong>: verdere behandeling om achtergebleven leukemiecellen te vernietigen, zodat de ziekte minder kans heeft om terug te komen.</li>"
                          "<li>Bij sommige mensen een <strong>stamceltransplantatie</strong> met stamcellen van een donor.</li>"
                          "</ul>"
                          "<p>Bij sommige types AML worden ook doelgerichte geneesmiddelen gebruikt. Mensen die geen intensieve chemotherapie kunnen krijgen, kunnen een mildere behandeling krijgen. Bloedtransfusies en geneesmiddelen tegen infecties zijn een belangrijk deel van de zorg.</p>"
                          "<p>Uw hematoloog (een arts die gespecialiseerd is in bloedziekten) legt uit welke behandeling bij u past en wat u kunt verwachten.</p>",
                    "fr": "<p>Le diagnostic repose sur une prise de sang et un <strong>examen de la moelle osseuse</strong> : sous anesthésie locale, le médecin prélève avec une aiguille un petit échantillon de moelle, en général au niveau de l'os de la hanche. L'analyse des gènes et des chromosomes des cellules leucémiques aide à choisir le meilleur traitement.</p>"
                          "<p>Le traitement se déroule en général dans un service d'hématologie spécialisé. Il comporte souvent plusieurs phases :</p>"
                          "<ul>"
                          "<li>le <strong>traitement d'induction</strong> : une chimiothérapie intensive pour éliminer les cellules leucémiques du sang et de la moelle osseuse. Le but est la <em>rémission</em> : les examens habituels ne trouvent plus de leucémie ;</li>"
                          "<li>le <strong>traitement de consolidation</strong> : un traitement complémentaire pour détruire les cellules leucémiques restantes, afin que la maladie risque moins de revenir ;</li>"
                          "<li>chez certaines personnes, une <strong>greffe de cellules souches</strong> provenant d'un donneur.</li>"
                          "</ul>"
                          "<p>Pour certains types de LAM, on utilise aussi des médicaments ciblés. Les personnes qui ne peuvent pas recevoir de chimiothérapie intensive peuvent recevoir des traitements plus doux. Les transfusions sanguines et les médicaments contre les infections sont une partie importante des soins.</p>"
                          "<p>Votre hématologue (un médecin spécialiste des maladies du sang) vous expliquera quel traitement vous convient et à quoi vous attendre.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {
                    "en": "Key points",
                    "nl": "Belangrijk om te onthouden",
                    "fr": "Points clés",
                },
                "body": {
                    "en": "<ul>"
                          "<li>AML is a fast-growing leukemia that starts in the myeloid cells of the bone marrow.</li>"
                          "<li>Immature cells (blasts) crowd out healthy blood cells. This causes tiredness, infections and bleeding.</li>"
                          "<li>The diagnosis needs a blood test and a bone marrow examination.</li>"
                          "<li>Treatment must start quickly. It often includes intensive chemotherapy, and sometimes a stem cell transplant.</li>"
                          "<li>Your haematologist will explain the options that fit your situation.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li>AML is een snel groeiende leukemie die begint in de myeloïde cellen van het beenmerg.</li>"
                          "<li>Onrijpe cellen (blasten) verdringen de gezonde bloedcellen. Dat leidt tot vermoeidheid, infecties en bloedingen.</li>"
                          "<li>Voor de diagnose zijn een bloedtest en een beenmergonderzoek nodig.</li>"
                          "<li>De behandeling moet snel starten. Vaak gaat het om intensieve chemotherapie, en soms een stamceltransplantatie.</li>"
                          "<li>Uw hematoloog legt uit welke mogelijkheden bij uw situatie passen.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li>La LAM est une leucémie à évolution rapide qui commence dans les cellules myéloïdes de la moelle osseuse.</li>"
                          "<li>Des cellules immatures (blastes) étouffent les cellules sanguines saines. Cela entraîne fatigue, infections et saignements.</li>"
                          "<li>Le diagnostic demande une prise de sang et un examen de la moelle osseuse.</li>"
                          "<li>Le traitement doit commencer vite. Il comprend souvent une chimiothérapie intensive, et parfois une greffe de cellules souches.</li>"
                          "<li>Votre hématologue vous expliquera les options adaptées à votre situation.</li>"
                          "</ul>",
                },
            },
            {
                "callout": "urgent_help",
                "heading": {
                    "en": "When to get urgent help",
                    "nl": "Wanneer dringend hulp zoeken",
                    "fr": "Quand demander de l'aide en urgence",
                },
                "body": {
                    "en": "<p>AML and its treatment can make infections and bleeding dangerous.</p>"
                          "<ul>"
                          "<li><strong>Fever, shivers or chills</strong>, or suddenly feeling very unwell: contact your haematology team <strong>immediately</strong>, day or night.</li>"
                          "<li><strong>Bleeding that does not stop, severe shortness of breath or sudden confusion</strong>: call <strong>112</strong> or go to the emergency department.</li>"
                          "<li><strong>New bruises, many small red spots on the skin or nosebleeds</strong>: contact your haematology team the same day.</li>"
                          "</ul>",
                    "nl": "<p>AML en de behandeling ervan kunnen infecties en bloedingen gevaarlijk maken.</p>"
                          "<ul>"
                          "<li><strong>Koorts of koude rillingen</strong>, of u plots heel ziek voelen: neem <strong>onmiddellijk</strong> contact op met uw hematologieteam, ook 's nachts.</li>"
                          "<li><strong>Een bloeding die niet stopt, erge kortademigheid of plotse verwardheid</strong>: bel <strong>112</strong> of ga naar de spoedgevallendienst.</li>"
                          "<li><strong>Nieuwe blauwe plekken, veel kleine rode puntjes op de huid of neusbloedingen</strong>: neem dezelfde dag contact op met uw hematologieteam.</li>"
                          "</ul>",
                    "fr": "<p>La LAM et son traitement peuvent rendre les infections et les saignements dangereux.</p>"
                          "<ul>"
                          "<li><strong>Fièvre ou frissons</strong>, ou sensation soudaine d'être très malade : contactez <strong>immédiatement</strong> votre équipe d'hématologie, même la nuit.</li>"
                          "<li><strong>Saignement qui ne s'arrête pas, essoufflement important ou confusion soudaine</strong> : appelez le <strong>112</strong> ou rendez-vous aux urgences.</li>"
                          "<li><strong>Nouveaux bleus, nombreuses petites taches rouges sur la peau ou saignements de nez</strong> : contactez votre équipe d'hématologie le jour même.</li>"
                          "</ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Acute lymphoblastic leukemia (ALL)
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": "leukemia",
        "position": 20,
        "slug": {
            "en": "acute-lymphoblastic-leukemia",
            "nl": "acute-lymfatische-leukemie",
            "fr": "leucemie-aigue-lymphoblastique",
        },
        "name": {
            "en": "Acute lymphoblastic leukemia (ALL)",
            "nl": "Acute lymfatische leukemie (ALL)",
            "fr": "Leucémie aiguë lymphoblastique (LAL)",
        },
        "summary": {
            "en": "Acute lymphoblastic leukemia (ALL) is a fast-growing cancer of the blood and bone marrow. It starts in young lymphoid cells, which normally grow into lymphocytes, a kind of white blood cell. ALL is the most common type of leukemia in children, but adults can get it too.",
            "nl": "Acute lymfatische leukemie (ALL) is een snel groeiende kanker van het bloed en het beenmerg. Ze ontstaat in jonge lymfatische cellen, die normaal uitgroeien tot lymfocyten, een soort witte bloedcellen. ALL is de meest voorkomende vorm van leukemie bij kinderen, maar ook volwassenen kunnen ze krijgen.",
            "fr": "La leucémie aiguë lymphoblastique (LAL) est un cancer du sang et de la moelle osseuse qui évolue rapidement. Elle naît dans de jeunes cellules lymphoïdes, qui deviennent normalement des lymphocytes, une sorte de globules blancs. La LAL est la leucémie la plus fréquente chez l'enfant, mais les adultes peuvent aussi en être atteints.",
        },
        "related": [
            "acute-myeloid-leukemia",
            "chronic-myeloid-leukemia",
            "chronic-lymphocytic-leukemia",
            "non-hodgkin-lymphoma",
        ],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is ALL?",
                    "nl": "Wat is ALL?",
                    "fr": "Qu'est-ce que la LAL ?",
                },
                "body": {
                    "en": "<p>Acute lymphoblastic leukemia, or ALL, is a type of leukemia: a cancer of the blood that starts in the bone marrow, where blood cells are made.</p>"
                          "<p><em>Acute</em> means that the disease develops quickly. <em>Lymphoblastic</em> means that it starts in <strong>lymphoblasts</strong>, which are very young lymphoid cells. Normally these cells grow into <strong>lymphocytes</strong>: white blood cells that help the body fight infections.</p>"
                          "<p>ALL is the most common type of leukemia in children. Adults can also get it.</p>",
                    "nl": "<p>Acute lymfatische leukemie, kortweg ALL, is een vorm van leukemie: een kanker van het bloed die begint in het beenmerg, waar bloedcellen worden gemaakt.</p>"
                          "<p><em>Acuut</em> betekent dat de ziekte zich snel ontwikkelt. ALL begint in <strong>lymfoblasten</strong>: heel jonge lymfatische cellen. Daarom spreekt men ook van acute lymfoblastaire leukemie. Normaal groeien die cellen uit tot <strong>lymfocyten</strong>, witte bloedcellen die het lichaam helpen om infecties te bestrijden.</p>"
                          "<p>ALL is de meest voorkomende vorm van leukemie bij kinderen. Ook volwassenen kunnen ALL krijgen.</p>",
                    "fr": "<p>La leucémie aiguë lymphoblastique, ou LAL, est une forme de leucémie : un cancer du sang qui naît dans la moelle osseuse, là où sont fabriquées les cellules du sang.</p>"
                          "<p><em>Aiguë</em> veut dire que la maladie se développe vite. <em>Lymphoblastique</em> veut dire qu'elle commence dans les <strong>lymphoblastes</strong>, des cellules lymphoïdes très jeunes. Normalement, ces cellules deviennent des <strong>lymphocytes</strong> : des globules blancs qui aident le corps à combattre les infections.</p>"
                          "<p>La LAL est la leucémie la plus fréquente chez l'enfant. Les adultes peuvent aussi en être atteints.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Which cells are involved?",
                    "nl": "Welke cellen zijn betrokken?",
                    "fr": "Quelles cellules sont touchées ?",
                },
                "body": {
                    "en": "<p>In ALL, the DNA of a young lymphoid cell changes. These changes are called <strong>mutations</strong>. The cell then makes many immature cells, called <strong>blasts</strong>, that do not grow into working lymphocytes.</p>"
                          "<p>ALL can start from B cells or from T cells, the two main kinds of lymphocytes. Doctors then speak of <strong>B-ALL</strong> or <strong>T-ALL</strong>.</p>"
                          "<p>The blasts grow fast and fill up the bone marrow. They crowd out the healthy cells, so the body has too few red blood cells, healthy white blood cells and platelets. Leukemia cells can also collect in the lymph nodes, the spleen, or the brain and spinal cord.</p>"
                          "<p>In most cases, no clear cause is found. ALL is not caused by anything the person or their parents did.</p>",
                    "nl": "<p>Bij ALL verandert het DNA van een jonge lymfatische cel. Zulke veranderingen heten <strong>mutaties</strong>. De cel maakt dan veel onrijpe cellen, <strong>blasten</strong> genoemd, die niet uitgroeien tot werkende lymfocyten.</p>"
                          "<p>ALL kan ontstaan uit B-cellen of uit T-cellen, de twee grote soorten lymfocyten. Artsen spreken dan van <strong>B-ALL</strong> of <strong>T-ALL</strong>.</p>"
                          "<p>De blasten groeien snel en vullen het beenmerg. Ze verdringen de gezonde cellen, waardoor het lichaam te weinig rode bloedcellen, gezonde witte bloedcellen en bloedplaatjes heeft. Leukemiecellen kunnen zich ook ophopen in de lymfeklieren, de milt, of de hersenen en het ruggenmerg.</p>"
                          "<p>Meestal wordt geen duidelijke oorzaak gevonden. ALL wordt niet veroorzaakt door iets wat de patiënt of de ouders gedaan hebben.</p>",
                    "fr": "<p>Dans la LAL, l'ADN d'une jeune cellule lymphoïde se modifie. Ces modifications s'appellent des <strong>mutations</strong>. La cellule fabrique alors beaucoup de cellules immatures, appelées <strong>blastes</strong>, qui ne deviennent pas des lymphocytes capables de fonctionner.</p>"
                          "<p>La LAL peut naître des lymphocytes B ou des lymphocytes T, les deux grandes sortes de lymphocytes. Les médecins parlent alors de <strong>LAL-B</strong> ou de <strong>LAL-T</strong>.</p>"
                          "<p>Les blastes se multiplient vite et envahissent la moelle osseuse. Ils étouffent les cellules saines : le corps manque alors de globules rouges, de globules blancs sains et de plaquettes. Les cellules leucémiques peuvent aussi s'accumuler dans les ganglions lymphatiques, la rate, ou le cerveau et la moelle épinière.</p>"
                          "<p>Dans la plupart des cas, on ne trouve pas de cause claire. La LAL n'est pas causée par quelque chose que la personne ou ses parents auraient fait.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How does ALL behave?",
                    "nl": "Hoe verloopt ALL?",
                    "fr": "Comment évolue la LAL ?",
                },
                "body": {
                    "en": "<p>ALL is an <strong>acute</strong> leukemia: it develops quickly. Symptoms usually appear over a few days or weeks. Possible signs are:</p>"
                          "<ul>"
                          "<li>tiredness, pale skin and shortness of breath;</li>"
                          "<li>fever and infections that keep coming back;</li>"
                          "<li>bruises, small red spots on the skin, nosebleeds or bleeding gums;</li>"
                          "<li>pain in the bones or joints (young children may limp or refuse to walk);</li>"
                          "<li>swollen lymph nodes or a swollen belly.</li>"
                          "</ul>"
                          "<p>These signs can also have many other causes. But without treatment, ALL gets worse quickly. That is why treatment usually starts soon after the diagnosis.</p>",
                    "nl": "<p>ALL is een <strong>acute</strong> leukemie: ze ontwikkelt zich snel. De klachten verschijnen meestal in enkele dagen tot weken. Mogelijke tekenen zijn:</p>"
                          "<ul>"
                          "<li>vermoeidheid, een bleke huid en kortademigheid;</li>"
                          "<li>koorts en infecties die steeds terugkomen;</li>"
                          "<li>blauwe plekken, kleine rode puntjes op de huid, neusbloedingen of bloedend tandvlees;</li>"
                          "<li>pijn in de botten of gewrichten (jonge kinderen gaan soms mank lopen of willen niet meer stappen);</li>"
                          "<li>gezwollen lymfeklieren of een opgezette buik.</li>"
                          "</ul>"
                          "<p>Deze tekenen kunnen ook veel andere oorzaken hebben. Maar zonder behandeling wordt ALL snel erger. Daarom start de behandeling meestal kort na de diagnose.</p>",
                    "fr": "<p>La LAL est une leucémie <strong>aiguë</strong> : elle se développe vite. Les symptômes apparaissent en général en quelques jours ou quelques semaines. Les signes possibles sont :</p>"
                          "<ul>"
                          "<li>de la fatigue, une peau pâle et un essoufflement ;</li>"
                          "<li>de la fièvre et des infections qui reviennent ;</li>"
                          "<li>des bleus, de petites taches rouges sur la peau, des saignements de nez ou des gencives ;</li>"
                          "<li>des douleurs dans les os ou les articulations (les jeunes enfants peuvent boiter ou refuser de marcher) ;</li>"
                          "<li>des ganglions gonflés ou un ventre gonflé.</li>"
                          "</ul>"
                          "<p>Ces signes peuvent aussi avoir beaucoup d'autres causes. Mais sans traitement, la LAL s'aggrave vite. C'est pourquoi le traitement commence en général peu après le diagnostic.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Diagnosis and treatment",
                    "nl": "Diagnose en behandeling",
                    "fr": "Diagnostic et traitement",
                },
                "body": {
                    "en": "<p>The diagnosis is made with a blood test and a <strong>bone marrow examination</strong>: a small sample of bone marrow is taken with a needle, usually from the hip bone. Adults get a local anaesthetic; children are often put to sleep for it. Extra tests on the leukemia cells help to choose the treatment. A <strong>lumbar puncture</strong> is also done: a thin needle takes a little fluid from the lower back, to check whether leukemia cells have reached the brain and spinal cord.</p>"
                          "<p>Children are treated in a specialised children's cancer centre, adults in a haematology department. Treatment starts quickly, has several phases and usually lasts a long time:</p>"
                          "<ul>"
                          "<li>intensive <strong>chemotherapy</strong> at the start, to bring the disease into <em>remission</em> (the usual tests no longer find leukemia);</li>"
                          "<li>further treatment to destroy any leukemia cells that are left;</li>"
                          "<li>treatment to protect the brain and spinal cord, for example medicine injected into the fluid around the spinal cord;</li>"
                          "<li>often a long, milder <strong>maintenance</strong> phase, mostly with tablets, to help stop the leukemia from coming back.</li>"
                          "</ul>"
                          "<p>Depending on the type of ALL, targeted medicines, immunotherapy or a stem cell transplant may also be used. Your haematologist (a doctor who specialises in blood diseases) or your child's specialist team will explain which treatment is planned and why.</p>",
                    "nl": "<p>De diagnose wordt gesteld met een bloedtest en een <strong>beenmergonderzoek</strong>: met een naald wordt een klein staaltje beenmerg genomen, meestal uit het bekken. Volwassenen krijgen een plaatselijke verdoving; kinderen slapen vaak tijdens het onderzoek. Extra onderzoek van de leukemiecellen helpt om de behandeling te kiezen. Er gebeurt ook een <strong>lumbaalpunctie</strong>: met een dunne naald wordt wat vocht uit de onderrug genomen, om na te gaan of er leukemiecellen in de hersenen en het ruggenmerg zitten.</p>"
                          "<p>Kinderen worden behandeld in een gespecialiseerd centrum voor kinderkanker, volwassenen op een afdeling hematologie. De behandeling start snel, verloopt in verschillende fasen en duurt meestal lang:</p>"
                          "<ul>"
                          "<li>intensieve <strong>chemotherapie</strong> in het begin, om de ziekte in <em>remissie</em> te brengen (met de gewone onderzoeken is dan geen leukemie meer te vinden);</li>"
                          "<li>verdere behandeling om achtergebleven leukemiecellen te vernietigen;</li>"
                          "<li>behandeling om de hersenen en het ruggenmerg te beschermen, bijvoorbeeld een geneesmiddel dat in het vocht rond het ruggenmerg wordt ingespoten;</li>"
                          "<li>vaak een lange, mildere <strong>onderhoudsbehandeling</strong>, vooral met tabletten, om te helpen voorkomen dat de leukemie terugkomt.</li>"
                          "</ul>"
                          "<p>Afhankelijk van het type ALL kunnen ook doelgerichte geneesmiddelen, immunotherapie of een stamceltransplantatie gebruikt worden. Uw hematoloog (een arts die gespecialiseerd is in bloedziekten) of het gespecialiseerde team van uw kind legt uit welke behandeling gepland is en waarom.</p>",
                    "fr": "<p>Le diagnostic repose sur une prise de sang et un <strong>examen de la moelle osseuse</strong> : on prélève avec une aiguille un petit échantillon de moelle, en général au niveau de l'os de la hanche. Les adultes reçoivent une anesthésie locale ; les enfants sont souvent endormis pendant l'examen. D'autres analyses des cellules leucémiques aident à choisir le traitement. On réalise aussi une <strong>ponction lombaire</strong> : avec une fine aiguille, on prélève un peu de liquide dans le bas du dos, pour vérifier si des cellules leucémiques ont atteint le cerveau et la moelle épinière.</p>"
                          "<p>Les enfants sont soignés dans un centre spécialisé en cancérologie pédiatrique, les adultes dans un service d'hématologie. Le traitement commence vite, se déroule en plusieurs phases et dure en général longtemps :</p>"
                          "<ul>"
                          "<li>une <strong>chimiothérapie</strong> intensive au début, pour mettre la maladie en <em>rémission</em> (les examens habituels ne trouvent plus de leucémie) ;</li>"
                          "<li>un traitement complémentaire pour détruire les cellules leucémiques restantes ;</li>"
                          "<li>un traitement pour protéger le cerveau et la moelle épinière, par exemple un médicament injecté dans le liquide qui entoure la moelle épinière ;</li>"
                          "<li>souvent une longue phase d'<strong>entretien</strong>, plus douce, surtout avec des comprimés, pour aider à éviter que la leucémie ne revienne.</li>"
                          "</ul>"
                          "<p>Selon le type de LAL, on peut aussi utiliser des médicaments ciblés, une immunothérapie ou une greffe de cellules souches. Votre hématologue (un médecin spécialiste des maladies du sang) ou l'équipe spécialisée qui soigne votre enfant vous expliquera quel traitement est prévu et pourquoi.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {
                    "en": "Key points",
                    "nl": "Belangrijk om te onthouden",
                    "fr": "Points clés",
                },
                "body": {
                    "en": "<ul>"
                          "<li>ALL is a fast-growing leukemia that starts in young lymphoid cells in the bone marrow.</li>"
                          "<li>It is the most common leukemia in children, but adults can also get it.</li>"
                          "<li>The diagnosis needs a blood test, a bone marrow examination and a lumbar puncture.</li>"
                          "<li>Treatment starts quickly, has several phases and usually lasts a long time.</li>"
                          "<li>Your haematologist or your child's specialist team will explain the treatment plan.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li>ALL is een snel groeiende leukemie die begint in jonge lymfatische cellen in het beenmerg.</li>"
                          "<li>Het is de meest voorkomende leukemie bij kinderen, maar ook volwassenen kunnen ze krijgen.</li>"
                          "<li>Voor de diagnose zijn een bloedtest, een beenmergonderzoek en een lumbaalpunctie nodig.</li>"
                          "<li>De behandeling start snel, verloopt in verschillende fasen en duurt meestal lang.</li>"
                          "<li>Uw hematoloog of het gespecialiseerde team van uw kind legt het behandelplan uit.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li>La LAL est une leucémie à évolution rapide qui commence dans de jeunes cellules lymphoïdes de la moelle osseuse.</li>"
                          "<li>C'est la leucémie la plus fréquente chez l'enfant, mais les adultes peuvent aussi en être atteints.</li>"
                          "<li>Le diagnostic demande une prise de sang, un examen de la moelle osseuse et une ponction lombaire.</li>"
                          "<li>Le traitement commence vite, se déroule en plusieurs phases et dure en général longtemps.</li>"
                          "<li>Votre hématologue ou l'équipe spécialisée de votre enfant vous expliquera le plan de traitement.</li>"
                          "</ul>",
                },
            },
            {
                "callout": "urgent_help",
                "heading": {
                    "en": "When to get urgent help",
                    "nl": "Wanneer dringend hulp zoeken",
                    "fr": "Quand demander de l'aide en urgence",
                },
                "body": {
                    "en": "<p>ALL and its treatment can make infections and bleeding dangerous.</p>"
                          "<ul>"
                          "<li><strong>Fever, shivers or chills</strong>, or suddenly feeling very unwell: contact the haematology team <strong>immediately</strong>, day or night.</li>"
                          "<li><strong>Bleeding that does not stop, severe shortness of breath, a seizure (fit) or sudden confusion</strong>: call <strong>112</strong> or go to the emergency department.</li>"
                          "<li><strong>New bruises or many small red spots on the skin</strong>, or <strong>contact with someone who has chickenpox or measles</strong> during treatment: contact the haematology team the same day.</li>"
                          "</ul>",
                    "nl": "<p>ALL en de behandeling ervan kunnen infecties en bloedingen gevaarlijk maken.</p>"
                          "<ul>"
                          "<li><strong>Koorts of koude rillingen</strong>, of plots heel ziek zijn: neem <strong>onmiddellijk</strong> contact op met het hematologieteam, ook 's nachts.</li>"
                          "<li><strong>Een bloeding die niet stopt, erge kortademigheid, een epileptische aanval (stuip) of plotse verwardheid</strong>: bel <strong>112</strong> of ga naar de spoedgevallendienst.</li>"
                          "<li><strong>Nieuwe blauwe plekken of veel kleine rode puntjes op de huid</strong>, of <strong>contact met iemand met waterpokken of mazelen</strong> tijdens de behandeling: neem dezelfde dag contact op met het hematologieteam.</li>"
                          "</ul>",
                    "fr": "<p>La LAL et son traitement peuvent rendre les infections et les saignements dangereux.</p>"
                          "<ul>"
                          "<li><strong>Fièvre ou frissons</strong>, ou sensation soudaine d'être très malade : contactez <strong>immédiatement</strong> l'équipe d'hématologie, même la nuit.</li>"
                          "<li><strong>Saignement qui ne s'arrête pas, essoufflement important, crise d'épilepsie (convulsions) ou confusion soudaine</strong> : appelez le <strong>112</strong> ou rendez-vous aux urgences.</li>"
                          "<li><strong>Nouveaux bleus ou nombreuses petites taches rouges sur la peau</strong>, ou <strong>contact avec une personne atteinte de varicelle ou de rougeole</strong> pendant le traitement : contactez l'équipe d'hématologie le jour même.</li>"
                          "</ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Chronic myeloid leukemia (CML)
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": "leukemia",
        "position": 30,
        "slug": {
            "en": "chronic-myeloid-leukemia",
            "nl": "chronische-myeloide-leukemie",
            "fr": "leucemie-myeloide-chronique",
        },
        "name": {
            "en": "Chronic myeloid leukemia (CML)",
            "nl": "Chronische myeloïde leukemie (CML)",
            "fr": "Leucémie myéloïde chronique (LMC)",
        },
        "summary": {
            "en": "Chronic myeloid leukemia (CML) is a cancer of the bone marrow in which too many white blood cells are made. It usually develops slowly and is often found by chance during a blood test. It is usually treated with targeted tablets, which keep the disease under control in many people.",
            "nl": "Chronische myeloïde leukemie (CML) is een kanker van het beenmerg waarbij te veel witte bloedcellen worden gemaakt. De ziekte ontwikkelt zich meestal traag en wordt vaak toevallig ontdekt bij een bloedtest. Ze wordt meestal behandeld met doelgerichte tabletten, die de ziekte bij veel mensen onder controle houden.",
            "fr": "La leucémie myéloïde chronique (LMC) est un cancer de la moelle osseuse dans lequel trop de globules blancs sont fabriqués. Elle évolue en général lentement et est souvent découverte par hasard lors d'une prise de sang. On la traite le plus souvent avec des comprimés de thérapie ciblée, qui contrôlent la maladie chez beaucoup de personnes.",
        },
        "related": [
            "acute-myeloid-leukemia",
            "acute-lymphoblastic-leukemia",
            "chronic-lymphocytic-leukemia",
            "myeloproliferative-neoplasms",
        ],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is CML?",
                    "nl": "Wat is CML?",
                    "fr": "Qu'est-ce que la LMC ?",
                },
                "body": {
                    "en": "<p>Chronic myeloid leukemia, or CML, is a type of leukemia: a cancer of the blood that starts in the bone marrow, where blood cells are made.</p>"
                          "<p><em>Chronic</em> means that the disease usually develops slowly. <em>Myeloid</em> means that it starts in myeloid stem cells. These cells normally grow into red blood cells, platelets and several kinds of white blood cells.</p>"
                          "<p>CML mostly affects adults. It is rare in children.</p>",
                    "nl": "<p>Chronische myeloïde leukemie, kortweg CML, is een vorm van leukemie: een kanker van het bloed die begint in het beenmerg, waar bloedcellen worden gemaakt.</p>"
                          "<p><em>Chronisch</em> betekent dat de ziekte zich meestal traag ontwikkelt. <em>Myeloïd</em> betekent dat ze begint in myeloïde stamcellen. Die cellen groeien normaal uit tot rode bloedcellen, bloedplaatjes en verschillende soorten witte bloedcellen.</p>"
                          "<p>CML treft vooral volwassenen. Bij kinderen is de ziekte zeldzaam.</p>",
                    "fr": "<p>La leucémie myéloïde chronique, ou LMC, est une forme de leucémie : un cancer du sang qui naît dans la moelle osseuse, là où sont fabriquées les cellules du sang.</p>"
                          "<p><em>Chronique</em> veut dire que la maladie se développe en général lentement. <em>Myéloïde</em> veut dire qu'elle commence dans les cellules souches myéloïdes. Ces cellules deviennent normalement des globules rouges, des plaquettes et plusieurs sortes de globules blancs.</p>"
                          "<p>La LMC touche surtout les adultes. Elle est rare chez l'enfant.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Which cells are involved?",
                    "nl": "Welke cellen zijn betrokken?",
                    "fr": "Quelles cellules sont touchées ?",
                },
                "body": {
                    "en": "<p>In CML, a myeloid stem cell in the bone marrow picks up a change in its <strong>chromosomes</strong>. Chromosomes are the tiny packages that hold our DNA. A piece of chromosome 9 and a piece of chromosome 22 swap places. The changed chromosome 22 is called the <strong>Philadelphia chromosome</strong>.</p>"
                          "<p>This swap joins two genes into a new, abnormal gene called <strong>BCR-ABL</strong>. It works like a switch stuck in the 'on' position: it keeps telling the cell to grow and divide. As a result, the bone marrow makes far too many white blood cells, and sometimes too many platelets.</p>"
                          "<p>This change happens during a person's life. It is not inherited from your parents, and you cannot pass it on to your children.</p>",
                    "nl": "<p>Bij CML treedt in een myeloïde stamcel in het beenmerg een verandering op in de <strong>chromosomen</strong>. Chromosomen zijn de kleine pakketjes waarin ons DNA zit. Een stukje van chromosoom 9 en een stukje van chromosoom 22 wisselen van plaats. Het veranderde chromosoom 22 heet het <strong>Philadelphiachromosoom</strong>.</p>"
                          "<p>Door die wissel worden twee genen aan elkaar gekoppeld tot een nieuw, abnormaal gen: <strong>BCR-ABL</strong>. Het werkt als een schakelaar die vastzit in de stand 'aan': de cel krijgt voortdurend het signaal om te groeien en te delen. Daardoor maakt het beenmerg veel te veel witte bloedcellen, en soms te veel bloedplaatjes.</p>"
                          "<p>Deze verandering ontstaat in de loop van het leven. Ze is niet overgeërfd van uw ouders en u kunt ze niet doorgeven aan uw kinderen.</p>",
                    "fr": "<p>Dans la LMC, une cellule souche myéloïde de la moelle osseuse subit une modification de ses <strong>chromosomes</strong>. Les chromosomes sont les petits paquets qui contiennent notre ADN. Un morceau du chromosome 9 et un morceau du chromosome 22 changent de place. Le chromosome 22 modifié s'appelle le <strong>chromosome Philadelphie</strong>.</p>"
                          "<p>Cet échange soude deux gènes en un nouveau gène anormal, appelé <strong>BCR-ABL</strong>. Il agit comme un interrupteur bloqué en position « marche » : il pousse sans arrêt la cellule à grandir et à se diviser. Résultat : la moelle osseuse fabrique beaucoup trop de globules blancs, et parfois trop de plaquettes.</p>"
                          "<p>Cette modification apparaît au cours de la vie. Elle n'est pas héritée des parents et ne se transmet pas aux enfants.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How does CML behave?",
                    "nl": "Hoe verloopt CML?",
                    "fr": "Comment évolue la LMC ?",
                },
                "body": {
                    "en": "<p>CML usually progresses slowly. Most people are diagnosed in an early, stable stage called the <strong>chronic phase</strong>. Many have no symptoms at all, and the disease is found by chance during a blood test. Others notice:</p>"
                          "<ul>"
                          "<li>tiredness;</li>"
                          "<li>night sweats, or losing weight without trying;</li>"
                          "<li>a full or painful feeling on the left side of the belly, because the spleen is swollen.</li>"
                          "</ul>"
                          "<p>Without treatment, CML can change over time into a more aggressive phase that behaves like an acute leukemia. Treatment aims to prevent this.</p>",
                    "nl": "<p>CML verloopt meestal traag. De meeste mensen krijgen de diagnose in een vroege, stabiele fase: de <strong>chronische fase</strong>. Velen hebben helemaal geen klachten, en de ziekte wordt toevallig ontdekt bij een bloedtest. Anderen merken:</p>"
                          "<ul>"
                          "<li>vermoeidheid;</li>"
                          "<li>nachtelijk zweten, of vermageren zonder dat ze het proberen;</li>"
                          "<li>een vol of pijnlijk gevoel links in de buik, omdat de milt vergroot is.</li>"
                          "</ul>"
                          "<p>Zonder behandeling kan CML na verloop van tijd overgaan in een agressievere fase, die zich gedraagt als een acute leukemie. De behandeling wil dat voorkomen.</p>",
                    "fr": "<p>La LMC évolue en général lentement. La plupart des personnes sont diagnostiquées à un stade précoce et stable, appelé <strong>phase chronique</strong>. Beaucoup n'ont aucun symptôme, et la maladie est découverte par hasard lors d'une prise de sang. D'autres remarquent :</p>"
                          "<ul>"
                          "<li>de la fatigue ;</li>"
                          "<li>des sueurs nocturnes, ou une perte de poids sans raison ;</li>"
                          "<li>une sensation de ventre plein ou une douleur du côté gauche du ventre, parce que la rate est gonflée.</li>"
                          "</ul>"
                          "<p>Sans traitement, la LMC peut se transformer avec le temps en une phase plus agressive, qui se comporte comme une leucémie aiguë. Le traitement vise à l'éviter.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Diagnosis and treatment",
                    "nl": "Diagnose en behandeling",
                    "fr": "Diagnostic et traitement",
                },
                "body": {
                    "en": "<p>The diagnosis is made with blood tests and usually a <strong>bone marrow examination</strong>, in which a small sample of bone marrow is taken with a needle under local anaesthetic. The tests look for the Philadelphia chromosome and the BCR-ABL gene.</p>"
                          "<p>The main treatment is a group of targeted medicines called <strong>tyrosine kinase inhibitors</strong> (TKIs). They block the signal from the BCR-ABL gene. They are taken as tablets, at home. In many people they keep CML under control for many years.</p>"
                          "<ul>"
                          "<li>Take the tablets exactly as prescribed. Do not stop or change them on your own.</li>"
                          "<li>Tell your team about side effects, and about all other medicines and supplements you take. Some medicines and foods, such as grapefruit, can interfere with these tablets.</li>"
                          "<li>You will have regular blood tests. They measure the amount of BCR-ABL and show how well the treatment is working.</li>"
                          "</ul>"
                          "<p>If a medicine does not work well enough or causes too many side effects, there are other TKIs to switch to. A stem cell transplant is needed only rarely. Some people whose CML has been very well controlled for a long time may be able to stop treatment, under close supervision. Your haematologist (a doctor who specialises in blood diseases) will explain what suits you.</p>",
                    "nl": "<p>De diagnose wordt gesteld met bloedonderzoek en meestal een <strong>beenmergonderzoek</strong>, waarbij onder plaatselijke verdoving met een naald een klein staaltje beenmerg wordt genomen. De onderzoeken zoeken naar het Philadelphiachromosoom en het BCR-ABL-gen.</p>"
                          "<p>De belangrijkste behandeling is een groep doelgerichte geneesmiddelen: de <strong>tyrosinekinaseremmers</strong> (TKI's). Ze blokkeren het signaal van het BCR-ABL-gen. U neemt ze thuis in, als tabletten. Bij veel mensen houden ze CML vele jaren onder controle.</p>"
                          "<ul>"
                          "<li>Neem de tabletten precies zoals voorgeschreven. Stop er niet mee en verander niets op eigen houtje.</li>"
                          "<li>Vertel uw team over bijwerkingen, en over alle andere geneesmiddelen en supplementen die u neemt. Sommige geneesmiddelen en voedingsmiddelen, zoals pompelmoes (grapefruit), kunnen de werking van deze tabletten verstoren.</li>"
                          "<li>U krijgt regelmatig een bloedtest. Die meet de hoeveelheid BCR-ABL en toont hoe goed de behandeling werkt.</li>"
                          "</ul>"
                          "<p>Werkt een geneesmiddel niet goed genoeg of geeft het te veel bijwerkingen? Dan zijn er andere TKI's om naar over te schakelen. Een stamceltransplantatie is maar zelden nodig. Sommige mensen bij wie CML al lange tijd heel goed onder controle is, kunnen onder nauwe opvolging stoppen met de behandeling. Uw hematoloog (een arts die gespecialiseerd is in bloedziekten) legt uit wat bij u past.</p>",
                    "fr": "<p>Le diagnostic repose sur des prises de sang et, en général, un <strong>examen de la moelle osseuse</strong> : sous anesthésie locale, on prélève avec une aiguille un petit échantillon de moelle. Les analyses recherchent le chromosome Philadelphie et le gène BCR-ABL.</p>"
                          "<p>Le traitement principal est un groupe de médicaments ciblés appelés <strong>inhibiteurs de tyrosine kinase</strong> (ITK). Ils bloquent le signal du gène BCR-ABL. Ils se prennent sous forme de comprimés, à la maison. Chez beaucoup de personnes, ils contrôlent la LMC pendant de nombreuses années.</p>"
                          "<ul>"
                          "<li>Prenez les comprimés exactement comme prescrit. Ne les arrêtez pas et ne les modifiez pas de vous-même.</li>"
                          "<li>Parlez à votre équipe des effets secondaires, et de tous les autres médicaments et compléments que vous prenez. Certains médicaments et aliments, comme le pamplemousse, peuvent perturber l'action de ces comprimés.</li>"
                          "<li>Vous aurez des prises de sang régulières. Elles mesurent la quantité de BCR-ABL et montrent si le traitement fonctionne bien.</li>"
                          "</ul>"
                          "<p>Si un médicament ne marche pas assez bien ou cause trop d'effets secondaires, il existe d'autres ITK. Une greffe de cellules souches n'est que rarement nécessaire. Certaines personnes dont la LMC est très bien contrôlée depuis longtemps peuvent arrêter le traitement, sous surveillance étroite. Votre hématologue (un médecin spécialiste des maladies du sang) vous expliquera ce qui vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {
                    "en": "Key points",
                    "nl": "Belangrijk om te onthouden",
                    "fr": "Points clés",
                },
                "body": {
                    "en": "<ul>"
                          "<li>CML is a leukemia of the myeloid cells that usually develops slowly.</li>"
                          "<li>It is caused by the Philadelphia chromosome, which creates the abnormal BCR-ABL gene. This change is not inherited.</li>"
                          "<li>It is often found by chance during a blood test.</li>"
                          "<li>Targeted tablets (TKIs) keep CML under control in many people. Take them exactly as prescribed.</li>"
                          "<li>Regular blood tests show how well the treatment works. Your haematologist will explain your results.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li>CML is een leukemie van de myeloïde cellen die zich meestal traag ontwikkelt.</li>"
                          "<li>Ze wordt veroorzaakt door het Philadelphiachromosoom, dat het abnormale BCR-ABL-gen vormt. Deze verandering is niet erfelijk.</li>"
                          "<li>Ze wordt vaak toevallig ontdekt bij een bloedtest.</li>"
                          "<li>Doelgerichte tabletten (TKI's) houden CML bij veel mensen onder controle. Neem ze precies zoals voorgeschreven.</li>"
                          "<li>Regelmatige bloedtesten tonen hoe goed de behandeling werkt. Uw hematoloog licht uw resultaten toe.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li>La LMC est une leucémie des cellules myéloïdes qui évolue en général lentement.</li>"
                          "<li>Elle est due au chromosome Philadelphie, qui crée le gène anormal BCR-ABL. Cette modification n'est pas héréditaire.</li>"
                          "<li>Elle est souvent découverte par hasard lors d'une prise de sang.</li>"
                          "<li>Des comprimés de thérapie ciblée (ITK) contrôlent la LMC chez beaucoup de personnes. Prenez-les exactement comme prescrit.</li>"
                          "<li>Des prises de sang régulières montrent si le traitement fonctionne bien. Votre hématologue vous expliquera vos résultats.</li>"
                          "</ul>",
                },
            },
            {
                "callout": "urgent_help",
                "heading": {
                    "en": "When to get urgent help",
                    "nl": "Wanneer dringend hulp zoeken",
                    "fr": "Quand demander de l'aide en urgence",
                },
                "body": {
                    "en": "<ul>"
                          "<li><strong>Bleeding that does not stop or severe shortness of breath</strong>: call <strong>112</strong> or go to the emergency department.</li>"
                          "<li><strong>Fever that does not go away, frequent infections, unusual bruising or bleeding, new bone pain, or pain or swelling on the left side of the belly that gets worse quickly</strong>: contact your haematology team or GP the same day. These can be signs that the disease is changing.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li><strong>Een bloeding die niet stopt of erge kortademigheid</strong>: bel <strong>112</strong> of ga naar de spoedgevallendienst.</li>"
                          "<li><strong>Koorts die niet overgaat, vaak infecties, ongewone blauwe plekken of bloedingen, nieuwe botpijn, of pijn of zwelling links in de buik die snel erger wordt</strong>: neem dezelfde dag contact op met uw hematologieteam of huisarts. Dit kunnen tekenen zijn dat de ziekte verandert.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li><strong>Saignement qui ne s'arrête pas ou essoufflement important</strong> : appelez le <strong>112</strong> ou rendez-vous aux urgences.</li>"
                          "<li><strong>Fièvre qui ne passe pas, infections fréquentes, bleus ou saignements inhabituels, nouvelles douleurs osseuses, ou douleur ou gonflement du côté gauche du ventre qui s'aggrave vite</strong> : contactez le jour même votre équipe d'hématologie ou votre médecin généraliste. Ces signes peuvent indiquer que la maladie change.</li>"
                          "</ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Chronic lymphocytic leukemia (CLL)
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": "leukemia",
        "position": 40,
        "slug": {
            "en": "chronic-lymphocytic-leukemia",
            "nl": "chronische-lymfatische-leukemie",
            "fr": "leucemie-lymphoide-chronique",
        },
        "name": {
            "en": "Chronic lymphocytic leukemia (CLL)",
            "nl": "Chronische lymfatische leukemie (CLL)",
            "fr": "Leucémie lymphoïde chronique (LLC)",
        },
        "summary": {
            "en": "Chronic lymphocytic leukemia (CLL) is a cancer of the lymphocytes, a kind of white blood cell, that usually grows slowly. It mainly affects older adults and is often found by chance during a blood test. Many people do not need treatment straight away and are followed up with regular check-ups.",
            "nl": "Chronische lymfatische leukemie (CLL) is een kanker van de lymfocyten, een soort witte bloedcellen, die meestal traag groeit. De ziekte treft vooral oudere volwassenen en wordt vaak toevallig ontdekt bij een bloedtest. Veel mensen hebben niet meteen een behandeling nodig en worden regelmatig opgevolgd.",
            "fr": "La leucémie lymphoïde chronique (LLC) est un cancer des lymphocytes, une sorte de globules blancs, qui évolue en général lentement. Elle touche surtout les personnes âgées et est souvent découverte par hasard lors d'une prise de sang. Beaucoup de personnes n'ont pas besoin d'un traitement tout de suite et sont suivies par des contrôles réguliers.",
        },
        "related": [
            "acute-myeloid-leukemia",
            "acute-lymphoblastic-leukemia",
            "chronic-myeloid-leukemia",
            "non-hodgkin-lymphoma",
        ],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is CLL?",
                    "nl": "Wat is CLL?",
                    "fr": "Qu'est-ce que la LLC ?",
                },
                "body": {
                    "en": "<p>Chronic lymphocytic leukemia, or CLL, is a type of leukemia: a cancer of the blood that starts in the bone marrow, where blood cells are made.</p>"
                          "<p><em>Chronic</em> means that the disease usually develops slowly. <em>Lymphocytic</em> means that it affects the <strong>lymphocytes</strong>: white blood cells that help the body fight infections.</p>"
                          "<p>CLL is one of the most common types of leukemia in adults in Europe. It mostly affects older adults and is very rare in children.</p>",
                    "nl": "<p>Chronische lymfatische leukemie, kortweg CLL, is een vorm van leukemie: een kanker van het bloed die begint in het beenmerg, waar bloedcellen worden gemaakt.</p>"
                          "<p><em>Chronisch</em> betekent dat de ziekte zich meestal traag ontwikkelt. <em>Lymfatisch</em> betekent dat ze de <strong>lymfocyten</strong> treft: witte bloedcellen die het lichaam helpen om infecties te bestrijden.</p>"
                          "<p>CLL is een van de meest voorkomende vormen van leukemie bij volwassenen in Europa. Ze treft vooral oudere volwassenen en is heel zeldzaam bij kinderen.</p>",
                    "fr": "<p>La leucémie lymphoïde chronique, ou LLC, est une forme de leucémie : un cancer du sang qui naît dans la moelle osseuse, là où sont fabriquées les cellules du sang.</p>"
                          "<p><em>Chronique</em> veut dire que la maladie se développe en général lentement. <em>Lymphoïde</em> veut dire qu'elle touche les <strong>lymphocytes</strong> : des globules blancs qui aident le corps à combattre les infections.</p>"
                          "<p>La LLC est l'une des leucémies les plus fréquentes chez l'adulte en Europe. Elle touche surtout les personnes âgées et est très rare chez l'enfant.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Which cells are involved?",
                    "nl": "Welke cellen zijn betrokken?",
                    "fr": "Quelles cellules sont touchées ?",
                },
                "body": {
                    "en": "<p>CLL affects a type of lymphocyte called the <strong>B cell</strong>. Because of changes (mutations) in their DNA, abnormal B cells are made. They look almost mature, but they do not work properly. They also live much longer than normal cells. Over time, they build up in the blood, the bone marrow, the lymph nodes and the spleen.</p>"
                          "<p>These abnormal B cells do not protect well against germs. They can also crowd out healthy cells. That is why people with CLL get infections more easily. Later in the disease, there may also be too few red blood cells or platelets.</p>"
                          "<p>CLL is closely related to <em>small lymphocytic lymphoma</em>. Doctors see them as one disease, found mainly in the blood (CLL) or mainly in the lymph nodes (lymphoma).</p>",
                    "nl": "<p>CLL treft een soort lymfocyten die <strong>B-cellen</strong> heten. Door veranderingen (mutaties) in hun DNA worden abnormale B-cellen gemaakt. Ze zien er bijna volwassen uit, maar werken niet goed. Ze leven ook veel langer dan normale cellen. Na verloop van tijd stapelen ze zich op in het bloed, het beenmerg, de lymfeklieren en de milt.</p>"
                          "<p>Deze abnormale B-cellen beschermen slecht tegen ziektekiemen. Ze kunnen ook gezonde cellen verdringen. Daarom krijgen mensen met CLL makkelijker infecties. Later in de ziekte kunnen er ook te weinig rode bloedcellen of bloedplaatjes zijn.</p>"
                          "<p>CLL is nauw verwant aan het <em>kleincellig lymfocytair lymfoom</em>. Artsen zien ze als één ziekte, die vooral in het bloed (CLL) of vooral in de lymfeklieren (lymfoom) zit.</p>",
                    "fr": "<p>La LLC touche une sorte de lymphocytes appelés <strong>lymphocytes B</strong>. À cause de modifications (mutations) de leur ADN, des lymphocytes B anormaux sont fabriqués. Ils ont l'air presque mûrs, mais ils ne fonctionnent pas bien. Ils vivent aussi beaucoup plus longtemps que les cellules normales. Avec le temps, ils s'accumulent dans le sang, la moelle osseuse, les ganglions lymphatiques et la rate.</p>"
                          "<p>Ces lymphocytes B anormaux protègent mal contre les microbes. Ils peuvent aussi étouffer les cellules saines. C'est pourquoi les personnes atteintes de LLC attrapent plus facilement des infections. Plus tard dans la maladie, il peut aussi y avoir trop peu de globules rouges ou de plaquettes.</p>"
                          "<p>La LLC est très proche du <em>lymphome lymphocytique</em>. Les médecins les considèrent comme une seule maladie, présente surtout dans le sang (LLC) ou surtout dans les ganglions (lymphome).</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How does CLL behave?",
                    "nl": "Hoe verloopt CLL?",
                    "fr": "Comment évolue la LLC ?",
                },
                "body": {
                    "en": "<p>CLL often causes no symptoms for a long time. It is frequently found by chance, when a blood test shows a high number of lymphocytes. Possible signs include:</p>"
                          "<ul>"
                          "<li>painless swollen lymph nodes in the neck, armpits or groin;</li>"
                          "<li>tiredness;</li>"
                          "<li>infections that keep coming back;</li>"
                          "<li>night sweats, fever, or losing weight without trying.</li>"
                          "</ul>"
                          "<p>CLL behaves differently from person to person. In some people it stays stable for many years. In others it grows faster and needs treatment sooner.</p>",
                    "nl": "<p>CLL geeft vaak lange tijd geen klachten. De ziekte wordt vaak toevallig ontdekt, wanneer een bloedtest een hoog aantal lymfocyten toont. Mogelijke tekenen zijn:</p>"
                          "<ul>"
                          "<li>pijnloze, gezwollen lymfeklieren in de hals, oksels of liezen;</li>"
                          "<li>vermoeidheid;</li>"
                          "<li>infecties die steeds terugkomen;</li>"
                          "<li>nachtelijk zweten, koorts, of vermageren zonder dat u het probeert.</li>"
                          "</ul>"
                          "<p>CLL verloopt bij iedereen anders. Bij sommige mensen blijft de ziekte vele jaren stabiel. Bij anderen groeit ze sneller en is er sneller een behandeling nodig.</p>",
                    "fr": "<p>La LLC ne donne souvent aucun symptôme pendant longtemps. Elle est souvent découverte par hasard, quand une prise de sang montre un nombre élevé de lymphocytes. Les signes possibles sont :</p>"
                          "<ul>"
                          "<li>des ganglions gonflés et indolores dans le cou, sous les aisselles ou à l'aine ;</li>"
                          "<li>de la fatigue ;</li>"
                          "<li>des infections qui reviennent ;</li>"
                          "<li>des sueurs nocturnes, de la fièvre, ou une perte de poids sans raison.</li>"
                          "</ul>"
                          "<p>La LLC évolue différemment d'une personne à l'autre. Chez certaines, elle reste stable pendant de nombreuses années. Chez d'autres, elle progresse plus vite et doit être traitée plus tôt.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Diagnosis and treatment",
                    "nl": "Diagnose en behandeling",
                    "fr": "Diagnostic et traitement",
                },
                "body": {
                    "en": "<p>The diagnosis is usually made with a blood test. A special test called <strong>flow cytometry</strong> checks the markers on the surface of the lymphocytes to confirm CLL. A bone marrow examination is not always needed. Before treatment, extra tests on the CLL cells help to choose the most suitable medicines.</p>"
                          "<p>Many people with CLL do not need treatment when the disease is found. Instead, they have regular check-ups and blood tests. This is called <strong>active monitoring</strong>, or 'watch and wait'. Starting treatment early, before the disease causes problems, has not been shown to help people live longer. It can feel strange not to be treated for a cancer, but this is a normal and safe approach for CLL.</p>"
                          "<p>Treatment starts when the disease begins to cause problems, for example troublesome symptoms, lymph nodes that grow quickly, or low numbers of red blood cells or platelets. Possible treatments include:</p>"
                          "<ul>"
                          "<li><strong>targeted medicines</strong>, often tablets, that block signals the CLL cells need to survive;</li>"
                          "<li><strong>antibodies</strong> (a form of immunotherapy) that attach to the CLL cells and help the immune system destroy them;</li>"
                          "<li>sometimes <strong>chemotherapy</strong>, often combined with antibodies.</li>"
                          "</ul>"
                          "<p>Because infections are more common, your team may also advise vaccinations or other ways to prevent them. Your haematologist (a doctor who specialises in blood diseases) will explain whether and when treatment is needed, and which treatment suits you.</p>",
                    "nl": "<p>De diagnose wordt meestal gesteld met een bloedtest. Een speciaal onderzoek, <strong>flowcytometrie</strong>, bekijkt de kenmerken op het oppervlak van de lymfocyten om CLL te bevestigen. Een beenmergonderzoek is niet altijd nodig. Vóór een behandeling helpen extra onderzoeken op de CLL-cellen om de meest geschikte geneesmiddelen te kiezen.</p>"
                          "<p>Veel mensen met CLL hebben geen behandeling nodig wanneer de ziekte ontdekt wordt. Ze krijgen wel regelmatig controles en bloedtesten. Dat heet <strong>actieve opvolging</strong>, of 'afwachten en opvolgen'. Er is niet aangetoond dat vroeg starten met een behandeling, voordat de ziekte problemen geeft, mensen langer laat leven. Het kan vreemd aanvoelen om niet behandeld te worden voor een kanker, maar voor CLL is dit een normale en veilige aanpak.</p>"
                          "<p>De behandeling start wanneer de ziekte problemen begint te geven, bijvoorbeeld hinderlijke klachten, snel groeiende lymfeklieren, of te weinig rode bloedcellen of bloedplaatjes. Mogelijke behandelingen zijn:</p>"
                          "<ul>"
                          "<li><strong>doelgerichte geneesmiddelen</strong>, vaak tabletten, die signalen blokkeren die de CLL-cellen nodig hebben om te overleven;</li>"
                          "<li><strong>antistoffen</strong> (een vorm van immunotherapie) die zich aan de CLL-cellen hechten en het immuunsysteem helpen om ze te vernietigen;</li>"
                          "<li>soms <strong>chemotherapie</strong>, vaak samen met antistoffen.</li>"
                          "</ul>"
                          "<p>Omdat infecties vaker voorkomen, kan uw team ook vaccinaties of andere maatregelen aanraden om ze te voorkomen. Uw hematoloog (een arts die gespecialiseerd is in bloedziekten) legt uit of en wanneer een behandeling nodig is, en welke behandeling bij u past.</p>",
                    "fr": "<p>Le diagnostic se fait en général par une prise de sang. Un examen spécial, la <strong>cytométrie en flux</strong>, analyse les marqueurs présents à la surface des lymphocytes pour confirmer la LLC. Un examen de la moelle osseuse n'est pas toujours nécessaire. Avant un traitement, d'autres analyses des cellules de LLC aident à choisir les médicaments les plus adaptés.</p>"
                          "<p>Beaucoup de personnes atteintes de LLC n'ont pas besoin d'un traitement au moment du diagnostic. Elles ont plutôt des contrôles et des prises de sang réguliers. C'est ce qu'on appelle la <strong>surveillance active</strong>. Il n'a pas été démontré que commencer un traitement tôt, avant que la maladie ne pose problème, aide à vivre plus longtemps. Il peut sembler étrange de ne pas être traité pour un cancer, mais c'est une approche normale et sûre dans la LLC.</p>"
                          "<p>Le traitement débute quand la maladie commence à poser problème, par exemple en cas de symptômes gênants, de ganglions qui grossissent vite, ou d'un manque de globules rouges ou de plaquettes. Les traitements possibles sont :</p>"
                          "<ul>"
                          "<li>des <strong>médicaments ciblés</strong>, souvent en comprimés, qui bloquent des signaux dont les cellules de LLC ont besoin pour survivre ;</li>"
                          "<li>des <strong>anticorps</strong> (une forme d'immunothérapie) qui se fixent sur les cellules de LLC et aident le système immunitaire à les détruire ;</li>"
                          "<li>parfois une <strong>chimiothérapie</strong>, souvent associée à des anticorps.</li>"
                          "</ul>"
                          "<p>Comme les infections sont plus fréquentes, votre équipe peut aussi conseiller des vaccinations ou d'autres mesures pour les prévenir. Votre hématologue (un médecin spécialiste des maladies du sang) vous expliquera si et quand un traitement est nécessaire, et lequel vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {
                    "en": "Key points",
                    "nl": "Belangrijk om te onthouden",
                    "fr": "Points clés",
                },
                "body": {
                    "en": "<ul>"
                          "<li>CLL is a leukemia of the B lymphocytes that usually grows slowly.</li>"
                          "<li>It mainly affects older adults and is often found by chance during a blood test.</li>"
                          "<li>Many people do not need treatment straight away and are followed up with regular check-ups.</li>"
                          "<li>When treatment is needed, targeted medicines, antibodies and sometimes chemotherapy are used.</li>"
                          "<li>People with CLL get infections more easily. Ask your team about vaccinations.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li>CLL is een leukemie van de B-lymfocyten die meestal traag groeit.</li>"
                          "<li>Ze treft vooral oudere volwassenen en wordt vaak toevallig ontdekt bij een bloedtest.</li>"
                          "<li>Veel mensen hebben niet meteen een behandeling nodig en worden regelmatig opgevolgd.</li>"
                          "<li>Als een behandeling nodig is, worden doelgerichte geneesmiddelen, antistoffen en soms chemotherapie gebruikt.</li>"
                          "<li>Mensen met CLL krijgen makkelijker infecties. Vraag uw team naar vaccinaties.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li>La LLC est une leucémie des lymphocytes B qui évolue en général lentement.</li>"
                          "<li>Elle touche surtout les personnes âgées et est souvent découverte par hasard lors d'une prise de sang.</li>"
                          "<li>Beaucoup de personnes n'ont pas besoin d'un traitement tout de suite et sont suivies par des contrôles réguliers.</li>"
                          "<li>Quand un traitement est nécessaire, on utilise des médicaments ciblés, des anticorps et parfois une chimiothérapie.</li>"
                          "<li>Les personnes atteintes de LLC attrapent plus facilement des infections. Parlez des vaccinations avec votre équipe.</li>"
                          "</ul>",
                },
            },
            {
                "callout": "urgent_help",
                "heading": {
                    "en": "When to get urgent help",
                    "nl": "Wanneer dringend hulp zoeken",
                    "fr": "Quand demander de l'aide en urgence",
                },
                "body": {
                    "en": "<ul>"
                          "<li><strong>Severe shortness of breath, bleeding that does not stop or sudden confusion</strong>: call <strong>112</strong> or go to the emergency department.</li>"
                          "<li><strong>Fever, shivers or chills</strong>, especially during treatment: contact your haematology team or GP the same day, and straight away if you feel very unwell.</li>"
                          "<li><strong>Yellow skin or eyes, dark urine, or tiredness and breathlessness that get worse quickly</strong>: contact your haematology team the same day. In CLL, the immune system sometimes attacks the body's own red blood cells.</li>"
                          "</ul>",
                    "nl": "<ul>"
                          "<li><strong>Erge kortademigheid, een bloeding die niet stopt of plotse verwardheid</strong>: bel <strong>112</strong> of ga naar de spoedgevallendienst.</li>"
                          "<li><strong>Koorts of koude rillingen</strong>, zeker tijdens een behandeling: neem dezelfde dag contact op met uw hematologieteam of huisarts, en meteen als u zich erg ziek voelt.</li>"
                          "<li><strong>Een gele huid of gele ogen, donkere urine, of vermoeidheid en kortademigheid die snel erger worden</strong>: neem dezelfde dag contact op met uw hematologieteam. Bij CLL valt het afweersysteem soms de eigen rode bloedcellen aan.</li>"
                          "</ul>",
                    "fr": "<ul>"
                          "<li><strong>Essoufflement important, saignement qui ne s'arrête pas ou confusion soudaine</strong> : appelez le <strong>112</strong> ou rendez-vous aux urgences.</li>"
                          "<li><strong>Fièvre ou frissons</strong>, surtout pendant un traitement : contactez le jour même votre équipe d'hématologie ou votre médecin généraliste, et tout de suite si vous vous sentez très mal.</li>"
                          "<li><strong>Peau ou yeux jaunes, urines foncées, ou fatigue et essoufflement qui s'aggravent vite</strong> : contactez votre équipe d'hématologie le jour même. Dans la LLC, le système immunitaire attaque parfois les propres globules rouges du corps.</li>"
                          "</ul>",
                },
            },
        ],
    },
]
