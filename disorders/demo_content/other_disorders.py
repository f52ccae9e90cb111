"""Demo content: lymphomas, myeloma, MDS, MPN, red cell disorders and bleeding disorders.

Trilingual (en / nl / fr) patient information. Plain language, no figures, no personal advice.
"""

DISORDERS = [
    # ------------------------------------------------------------------
    # Hodgkin lymphoma
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 20,
        "slug": {"en": "hodgkin-lymphoma", "nl": "hodgkinlymfoom", "fr": "lymphome-de-hodgkin"},
        "name": {"en": "Hodgkin lymphoma", "nl": "Hodgkinlymfoom", "fr": "Lymphome de Hodgkin"},
        "summary": {
            "en": "Hodgkin lymphoma is a cancer of the lymphatic system, the network of glands and vessels that helps the body fight infection. It often starts as a painless swelling in the neck, armpit or groin. It usually responds well to treatment, and many people are cured.",
            "nl": "Hodgkinlymfoom is een kanker van het lymfestelsel, het netwerk van klieren en vaten dat het lichaam helpt om infecties te bestrijden. Het begint vaak als een pijnloze zwelling in de hals, de oksel of de lies. Het reageert meestal goed op behandeling en veel mensen genezen.",
            "fr": "Le lymphome de Hodgkin est un cancer du système lymphatique, le réseau de ganglions et de vaisseaux qui aide le corps à combattre les infections. Il commence souvent par un gonflement indolore dans le cou, sous l'aisselle ou à l'aine. Il répond généralement bien au traitement, et beaucoup de personnes guérissent.",
        },
        "related": ["non-hodgkin-lymphoma", "chronic-lymphocytic-leukemia", "leukemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is Hodgkin lymphoma?",
                    "nl": "Wat is hodgkinlymfoom?",
                    "fr": "Qu'est-ce que le lymphome de Hodgkin ?",
                },
                "body": {
                    "en": "<p>Lymphoma is a cancer of <strong>lymphocytes</strong>, a type of white blood cell that fights infection. Lymphocytes live mainly in the <strong>lymph nodes</strong>: small, bean-shaped glands in the neck, armpits, groin, chest and belly.</p>"
                          "<p>In Hodgkin lymphoma, some lymphocytes change and grow out of control. Under the microscope, doctors see typical large abnormal cells, called <strong>Reed-Sternberg cells</strong>. This is what sets Hodgkin lymphoma apart from the other lymphomas, which are grouped together as non-Hodgkin lymphoma.</p>"
                          "<p>Hodgkin lymphoma can happen at any age, including in teenagers and young adults. In most people, the cause is not known. It is not contagious, and you did not cause it. A weakened immune system, or an earlier infection with the Epstein-Barr virus (which causes glandular fever), may slightly raise the risk.</p>",
                    "nl": "<p>Een lymfoom is een kanker van de <strong>lymfocyten</strong>, een soort witte bloedcellen die infecties bestrijden. Lymfocyten zitten vooral in de <strong>lymfeklieren</strong>: kleine, boonvormige kliertjes in de hals, de oksels, de liezen, de borstkas en de buik.</p>"
                          "<p>Bij hodgkinlymfoom veranderen sommige lymfocyten en groeien ze ongeremd. Onder de microscoop zien artsen typische grote, afwijkende cellen, de <strong>Reed-Sternbergcellen</strong>. Daardoor verschilt hodgkinlymfoom van de andere lymfomen, die samen non-hodgkinlymfoom heten.</p>"
                          "<p>Hodgkinlymfoom kan op elke leeftijd voorkomen, ook bij tieners en jongvolwassenen. Bij de meeste mensen is de oorzaak onbekend. Het is niet besmettelijk en u hebt het niet zelf veroorzaakt. Een verzwakt afweersysteem of een vroegere infectie met het epstein-barrvirus (dat klierkoorts veroorzaakt) kan het risico iets verhogen.</p>",
                    "fr": "<p>Un lymphome est un cancer des <strong>lymphocytes</strong>, un type de globules blancs qui combattent les infections. Les lymphocytes se trouvent surtout dans les <strong>ganglions lymphatiques</strong> : de petits organes en forme de haricot situés dans le cou, les aisselles, l'aine, le thorax et le ventre.</p>"
                          "<p>Dans le lymphome de Hodgkin, certains lymphocytes se transforment et se multiplient sans contrôle. Au microscope, les médecins voient de grandes cellules anormales typiques, appelées <strong>cellules de Reed-Sternberg</strong>. C'est ce qui distingue le lymphome de Hodgkin des autres lymphomes, regroupés sous le nom de lymphomes non hodgkiniens.</p>"
                          "<p>Le lymphome de Hodgkin peut survenir à tout âge, y compris chez les adolescents et les jeunes adultes. Chez la plupart des personnes, la cause est inconnue. Il n'est pas contagieux, et vous n'en êtes pas responsable. Un système immunitaire affaibli, ou une infection passée par le virus d'Epstein-Barr (qui cause la mononucléose), peut augmenter légèrement le risque.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>The most common sign is a <strong>painless swelling</strong> in the neck, armpit or groin that does not go away. Other possible signs are:</p>"
                          "<ul><li>fevers that come and go without a clear reason</li>"
                          "<li>heavy sweating at night, soaking your sheets</li>"
                          "<li>losing weight without trying</li>"
                          "<li>itching all over the body</li>"
                          "<li>feeling very tired</li>"
                          "<li>a cough or shortness of breath, if lymph nodes in the chest are swollen</li></ul>"
                          "<p>These signs are much more often caused by common infections. See your GP if a swelling lasts more than a few weeks, or if you have several of these signs.</p>",
                    "nl": "<p>Het meest voorkomende teken is een <strong>pijnloze zwelling</strong> in de hals, de oksel of de lies die niet weggaat. Andere mogelijke tekens zijn:</p>"
                          "<ul><li>koorts die komt en gaat zonder duidelijke reden</li>"
                          "<li>hevig zweten 's nachts, waarbij uw lakens doorweekt raken</li>"
                          "<li>gewichtsverlies zonder dat u het probeert</li>"
                          "<li>jeuk over het hele lichaam</li>"
                          "<li>erg moe zijn</li>"
                          "<li>hoesten of kortademigheid, als lymfeklieren in de borstkas gezwollen zijn</li></ul>"
                          "<p>Deze tekens worden veel vaker veroorzaakt door gewone infecties. Ga naar uw huisarts als een zwelling langer dan enkele weken blijft, of als u meerdere van deze tekens hebt.</p>",
                    "fr": "<p>Le signe le plus fréquent est un <strong>gonflement indolore</strong> dans le cou, sous l'aisselle ou à l'aine, qui ne disparaît pas. D'autres signes possibles sont :</p>"
                          "<ul><li>de la fièvre qui va et vient sans raison claire</li>"
                          "<li>des sueurs nocturnes abondantes, au point de tremper les draps</li>"
                          "<li>une perte de poids sans le vouloir</li>"
                          "<li>des démangeaisons sur tout le corps</li>"
                          "<li>une grande fatigue</li>"
                          "<li>une toux ou un essoufflement, si des ganglions du thorax sont gonflés</li></ul>"
                          "<p>Ces signes sont bien plus souvent dus à des infections banales. Consultez votre médecin généraliste si un gonflement dure plus de quelques semaines, ou si vous avez plusieurs de ces signes.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>To be sure, a doctor needs to remove a swollen lymph node, or part of it, and look at it under the microscope. This is called a <strong>biopsy</strong>. It is usually done under local or general anaesthetic.</p>"
                          "<p>If you have Hodgkin lymphoma, more tests show how far it has spread. This is called <strong>staging</strong>. You will usually have blood tests and a <strong>PET-CT scan</strong>, a scan that shows where the lymphoma is active in the body. The stage and other factors help your haematologist choose the best treatment.</p>",
                    "nl": "<p>Om zeker te zijn, moet een arts een gezwollen lymfeklier of een deel ervan wegnemen en onder de microscoop onderzoeken. Dat heet een <strong>biopsie</strong>. Dit gebeurt meestal onder plaatselijke of algemene verdoving.</p>"
                          "<p>Als u hodgkinlymfoom hebt, tonen verdere onderzoeken hoe ver het zich heeft verspreid. Dat heet <strong>stadiëring</strong>. Meestal krijgt u bloedonderzoek en een <strong>PET-CT-scan</strong>, een scan die toont waar in het lichaam het lymfoom actief is. Het stadium en andere factoren helpen uw hematoloog om de beste behandeling te kiezen.</p>",
                    "fr": "<p>Pour en être sûr, un médecin doit retirer un ganglion gonflé, ou une partie de celui-ci, et l'examiner au microscope. C'est ce qu'on appelle une <strong>biopsie</strong>. Elle se fait généralement sous anesthésie locale ou générale.</p>"
                          "<p>Si vous avez un lymphome de Hodgkin, d'autres examens montrent jusqu'où il s'est étendu. C'est le <strong>bilan d'extension</strong>. Vous aurez généralement des prises de sang et un <strong>PET-CT</strong>, un examen qui montre où le lymphome est actif dans le corps. Le stade et d'autres éléments aident votre hématologue à choisir le meilleur traitement.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment le traite-t-on ?",
                },
                "body": {
                    "en": "<p>Hodgkin lymphoma usually responds well to treatment, and many people are cured. The main treatments are:</p>"
                          "<ul><li><strong>chemotherapy</strong>: medicines that kill the lymphoma cells, usually given in cycles through a drip</li>"
                          "<li><strong>radiotherapy</strong>: high-energy rays aimed at the affected area</li>"
                          "<li><strong>newer medicines</strong>, such as antibody treatments or immunotherapy, for some people</li>"
                          "<li>high-dose chemotherapy with a <strong>stem cell transplant</strong>, if the lymphoma comes back</li></ul>"
                          "<p>Treatment can cause side effects, such as tiredness, hair loss, feeling sick and a higher risk of infection. Some treatments can affect fertility, so ask about this before you start. Your haematologist will explain which treatment suits you. After treatment, you will have regular check-ups for several years.</p>",
                    "nl": "<p>Hodgkinlymfoom reageert meestal goed op behandeling en veel mensen genezen. De belangrijkste behandelingen zijn:</p>"
                          "<ul><li><strong>chemotherapie</strong>: geneesmiddelen die de lymfoomcellen doden, meestal in kuren via een infuus</li>"
                          "<li><strong>radiotherapie</strong> (bestraling): stralen met veel energie, gericht op de aangetaste zone</li>"
                          "<li><strong>nieuwere geneesmiddelen</strong>, zoals antistoffen of immunotherapie, voor sommige mensen</li>"
                          "<li>hoge dosis chemotherapie met een <strong>stamceltransplantatie</strong>, als het lymfoom terugkomt</li></ul>"
                          "<p>De behandeling kan bijwerkingen geven, zoals vermoeidheid, haaruitval, misselijkheid en een hoger risico op infecties. Sommige behandelingen kunnen de vruchtbaarheid aantasten; vraag daar dus naar vóór de start. Uw hematoloog legt uit welke behandeling bij u past. Na de behandeling volgen gedurende meerdere jaren regelmatige controles.</p>",
                    "fr": "<p>Le lymphome de Hodgkin répond généralement bien au traitement, et beaucoup de personnes guérissent. Les principaux traitements sont :</p>"
                          "<ul><li>la <strong>chimiothérapie</strong> : des médicaments qui tuent les cellules du lymphome, généralement donnés en cures par perfusion</li>"
                          "<li>la <strong>radiothérapie</strong> : des rayons de haute énergie dirigés vers la zone atteinte</li>"
                          "<li>des <strong>médicaments plus récents</strong>, comme des anticorps ou une immunothérapie, pour certaines personnes</li>"
                          "<li>une chimiothérapie à haute dose avec une <strong>greffe de cellules souches</strong>, si le lymphome revient</li></ul>"
                          "<p>Le traitement peut provoquer des effets secondaires, comme de la fatigue, une chute des cheveux, des nausées et un risque accru d'infection. Certains traitements peuvent affecter la fertilité : parlez-en avant de commencer. Votre hématologue vous expliquera quel traitement vous convient. Après le traitement, vous aurez des contrôles réguliers pendant plusieurs années.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Hodgkin lymphoma is a cancer of lymphocytes, a type of white blood cell.</li>"
                          "<li>The most common sign is a painless swelling in the neck, armpit or groin.</li>"
                          "<li>A biopsy of a lymph node is needed to make the diagnosis.</li>"
                          "<li>It usually responds well to treatment, and many people are cured.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Hodgkinlymfoom is een kanker van de lymfocyten, een soort witte bloedcellen.</li>"
                          "<li>Het meest voorkomende teken is een pijnloze zwelling in de hals, de oksel of de lies.</li>"
                          "<li>Voor de diagnose is een biopsie van een lymfeklier nodig.</li>"
                          "<li>Het reageert meestal goed op behandeling en veel mensen genezen.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Le lymphome de Hodgkin est un cancer des lymphocytes, un type de globules blancs.</li>"
                          "<li>Le signe le plus fréquent est un gonflement indolore dans le cou, sous l'aisselle ou à l'aine.</li>"
                          "<li>Une biopsie d'un ganglion est nécessaire pour poser le diagnostic.</li>"
                          "<li>Il répond généralement bien au traitement, et beaucoup de personnes guérissent.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>During chemotherapy, a fever, shivering or suddenly feeling very unwell can be a sign of a serious infection. Contact your haematology team straight away, day or night.</li>"
                          "<li>Call 112 or go to the emergency department if you have severe difficulty breathing, chest pain, or swelling of the face and neck.</li>"
                          "<li>Contact your haematology team the same day if you have new bleeding or bruising, or cannot keep fluids down.</li></ul>",
                    "nl": "<ul><li>Tijdens chemotherapie kunnen koorts, rillingen of u plots erg ziek voelen wijzen op een ernstige infectie. Neem meteen contact op met uw hematologieteam, dag en nacht.</li>"
                          "<li>Bel 112 of ga naar de spoeddienst bij ernstige ademnood, pijn op de borst, of zwelling van het gezicht en de hals.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam bij nieuwe bloedingen of blauwe plekken, of als u geen vocht binnenhoudt.</li></ul>",
                    "fr": "<ul><li>Pendant une chimiothérapie, de la fièvre, des frissons ou un malaise soudain peuvent être le signe d'une infection grave. Contactez immédiatement votre équipe d'hématologie, de jour comme de nuit.</li>"
                          "<li>Appelez le 112 ou rendez-vous aux urgences en cas de grande difficulté à respirer, de douleur dans la poitrine, ou de gonflement du visage et du cou.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même en cas de nouveaux saignements ou bleus, ou si vous n'arrivez pas à garder les liquides.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Non-Hodgkin lymphoma
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 30,
        "slug": {"en": "non-hodgkin-lymphoma", "nl": "non-hodgkinlymfoom", "fr": "lymphome-non-hodgkinien"},
        "name": {"en": "Non-Hodgkin lymphoma", "nl": "Non-hodgkinlymfoom", "fr": "Lymphome non hodgkinien"},
        "summary": {
            "en": "Non-Hodgkin lymphoma is a group of cancers of the lymphocytes, white blood cells that help fight infection. There are many types: some grow slowly over years, others grow quickly and need treatment straight away. Treatment depends on the type, and many types respond well.",
            "nl": "Non-hodgkinlymfoom is een groep kankers van de lymfocyten, witte bloedcellen die helpen om infecties te bestrijden. Er zijn veel soorten: sommige groeien jarenlang traag, andere groeien snel en moeten meteen behandeld worden. De behandeling hangt af van de soort, en veel soorten reageren goed.",
            "fr": "Le lymphome non hodgkinien est un groupe de cancers des lymphocytes, des globules blancs qui aident à combattre les infections. Il en existe de nombreux types : certains évoluent lentement pendant des années, d'autres grandissent vite et doivent être traités sans attendre. Le traitement dépend du type, et beaucoup de types répondent bien.",
        },
        "related": ["hodgkin-lymphoma", "chronic-lymphocytic-leukemia", "multiple-myeloma"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is non-Hodgkin lymphoma?",
                    "nl": "Wat is non-hodgkinlymfoom?",
                    "fr": "Qu'est-ce que le lymphome non hodgkinien ?",
                },
                "body": {
                    "en": "<p>Non-Hodgkin lymphoma is a cancer of <strong>lymphocytes</strong>, a type of white blood cell that helps the body fight infection. Lymphocytes travel around the body and gather in the <strong>lymph nodes</strong>, small bean-shaped glands in the neck, armpits, groin, chest and belly. In lymphoma, abnormal lymphocytes grow out of control, usually in the lymph nodes, but sometimes in other organs such as the stomach, the skin or the bone marrow.</p>"
                          "<p>Non-Hodgkin lymphoma is not one disease but a large group. Doctors sort the types in two main ways:</p>"
                          "<ul><li>by the kind of lymphocyte: most start in <strong>B cells</strong>, some in <strong>T cells</strong></li>"
                          "<li>by how fast they grow: <strong>slow-growing</strong> (also called low-grade or indolent) or <strong>fast-growing</strong> (high-grade or aggressive)</li></ul>"
                          "<p>It is more common in older adults. Usually the cause is not known. A weakened immune system and some infections can raise the risk. It is not contagious. Chronic lymphocytic leukemia is closely related and has its own page.</p>",
                    "nl": "<p>Non-hodgkinlymfoom is een kanker van de <strong>lymfocyten</strong>, een soort witte bloedcellen die het lichaam helpen om infecties te bestrijden. Lymfocyten reizen door het lichaam en verzamelen zich in de <strong>lymfeklieren</strong>, kleine boonvormige kliertjes in de hals, de oksels, de liezen, de borstkas en de buik. Bij een lymfoom groeien afwijkende lymfocyten ongeremd, meestal in de lymfeklieren, maar soms in andere organen zoals de maag, de huid of het beenmerg.</p>"
                          "<p>Non-hodgkinlymfoom is niet één ziekte, maar een grote groep. Artsen delen de soorten op twee manieren in:</p>"
                          "<ul><li>volgens het soort lymfocyt: de meeste ontstaan uit <strong>B-cellen</strong>, sommige uit <strong>T-cellen</strong></li>"
                          "<li>volgens hoe snel ze groeien: <strong>traag groeiend</strong> (ook laaggradig of indolent genoemd) of <strong>snel groeiend</strong> (hooggradig of agressief)</li></ul>"
                          "<p>Het komt vaker voor bij oudere volwassenen. Meestal is de oorzaak onbekend. Een verzwakt afweersysteem en sommige infecties kunnen het risico verhogen. Het is niet besmettelijk. Chronische lymfatische leukemie is nauw verwant en heeft een eigen pagina.</p>",
                    "fr": "<p>Le lymphome non hodgkinien est un cancer des <strong>lymphocytes</strong>, un type de globules blancs qui aident le corps à combattre les infections. Les lymphocytes circulent dans le corps et se regroupent dans les <strong>ganglions lymphatiques</strong>, de petits organes en forme de haricot situés dans le cou, les aisselles, l'aine, le thorax et le ventre. Dans un lymphome, des lymphocytes anormaux se multiplient sans contrôle, en général dans les ganglions, mais parfois dans d'autres organes comme l'estomac, la peau ou la moelle osseuse.</p>"
                          "<p>Le lymphome non hodgkinien n'est pas une seule maladie, mais un grand groupe. Les médecins classent les types de deux façons principales :</p>"
                          "<ul><li>selon le type de lymphocyte : la plupart naissent des <strong>lymphocytes B</strong>, certains des <strong>lymphocytes T</strong></li>"
                          "<li>selon leur vitesse de croissance : <strong>lents</strong> (aussi appelés indolents ou de bas grade) ou <strong>rapides</strong> (agressifs ou de haut grade)</li></ul>"
                          "<p>Il est plus fréquent chez les personnes âgées. En général, la cause est inconnue. Un système immunitaire affaibli et certaines infections peuvent augmenter le risque. Il n'est pas contagieux. La leucémie lymphoïde chronique est une maladie très proche, qui a sa propre page.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>Possible signs include:</p>"
                          "<ul><li>a painless swelling in the neck, armpit or groin</li>"
                          "<li>fevers, heavy night sweats, or losing weight without trying</li>"
                          "<li>feeling very tired</li>"
                          "<li>itching</li>"
                          "<li>a feeling of fullness or pain in the belly, if lymph nodes or the spleen there are enlarged</li>"
                          "<li>frequent infections, or bruising and bleeding, if the bone marrow is affected</li></ul>"
                          "<p>Slow-growing types may cause no signs at all for a long time and are sometimes found by chance. These signs often have other, harmless causes, but see your GP if they do not go away.</p>",
                    "nl": "<p>Mogelijke tekens zijn:</p>"
                          "<ul><li>een pijnloze zwelling in de hals, de oksel of de lies</li>"
                          "<li>koorts, hevig zweten 's nachts, of gewichtsverlies zonder dat u het probeert</li>"
                          "<li>erg moe zijn</li>"
                          "<li>jeuk</li>"
                          "<li>een vol gevoel of pijn in de buik, als lymfeklieren of de milt daar vergroot zijn</li>"
                          "<li>vaak infecties, of blauwe plekken en bloedingen, als het beenmerg aangetast is</li></ul>"
                          "<p>Traag groeiende soorten geven soms lange tijd helemaal geen klachten en worden soms toevallig ontdekt. Deze tekens hebben vaak een andere, onschuldige oorzaak, maar ga naar uw huisarts als ze niet overgaan.</p>",
                    "fr": "<p>Les signes possibles sont :</p>"
                          "<ul><li>un gonflement indolore dans le cou, sous l'aisselle ou à l'aine</li>"
                          "<li>de la fièvre, des sueurs nocturnes abondantes, ou une perte de poids sans le vouloir</li>"
                          "<li>une grande fatigue</li>"
                          "<li>des démangeaisons</li>"
                          "<li>une sensation de ventre plein ou une douleur au ventre, si des ganglions ou la rate y sont augmentés de volume</li>"
                          "<li>des infections fréquentes, ou des bleus et des saignements, si la moelle osseuse est atteinte</li></ul>"
                          "<p>Les types lents peuvent ne donner aucun signe pendant longtemps et sont parfois découverts par hasard. Ces signes ont souvent d'autres causes, sans gravité, mais consultez votre médecin généraliste s'ils ne disparaissent pas.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>The diagnosis is made with a <strong>biopsy</strong>: a doctor removes a lymph node or a small piece of tissue, and a specialist examines it under the microscope. Special tests on the cells show the exact type of lymphoma.</p>"
                          "<p>Other tests then show how far the lymphoma has spread (the <strong>stage</strong>). These may include blood tests, a <strong>CT scan</strong> or <strong>PET-CT scan</strong>, and sometimes a <strong>bone marrow biopsy</strong>, where a small sample is taken from the hip bone with a needle.</p>",
                    "nl": "<p>De diagnose wordt gesteld met een <strong>biopsie</strong>: een arts neemt een lymfeklier of een klein stukje weefsel weg, en een specialist onderzoekt het onder de microscoop. Speciale testen op de cellen tonen de precieze soort lymfoom.</p>"
                          "<p>Andere onderzoeken tonen daarna hoe ver het lymfoom zich heeft verspreid (het <strong>stadium</strong>). Dat kan gaan om bloedonderzoek, een <strong>CT-scan</strong> of <strong>PET-CT-scan</strong>, en soms een <strong>beenmergbiopsie</strong>, waarbij met een naald een klein staal uit het heupbeen wordt genomen.</p>",
                    "fr": "<p>Le diagnostic se fait par une <strong>biopsie</strong> : un médecin retire un ganglion ou un petit morceau de tissu, et un spécialiste l'examine au microscope. Des tests spéciaux sur les cellules montrent le type exact de lymphome.</p>"
                          "<p>D'autres examens montrent ensuite jusqu'où le lymphome s'est étendu (le <strong>stade</strong>). Il peut s'agir de prises de sang, d'un <strong>scanner</strong> ou d'un <strong>PET-CT</strong>, et parfois d'une <strong>biopsie de moelle osseuse</strong>, où un petit échantillon est prélevé dans l'os de la hanche à l'aide d'une aiguille.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment le traite-t-on ?",
                },
                "body": {
                    "en": "<p>Treatment depends on the type, the stage, your symptoms and your general health.</p>"
                          "<ul><li><strong>Watch and wait</strong> (active monitoring): some slow-growing lymphomas that cause no problems are followed with regular check-ups. Starting treatment early does not always help, and this avoids side effects.</li>"
                          "<li><strong>Chemotherapy</strong>, often combined with an <strong>antibody</strong> treatment that helps the immune system find and destroy lymphoma cells.</li>"
                          "<li><strong>Radiotherapy</strong> for lymphoma in one area.</li>"
                          "<li><strong>Targeted medicines</strong> that block signals the lymphoma cells need to grow.</li>"
                          "<li>For some people whose lymphoma comes back: a <strong>stem cell transplant</strong>, or <strong>CAR-T cell therapy</strong>, in which your own immune cells are changed in a laboratory to attack the lymphoma.</li></ul>"
                          "<p>Many fast-growing lymphomas can be cured. Slow-growing types often cannot be cured, but they can be kept under control for a long time. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>De behandeling hangt af van de soort, het stadium, uw klachten en uw algemene gezondheid.</p>"
                          "<ul><li><strong>Afwachten en opvolgen</strong> (actieve opvolging): sommige traag groeiende lymfomen die geen problemen geven, worden gevolgd met regelmatige controles. Vroeg beginnen met behandelen helpt niet altijd, en zo vermijdt u bijwerkingen.</li>"
                          "<li><strong>Chemotherapie</strong>, vaak samen met een behandeling met <strong>antistoffen</strong> die het afweersysteem helpen om lymfoomcellen te vinden en te vernietigen.</li>"
                          "<li><strong>Radiotherapie</strong> (bestraling) voor een lymfoom op één plaats.</li>"
                          "<li><strong>Doelgerichte geneesmiddelen</strong> die signalen blokkeren die de lymfoomcellen nodig hebben om te groeien.</li>"
                          "<li>Voor sommige mensen bij wie het lymfoom terugkomt: een <strong>stamceltransplantatie</strong>, of <strong>CAR-T-celtherapie</strong>, waarbij uw eigen afweercellen in een laboratorium worden aangepast om het lymfoom aan te vallen.</li></ul>"
                          "<p>Veel snel groeiende lymfomen kunnen genezen. Traag groeiende soorten zijn vaak niet te genezen, maar kunnen lange tijd onder controle worden gehouden. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Le traitement dépend du type, du stade, de vos symptômes et de votre état de santé général.</p>"
                          "<ul><li><strong>Surveillance active</strong> : certains lymphomes lents qui ne causent pas de problèmes sont suivis par des contrôles réguliers. Traiter tôt n'aide pas toujours, et cela évite des effets secondaires.</li>"
                          "<li><strong>Chimiothérapie</strong>, souvent associée à un traitement par <strong>anticorps</strong> qui aide le système immunitaire à trouver et à détruire les cellules du lymphome.</li>"
                          "<li><strong>Radiothérapie</strong> pour un lymphome situé à un seul endroit.</li>"
                          "<li><strong>Thérapies ciblées</strong> : des médicaments qui bloquent des signaux dont les cellules du lymphome ont besoin pour se multiplier.</li>"
                          "<li>Pour certaines personnes dont le lymphome revient : une <strong>greffe de cellules souches</strong>, ou une <strong>thérapie par cellules CAR-T</strong>, dans laquelle vos propres cellules immunitaires sont modifiées en laboratoire pour attaquer le lymphome.</li></ul>"
                          "<p>Beaucoup de lymphomes rapides peuvent être guéris. Les types lents ne peuvent souvent pas être guéris, mais ils peuvent être contrôlés pendant longtemps. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Non-Hodgkin lymphoma is a group of many different cancers of the lymphocytes.</li>"
                          "<li>Some types grow slowly, others quickly; the exact type guides the treatment.</li>"
                          "<li>A biopsy is needed to find out the type.</li>"
                          "<li>Some slow-growing types only need regular check-ups at first.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Non-hodgkinlymfoom is een groep van veel verschillende kankers van de lymfocyten.</li>"
                          "<li>Sommige soorten groeien traag, andere snel; de precieze soort bepaalt de behandeling.</li>"
                          "<li>Een biopsie is nodig om de soort te kennen.</li>"
                          "<li>Sommige traag groeiende soorten vragen eerst alleen regelmatige controles.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Le lymphome non hodgkinien est un groupe de nombreux cancers différents des lymphocytes.</li>"
                          "<li>Certains types évoluent lentement, d'autres rapidement ; le type exact guide le traitement.</li>"
                          "<li>Une biopsie est nécessaire pour connaître le type.</li>"
                          "<li>Certains types lents demandent d'abord seulement des contrôles réguliers.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>During treatment, a fever, shivering or suddenly feeling very unwell can be a sign of a serious infection. Contact your haematology team straight away, day or night.</li>"
                          "<li>Call 112 or go to the emergency department if you have severe difficulty breathing, chest pain, or swelling of the face and neck.</li>"
                          "<li>Contact your haematology team the same day if a swelling grows quickly, or if you have new bleeding or bruising.</li></ul>",
                    "nl": "<ul><li>Tijdens de behandeling kunnen koorts, rillingen of u plots erg ziek voelen wijzen op een ernstige infectie. Neem meteen contact op met uw hematologieteam, dag en nacht.</li>"
                          "<li>Bel 112 of ga naar de spoeddienst bij ernstige ademnood, pijn op de borst, of zwelling van het gezicht en de hals.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam als een zwelling snel groter wordt, of bij nieuwe bloedingen of blauwe plekken.</li></ul>",
                    "fr": "<ul><li>Pendant le traitement, de la fièvre, des frissons ou un malaise soudain peuvent être le signe d'une infection grave. Contactez immédiatement votre équipe d'hématologie, de jour comme de nuit.</li>"
                          "<li>Appelez le 112 ou rendez-vous aux urgences en cas de grande difficulté à respirer, de douleur dans la poitrine, ou de gonflement du visage et du cou.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même si un gonflement grossit vite, ou en cas de nouveaux saignements ou bleus.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Multiple myeloma
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 40,
        "slug": {"en": "multiple-myeloma", "nl": "multipel-myeloom", "fr": "myelome-multiple"},
        "name": {"en": "Multiple myeloma", "nl": "Multipel myeloom", "fr": "Myélome multiple"},
        "summary": {
            "en": "Multiple myeloma is a cancer of plasma cells, white blood cells in the bone marrow that normally make antibodies. It can weaken the bones, harm the kidneys and lower the blood counts. It usually cannot be cured yet, but treatment can often control it for a long time.",
            "nl": "Multipel myeloom is een kanker van de plasmacellen, witte bloedcellen in het beenmerg die normaal antistoffen maken. Het kan de botten verzwakken, de nieren beschadigen en het aantal bloedcellen doen dalen. Het is meestal nog niet te genezen, maar een behandeling kan het vaak lange tijd onder controle houden.",
            "fr": "Le myélome multiple est un cancer des plasmocytes, des globules blancs de la moelle osseuse qui fabriquent normalement des anticorps. Il peut fragiliser les os, abîmer les reins et faire baisser le nombre de cellules sanguines. En général, on ne peut pas encore le guérir, mais le traitement permet souvent de le contrôler pendant longtemps.",
        },
        "related": ["non-hodgkin-lymphoma", "leukemia", "myelodysplastic-syndromes"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is multiple myeloma?",
                    "nl": "Wat is multipel myeloom?",
                    "fr": "Qu'est-ce que le myélome multiple ?",
                },
                "body": {
                    "en": "<p><strong>Plasma cells</strong> are white blood cells that make <strong>antibodies</strong>, proteins that help fight infection. They live in the <strong>bone marrow</strong>, the soft tissue inside the bones where blood cells are made.</p>"
                          "<p>In myeloma, one plasma cell changes and makes many copies of itself. These abnormal cells build up in the bone marrow in many places, which is why it is called 'multiple'. They make large amounts of one useless antibody, called <strong>paraprotein</strong> or M-protein, which can be measured in the blood or urine.</p>"
                          "<p>Myeloma is more common in older adults. The cause is usually not known. It is not contagious. Myeloma is often preceded by a harmless condition called <strong>MGUS</strong>, in which a small amount of paraprotein is found in the blood. Most people with MGUS never develop myeloma, but they have regular check-ups.</p>",
                    "nl": "<p><strong>Plasmacellen</strong> zijn witte bloedcellen die <strong>antistoffen</strong> maken, eiwitten die helpen om infecties te bestrijden. Ze zitten in het <strong>beenmerg</strong>, het zachte weefsel binnenin de botten waar bloedcellen worden gemaakt.</p>"
                          "<p>Bij myeloom verandert één plasmacel en maakt ze heel veel kopieën van zichzelf. Die afwijkende cellen stapelen zich op veel plaatsen in het beenmerg op; daarom heet het 'multipel'. Ze maken grote hoeveelheden van één nutteloze antistof, het <strong>paraproteïne</strong> of M-proteïne, dat in het bloed of de urine gemeten kan worden.</p>"
                          "<p>Myeloom komt vaker voor bij oudere volwassenen. Meestal is de oorzaak onbekend. Het is niet besmettelijk. Vaak gaat er een onschuldige aandoening aan vooraf, <strong>MGUS</strong>, waarbij een kleine hoeveelheid paraproteïne in het bloed wordt gevonden. De meeste mensen met MGUS krijgen nooit myeloom, maar ze worden wel regelmatig gecontroleerd.</p>",
                    "fr": "<p>Les <strong>plasmocytes</strong> sont des globules blancs qui fabriquent des <strong>anticorps</strong>, des protéines qui aident à combattre les infections. Ils se trouvent dans la <strong>moelle osseuse</strong>, le tissu mou à l'intérieur des os où sont fabriquées les cellules du sang.</p>"
                          "<p>Dans le myélome, un plasmocyte se transforme et se copie un très grand nombre de fois. Ces cellules anormales s'accumulent à de nombreux endroits de la moelle osseuse : c'est pourquoi on parle de myélome « multiple ». Elles fabriquent de grandes quantités d'un seul anticorps inutile, appelé <strong>paraprotéine</strong> ou protéine M, que l'on peut mesurer dans le sang ou les urines.</p>"
                          "<p>Le myélome est plus fréquent chez les personnes âgées. En général, la cause est inconnue. Il n'est pas contagieux. Il est souvent précédé d'une anomalie sans gravité appelée <strong>MGUS</strong>, où une petite quantité de paraprotéine est trouvée dans le sang. La plupart des personnes avec une MGUS n'auront jamais de myélome, mais elles sont suivies régulièrement.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>Some people have no symptoms at first, and myeloma is found on a blood test. Possible signs include:</p>"
                          "<ul><li><strong>bone pain</strong>, often in the back or ribs, and bones that break easily</li>"
                          "<li><strong>tiredness</strong> and shortness of breath, from anaemia (too few red blood cells)</li>"
                          "<li><strong>infections</strong> that keep coming back</li>"
                          "<li><strong>kidney problems</strong></li>"
                          "<li>thirst, constipation, feeling sick or confused, from too much <strong>calcium</strong> in the blood, released from damaged bones</li></ul>",
                    "nl": "<p>Sommige mensen hebben eerst geen klachten, en het myeloom wordt bij een bloedonderzoek ontdekt. Mogelijke tekens zijn:</p>"
                          "<ul><li><strong>botpijn</strong>, vaak in de rug of de ribben, en botten die gemakkelijk breken</li>"
                          "<li><strong>vermoeidheid</strong> en kortademigheid, door bloedarmoede (te weinig rode bloedcellen)</li>"
                          "<li><strong>infecties</strong> die steeds terugkomen</li>"
                          "<li><strong>nierproblemen</strong></li>"
                          "<li>dorst, verstopping, misselijkheid of verwardheid, door te veel <strong>calcium</strong> in het bloed, dat vrijkomt uit beschadigde botten</li></ul>",
                    "fr": "<p>Certaines personnes n'ont d'abord aucun symptôme, et le myélome est découvert lors d'une prise de sang. Les signes possibles sont :</p>"
                          "<ul><li>des <strong>douleurs osseuses</strong>, souvent dans le dos ou les côtes, et des os qui se cassent facilement</li>"
                          "<li>de la <strong>fatigue</strong> et un essoufflement, dus à une anémie (trop peu de globules rouges)</li>"
                          "<li>des <strong>infections</strong> qui reviennent sans cesse</li>"
                          "<li>des <strong>problèmes de reins</strong></li>"
                          "<li>de la soif, de la constipation, des nausées ou de la confusion, dues à un excès de <strong>calcium</strong> dans le sang, libéré par les os abîmés</li></ul>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>Doctors use several tests:</p>"
                          "<ul><li><strong>blood and urine tests</strong> to look for paraprotein and to check the blood counts, the kidneys and the calcium level</li>"
                          "<li>a <strong>bone marrow biopsy</strong>: a small sample taken from the hip bone with a needle, to count and study the plasma cells</li>"
                          "<li><strong>scans</strong> (such as low-dose CT, MRI or PET-CT) to look for bone damage</li></ul>"
                          "<p>Some people have 'smouldering' myeloma: there are abnormal plasma cells, but no damage to the organs yet. They are usually followed closely rather than treated straight away.</p>",
                    "nl": "<p>Artsen gebruiken verschillende onderzoeken:</p>"
                          "<ul><li><strong>bloed- en urineonderzoek</strong> om paraproteïne op te sporen en om de bloedwaarden, de nieren en het calcium te controleren</li>"
                          "<li>een <strong>beenmergbiopsie</strong>: met een naald wordt een klein staal uit het heupbeen genomen, om de plasmacellen te tellen en te onderzoeken</li>"
                          "<li><strong>scans</strong> (zoals een lagedosis-CT, MRI of PET-CT) om botschade op te sporen</li></ul>"
                          "<p>Sommige mensen hebben een 'smeulend' myeloom: er zijn afwijkende plasmacellen, maar nog geen schade aan de organen. Zij worden meestal nauw opgevolgd in plaats van meteen behandeld.</p>",
                    "fr": "<p>Les médecins utilisent plusieurs examens :</p>"
                          "<ul><li>des <strong>analyses de sang et d'urine</strong> pour rechercher la paraprotéine et contrôler les cellules sanguines, les reins et le taux de calcium</li>"
                          "<li>une <strong>biopsie de moelle osseuse</strong> : un petit échantillon prélevé dans l'os de la hanche avec une aiguille, pour compter et étudier les plasmocytes</li>"
                          "<li>des <strong>examens d'imagerie</strong> (comme un scanner à faible dose, une IRM ou un PET-CT) pour rechercher des lésions des os</li></ul>"
                          "<p>Certaines personnes ont un myélome « indolent » : il y a des plasmocytes anormaux, mais pas encore de dégâts aux organes. Elles sont en général suivies de près plutôt que traitées tout de suite.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment le traite-t-on ?",
                },
                "body": {
                    "en": "<p>Treatment is needed when myeloma causes symptoms or damage. Most people receive a <strong>combination of medicines</strong>, often tablets and injections, that attack the myeloma cells. These can include targeted medicines, antibody treatments, steroids and chemotherapy. Some people who are fit enough also have high-dose chemotherapy followed by a <strong>stem cell transplant</strong> using their own stem cells. If myeloma comes back, newer immune treatments may be possible.</p>"
                          "<p>Other treatments help with the effects of myeloma: medicines to strengthen the bones, pain relief, radiotherapy for painful bones, treatment for anaemia, and vaccines or antibiotics to prevent infections.</p>"
                          "<p>Myeloma usually cannot be cured yet, but it can often be controlled for a long time, with periods of treatment and periods of rest. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Een behandeling is nodig als het myeloom klachten of schade geeft. De meeste mensen krijgen een <strong>combinatie van geneesmiddelen</strong>, vaak tabletten en injecties, die de myeloomcellen aanvallen. Dat kunnen doelgerichte geneesmiddelen, antistoffen, corticosteroïden en chemotherapie zijn. Sommige mensen die fit genoeg zijn, krijgen daarna ook hoge dosis chemotherapie gevolgd door een <strong>stamceltransplantatie</strong> met hun eigen stamcellen. Als het myeloom terugkomt, zijn soms nieuwere immuunbehandelingen mogelijk.</p>"
                          "<p>Andere behandelingen helpen tegen de gevolgen van myeloom: geneesmiddelen die de botten versterken, pijnstilling, bestraling van pijnlijke botten, behandeling van bloedarmoede, en vaccins of antibiotica om infecties te voorkomen.</p>"
                          "<p>Myeloom is meestal nog niet te genezen, maar kan vaak lange tijd onder controle worden gehouden, met periodes van behandeling en periodes van rust. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Un traitement est nécessaire quand le myélome cause des symptômes ou des dégâts. La plupart des personnes reçoivent une <strong>association de médicaments</strong>, souvent des comprimés et des injections, qui attaquent les cellules du myélome. Il peut s'agir de thérapies ciblées, d'anticorps, de corticoïdes et de chimiothérapie. Certaines personnes en assez bonne forme reçoivent aussi une chimiothérapie à haute dose suivie d'une <strong>greffe de cellules souches</strong> avec leurs propres cellules souches. Si le myélome revient, des traitements immunitaires plus récents sont parfois possibles.</p>"
                          "<p>D'autres traitements aident contre les effets du myélome : des médicaments qui renforcent les os, des antidouleurs, de la radiothérapie pour les os douloureux, le traitement de l'anémie, et des vaccins ou des antibiotiques pour prévenir les infections.</p>"
                          "<p>En général, on ne peut pas encore guérir le myélome, mais on peut souvent le contrôler pendant longtemps, avec des périodes de traitement et des périodes de repos. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Myeloma is a cancer of plasma cells in the bone marrow.</li>"
                          "<li>It can cause bone pain, tiredness, infections and kidney problems.</li>"
                          "<li>Blood and urine tests, a bone marrow biopsy and scans are used to diagnose it.</li>"
                          "<li>It usually cannot be cured yet, but treatment can often control it for a long time.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Myeloom is een kanker van de plasmacellen in het beenmerg.</li>"
                          "<li>Het kan botpijn, vermoeidheid, infecties en nierproblemen veroorzaken.</li>"
                          "<li>Voor de diagnose zijn bloed- en urineonderzoek, een beenmergbiopsie en scans nodig.</li>"
                          "<li>Het is meestal nog niet te genezen, maar een behandeling kan het vaak lange tijd onder controle houden.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Le myélome est un cancer des plasmocytes de la moelle osseuse.</li>"
                          "<li>Il peut causer des douleurs osseuses, de la fatigue, des infections et des problèmes de reins.</li>"
                          "<li>Le diagnostic repose sur des analyses de sang et d'urine, une biopsie de moelle osseuse et de l'imagerie.</li>"
                          "<li>En général, on ne peut pas encore le guérir, mais le traitement permet souvent de le contrôler longtemps.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 or go to the emergency department if you have new back pain together with weakness, numbness or tingling in the legs, or trouble controlling your bladder or bowels. This can mean pressure on the spinal cord, which needs treatment quickly.</li>"
                          "<li>Contact your haematology team straight away if you have a fever or shivering, especially during treatment.</li>"
                          "<li>Contact your haematology team the same day if you feel very thirsty, confused or drowsy, or if you pass much less urine than usual.</li></ul>",
                    "nl": "<ul><li>Bel 112 of ga naar de spoeddienst bij nieuwe rugpijn samen met zwakte, een doof gevoel of tintelingen in de benen, of moeite om uw plas of stoelgang op te houden. Dit kan wijzen op druk op het ruggenmerg, wat snel behandeld moet worden.</li>"
                          "<li>Neem meteen contact op met uw hematologieteam bij koorts of rillingen, zeker tijdens de behandeling.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam als u veel dorst hebt, verward of suf bent, of veel minder plast dan normaal.</li></ul>",
                    "fr": "<ul><li>Appelez le 112 ou rendez-vous aux urgences en cas de nouvelle douleur dans le dos accompagnée de faiblesse, d'engourdissement ou de fourmillements dans les jambes, ou de difficulté à retenir les urines ou les selles. Cela peut signifier une compression de la moelle épinière, qui doit être traitée rapidement.</li>"
                          "<li>Contactez immédiatement votre équipe d'hématologie en cas de fièvre ou de frissons, surtout pendant le traitement.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même si vous avez très soif, si vous êtes confus ou somnolent, ou si vous urinez beaucoup moins que d'habitude.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Myelodysplastic syndromes
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 50,
        "slug": {"en": "myelodysplastic-syndromes", "nl": "myelodysplastische-syndromen", "fr": "syndromes-myelodysplasiques"},
        "name": {"en": "Myelodysplastic syndromes (MDS)", "nl": "Myelodysplastische syndromen (MDS)", "fr": "Syndromes myélodysplasiques (SMD)"},
        "summary": {
            "en": "Myelodysplastic syndromes (MDS) are a group of conditions in which the bone marrow makes blood cells that are not formed properly and do not work well. This leads to low blood counts, with tiredness, infections or bleeding. MDS is more common in older adults, and in some people it can turn into acute myeloid leukemia.",
            "nl": "Myelodysplastische syndromen (MDS) zijn een groep aandoeningen waarbij het beenmerg bloedcellen maakt die niet goed gevormd zijn en niet goed werken. Daardoor zijn er te weinig bloedcellen, met vermoeidheid, infecties of bloedingen als gevolg. MDS komt vaker voor bij oudere volwassenen en kan bij sommige mensen overgaan in acute myeloïde leukemie.",
            "fr": "Les syndromes myélodysplasiques (SMD) sont un groupe de maladies dans lesquelles la moelle osseuse fabrique des cellules sanguines mal formées qui fonctionnent mal. Cela entraîne un manque de cellules sanguines, avec de la fatigue, des infections ou des saignements. Les SMD sont plus fréquents chez les personnes âgées et, chez certaines personnes, ils peuvent évoluer en leucémie aiguë myéloïde.",
        },
        "related": ["acute-myeloid-leukemia", "aplastic-anaemia", "myeloproliferative-neoplasms"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What are myelodysplastic syndromes?",
                    "nl": "Wat zijn myelodysplastische syndromen?",
                    "fr": "Que sont les syndromes myélodysplasiques ?",
                },
                "body": {
                    "en": "<p>The <strong>bone marrow</strong> is the soft tissue inside the bones. It contains <strong>stem cells</strong>, which make all the blood cells: red blood cells (which carry oxygen), white blood cells (which fight infection) and platelets (which help the blood clot).</p>"
                          "<p>In MDS, the stem cells are damaged. The marrow is often busy, but many cells are misshapen (<strong>dysplastic</strong>) and die before they reach the blood. So there are too few healthy cells in the blood. MDS is a form of blood cancer. Some types are mild and change slowly; others are more serious. In some people, MDS can turn into <strong>acute myeloid leukemia</strong>.</p>"
                          "<p>MDS is more common in older adults. Usually there is no clear cause. Earlier chemotherapy or radiotherapy, some chemicals such as benzene, and smoking can raise the risk. MDS is not contagious.</p>",
                    "nl": "<p>Het <strong>beenmerg</strong> is het zachte weefsel binnenin de botten. Het bevat <strong>stamcellen</strong>, die alle bloedcellen maken: rode bloedcellen (die zuurstof vervoeren), witte bloedcellen (die infecties bestrijden) en bloedplaatjes (die helpen om het bloed te laten stollen).</p>"
                          "<p>Bij MDS zijn de stamcellen beschadigd. Het beenmerg is vaak druk bezig, maar veel cellen zijn misvormd (<strong>dysplastisch</strong>) en sterven af voordat ze in het bloed komen. Daardoor zijn er te weinig gezonde cellen in het bloed. MDS is een vorm van bloedkanker. Sommige vormen zijn mild en veranderen traag; andere zijn ernstiger. Bij sommige mensen kan MDS overgaan in <strong>acute myeloïde leukemie</strong>.</p>"
                          "<p>MDS komt vaker voor bij oudere volwassenen. Meestal is er geen duidelijke oorzaak. Eerdere chemotherapie of bestraling, sommige chemische stoffen zoals benzeen, en roken kunnen het risico verhogen. MDS is niet besmettelijk.</p>",
                    "fr": "<p>La <strong>moelle osseuse</strong> est le tissu mou à l'intérieur des os. Elle contient des <strong>cellules souches</strong>, qui fabriquent toutes les cellules du sang : les globules rouges (qui transportent l'oxygène), les globules blancs (qui combattent les infections) et les plaquettes (qui aident le sang à coaguler).</p>"
                          "<p>Dans les SMD, les cellules souches sont abîmées. La moelle travaille souvent beaucoup, mais de nombreuses cellules sont mal formées (<strong>dysplasiques</strong>) et meurent avant d'arriver dans le sang. Il y a donc trop peu de cellules saines dans le sang. Les SMD sont une forme de cancer du sang. Certains types sont légers et évoluent lentement ; d'autres sont plus graves. Chez certaines personnes, un SMD peut évoluer en <strong>leucémie aiguë myéloïde</strong>.</p>"
                          "<p>Les SMD sont plus fréquents chez les personnes âgées. En général, il n'y a pas de cause claire. Une chimiothérapie ou une radiothérapie antérieure, certains produits chimiques comme le benzène, et le tabac peuvent augmenter le risque. Les SMD ne sont pas contagieux.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>Some people have no symptoms, and MDS is found on a routine blood test. Signs depend on which blood cells are low:</p>"
                          "<ul><li>too few red blood cells (<strong>anaemia</strong>): tiredness, weakness, pale skin, shortness of breath</li>"
                          "<li>too few white blood cells: infections that are frequent or hard to shake off</li>"
                          "<li>too few platelets: bruising easily, tiny red or purple spots on the skin, nosebleeds or bleeding gums</li></ul>",
                    "nl": "<p>Sommige mensen hebben geen klachten, en MDS wordt bij een routinebloedonderzoek ontdekt. De tekens hangen af van welke bloedcellen te laag zijn:</p>"
                          "<ul><li>te weinig rode bloedcellen (<strong>bloedarmoede</strong> of anemie): vermoeidheid, zwakte, een bleke huid, kortademigheid</li>"
                          "<li>te weinig witte bloedcellen: infecties die vaak terugkomen of moeilijk overgaan</li>"
                          "<li>te weinig bloedplaatjes: snel blauwe plekken, kleine rode of paarse puntjes op de huid, neusbloedingen of bloedend tandvlees</li></ul>",
                    "fr": "<p>Certaines personnes n'ont aucun symptôme, et le SMD est découvert lors d'une prise de sang de routine. Les signes dépendent des cellules sanguines qui manquent :</p>"
                          "<ul><li>trop peu de globules rouges (<strong>anémie</strong>) : fatigue, faiblesse, pâleur, essoufflement</li>"
                          "<li>trop peu de globules blancs : des infections fréquentes ou qui traînent</li>"
                          "<li>trop peu de plaquettes : des bleus faciles, de petits points rouges ou violets sur la peau, des saignements de nez ou des gencives</li></ul>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>A <strong>full blood count</strong> shows which blood cells are low, and a specialist looks at the cells under the microscope. Other causes of low blood counts, such as a lack of vitamin B12, folate or iron, are ruled out.</p>"
                          "<p>To confirm MDS, you need a <strong>bone marrow test</strong>: a small sample of marrow is taken from the hip bone with a needle. The cells are studied, including tests on their <strong>genes</strong> and <strong>chromosomes</strong>. These results help doctors place your MDS in a risk group (lower or higher risk), which guides the treatment.</p>",
                    "nl": "<p>Een <strong>volledig bloedbeeld</strong> toont welke bloedcellen te laag zijn, en een specialist bekijkt de cellen onder de microscoop. Andere oorzaken van lage bloedwaarden, zoals een tekort aan vitamine B12, foliumzuur of ijzer, worden uitgesloten.</p>"
                          "<p>Om MDS te bevestigen, is een <strong>beenmergonderzoek</strong> nodig: met een naald wordt een klein staal beenmerg uit het heupbeen genomen. De cellen worden onderzocht, ook met testen op hun <strong>genen</strong> en <strong>chromosomen</strong>. Met die resultaten delen artsen uw MDS in een risicogroep in (lager of hoger risico), en dat bepaalt mee de behandeling.</p>",
                    "fr": "<p>Une <strong>numération sanguine</strong> (hémogramme) montre quelles cellules sanguines sont basses, et un spécialiste examine les cellules au microscope. D'autres causes, comme un manque de vitamine B12, de folates ou de fer, sont écartées.</p>"
                          "<p>Pour confirmer un SMD, il faut un <strong>examen de la moelle osseuse</strong> : un petit échantillon de moelle est prélevé dans l'os de la hanche avec une aiguille. Les cellules sont étudiées, y compris par des tests sur leurs <strong>gènes</strong> et leurs <strong>chromosomes</strong>. Ces résultats aident les médecins à classer votre SMD dans un groupe de risque (plus faible ou plus élevé), ce qui guide le traitement.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment le traite-t-on ?",
                },
                "body": {
                    "en": "<p>Treatment depends on your risk group, your symptoms and your general health.</p>"
                          "<ul><li><strong>Monitoring</strong>: lower-risk MDS without troublesome symptoms may only need regular blood tests.</li>"
                          "<li><strong>Supportive care</strong>: blood transfusions for anaemia, and sometimes platelet transfusions. After many transfusions, too much iron can build up, and medicines can remove it. Injections that help the marrow make red blood cells, and other medicines, can reduce the need for transfusions.</li>"
                          "<li><strong>Medicines against the abnormal cells</strong>, such as low-intensity chemotherapy, mainly for higher-risk MDS.</li>"
                          "<li>A <strong>stem cell transplant</strong> from a donor. This is the only treatment that can cure MDS, but it is demanding and only suitable for some people.</li></ul>"
                          "<p>Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>De behandeling hangt af van uw risicogroep, uw klachten en uw algemene gezondheid.</p>"
                          "<ul><li><strong>Opvolging</strong>: MDS met een lager risico en zonder hinderlijke klachten vraagt soms alleen regelmatig bloedonderzoek.</li>"
                          "<li><strong>Ondersteunende zorg</strong>: bloedtransfusies bij bloedarmoede, en soms transfusies van bloedplaatjes. Na veel transfusies kan er te veel ijzer in het lichaam komen; geneesmiddelen kunnen dat verwijderen. Injecties die het beenmerg helpen om rode bloedcellen te maken, en andere geneesmiddelen, kunnen het aantal transfusies verminderen.</li>"
                          "<li><strong>Geneesmiddelen tegen de afwijkende cellen</strong>, zoals chemotherapie met een lage intensiteit, vooral bij MDS met een hoger risico.</li>"
                          "<li>Een <strong>stamceltransplantatie</strong> van een donor. Dit is de enige behandeling die MDS kan genezen, maar ze is zwaar en alleen geschikt voor sommige mensen.</li></ul>"
                          "<p>Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Le traitement dépend de votre groupe de risque, de vos symptômes et de votre état de santé général.</p>"
                          "<ul><li><strong>Surveillance</strong> : un SMD à risque plus faible, sans symptômes gênants, peut ne demander que des prises de sang régulières.</li>"
                          "<li><strong>Soins de support</strong> : des transfusions de sang en cas d'anémie, et parfois des transfusions de plaquettes. Après de nombreuses transfusions, trop de fer peut s'accumuler, et des médicaments peuvent l'éliminer. Des injections qui aident la moelle à fabriquer des globules rouges, et d'autres médicaments, peuvent réduire le besoin de transfusions.</li>"
                          "<li><strong>Des médicaments contre les cellules anormales</strong>, comme une chimiothérapie de faible intensité, surtout pour les SMD à risque plus élevé.</li>"
                          "<li>Une <strong>greffe de cellules souches</strong> d'un donneur. C'est le seul traitement qui peut guérir un SMD, mais il est lourd et ne convient qu'à certaines personnes.</li></ul>"
                          "<p>Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>In MDS, the bone marrow makes blood cells that are not formed properly.</li>"
                          "<li>This causes low blood counts: tiredness, infections, bruising or bleeding.</li>"
                          "<li>A bone marrow test is needed to confirm the diagnosis and the risk group.</li>"
                          "<li>Treatment ranges from regular check-ups and transfusions to a stem cell transplant.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Bij MDS maakt het beenmerg bloedcellen die niet goed gevormd zijn.</li>"
                          "<li>Daardoor zijn er te weinig bloedcellen: vermoeidheid, infecties, blauwe plekken of bloedingen.</li>"
                          "<li>Een beenmergonderzoek is nodig om de diagnose en de risicogroep te bevestigen.</li>"
                          "<li>De behandeling gaat van regelmatige controles en transfusies tot een stamceltransplantatie.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Dans un SMD, la moelle osseuse fabrique des cellules sanguines mal formées.</li>"
                          "<li>Cela entraîne un manque de cellules sanguines : fatigue, infections, bleus ou saignements.</li>"
                          "<li>Un examen de la moelle osseuse est nécessaire pour confirmer le diagnostic et le groupe de risque.</li>"
                          "<li>Le traitement va de contrôles réguliers et de transfusions jusqu'à une greffe de cellules souches.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>When your white blood cells are low, a fever, shivering or suddenly feeling very unwell can be a sign of a serious infection. Contact your haematology team straight away, day or night.</li>"
                          "<li>Call 112 or go to the emergency department if you have bleeding that does not stop, if you vomit blood, or if you have a severe headache after a fall or a knock to the head.</li>"
                          "<li>Contact your haematology team the same day if you notice many new bruises or spots on the skin, or if you become much more breathless or tired.</li></ul>",
                    "nl": "<ul><li>Als uw witte bloedcellen laag zijn, kunnen koorts, rillingen of u plots erg ziek voelen wijzen op een ernstige infectie. Neem meteen contact op met uw hematologieteam, dag en nacht.</li>"
                          "<li>Bel 112 of ga naar de spoeddienst bij een bloeding die niet stopt, als u bloed braakt, of bij hevige hoofdpijn na een val of een klap op het hoofd.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam als u veel nieuwe blauwe plekken of puntjes op de huid ziet, of als u veel kortademiger of vermoeider wordt.</li></ul>",
                    "fr": "<ul><li>Quand vos globules blancs sont bas, de la fièvre, des frissons ou un malaise soudain peuvent être le signe d'une infection grave. Contactez immédiatement votre équipe d'hématologie, de jour comme de nuit.</li>"
                          "<li>Appelez le 112 ou rendez-vous aux urgences en cas de saignement qui ne s'arrête pas, si vous vomissez du sang, ou en cas de violent mal de tête après une chute ou un coup à la tête.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même si vous remarquez beaucoup de nouveaux bleus ou de points sur la peau, ou si vous devenez beaucoup plus essoufflé ou fatigué.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Myeloproliferative neoplasms
    # ------------------------------------------------------------------
    {
        "category": "blood-cancers",
        "parent": None,
        "position": 60,
        "slug": {"en": "myeloproliferative-neoplasms", "nl": "myeloproliferatieve-neoplasmen", "fr": "neoplasies-myeloproliferatives"},
        "name": {"en": "Myeloproliferative neoplasms (MPN)", "nl": "Myeloproliferatieve neoplasmen (MPN)", "fr": "Néoplasies myéloprolifératives (NMP)"},
        "summary": {
            "en": "Myeloproliferative neoplasms (MPNs) are a group of rare, long-lasting blood cancers in which the bone marrow makes too many blood cells. The main types are polycythaemia vera, essential thrombocythaemia and myelofibrosis. Many people live with an MPN for a long time, with treatment to lower the risk of blood clots and other problems.",
            "nl": "Myeloproliferatieve neoplasmen (MPN) zijn een groep zeldzame, langdurige bloedkankers waarbij het beenmerg te veel bloedcellen maakt. De belangrijkste vormen zijn polycythaemia vera, essentiële trombocytemie en myelofibrose. Veel mensen leven lange tijd met een MPN, met een behandeling die het risico op bloedklonters en andere problemen verlaagt.",
            "fr": "Les néoplasies myéloprolifératives (NMP) sont un groupe de cancers du sang rares et de longue durée, dans lesquels la moelle osseuse fabrique trop de cellules sanguines. Les principaux types sont la polyglobulie de Vaquez, la thrombocytémie essentielle et la myélofibrose. Beaucoup de personnes vivent longtemps avec une NMP, avec un traitement qui réduit le risque de caillots sanguins et d'autres problèmes.",
        },
        "related": ["chronic-myeloid-leukemia", "myelodysplastic-syndromes", "acute-myeloid-leukemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What are myeloproliferative neoplasms?",
                    "nl": "Wat zijn myeloproliferatieve neoplasmen?",
                    "fr": "Que sont les néoplasies myéloprolifératives ?",
                },
                "body": {
                    "en": "<p>The <strong>bone marrow</strong>, the soft tissue inside the bones, makes all our blood cells. In an MPN, a change in a <strong>stem cell</strong> makes the marrow produce too many of one or more types of blood cells. The main types are:</p>"
                          "<ul><li><strong>polycythaemia vera</strong>: too many red blood cells, which makes the blood thicker</li>"
                          "<li><strong>essential thrombocythaemia</strong>: too many platelets, the cells that help the blood clot</li>"
                          "<li><strong>myelofibrosis</strong>: scar tissue builds up in the marrow, so it cannot make blood cells properly; the spleen often grows larger to help</li></ul>"
                          "<p>Chronic myeloid leukemia is also an MPN, but it is treated differently and has its own page.</p>",
                    "nl": "<p>Het <strong>beenmerg</strong>, het zachte weefsel binnenin de botten, maakt al onze bloedcellen. Bij een MPN zorgt een verandering in een <strong>stamcel</strong> ervoor dat het beenmerg te veel maakt van één of meer soorten bloedcellen. De belangrijkste vormen zijn:</p>"
                          "<ul><li><strong>polycythaemia vera</strong>: te veel rode bloedcellen, waardoor het bloed dikker wordt</li>"
                          "<li><strong>essentiële trombocytemie</strong>: te veel bloedplaatjes, de cellen die helpen om het bloed te laten stollen</li>"
                          "<li><strong>myelofibrose</strong>: er vormt zich littekenweefsel in het beenmerg, waardoor het niet goed meer bloedcellen kan maken; de milt wordt vaak groter om te helpen</li></ul>"
                          "<p>Chronische myeloïde leukemie is ook een MPN, maar wordt anders behandeld en heeft een eigen pagina.</p>",
                    "fr": "<p>La <strong>moelle osseuse</strong>, le tissu mou à l'intérieur des os, fabrique toutes nos cellules sanguines. Dans une NMP, une modification d'une <strong>cellule souche</strong> pousse la moelle à fabriquer trop d'un ou de plusieurs types de cellules sanguines. Les principaux types sont :</p>"
                          "<ul><li>la <strong>polyglobulie de Vaquez</strong> (polycythemia vera) : trop de globules rouges, ce qui rend le sang plus épais</li>"
                          "<li>la <strong>thrombocytémie essentielle</strong> : trop de plaquettes, les cellules qui aident le sang à coaguler</li>"
                          "<li>la <strong>myélofibrose</strong> : du tissu cicatriciel se forme dans la moelle, qui ne peut plus bien fabriquer les cellules sanguines ; la rate grossit souvent pour l'aider</li></ul>"
                          "<p>La leucémie myéloïde chronique est aussi une NMP, mais elle est traitée autrement et a sa propre page.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "What causes it?",
                    "nl": "Wat is de oorzaak?",
                    "fr": "Quelle en est la cause ?",
                },
                "body": {
                    "en": "<p>Most people with an MPN have a change (a <strong>mutation</strong>) in one of a few genes, such as <strong>JAK2</strong>, <strong>CALR</strong> or <strong>MPL</strong>. These changes happen during life in the blood stem cells. They are usually not inherited, and you do not pass them on to your children, although MPNs are seen a little more often in some families. MPNs are more common in older adults but can happen at any age. They are not contagious.</p>",
                    "nl": "<p>De meeste mensen met een MPN hebben een verandering (een <strong>mutatie</strong>) in een van enkele genen, zoals <strong>JAK2</strong>, <strong>CALR</strong> of <strong>MPL</strong>. Die veranderingen ontstaan in de loop van het leven in de bloedstamcellen. Ze zijn meestal niet erfelijk, en u geeft ze niet door aan uw kinderen, al komen MPN in sommige families iets vaker voor. MPN komen vaker voor bij oudere volwassenen, maar kunnen op elke leeftijd optreden. Ze zijn niet besmettelijk.</p>",
                    "fr": "<p>La plupart des personnes atteintes d'une NMP ont une modification (une <strong>mutation</strong>) dans l'un de quelques gènes, comme <strong>JAK2</strong>, <strong>CALR</strong> ou <strong>MPL</strong>. Ces modifications apparaissent au cours de la vie dans les cellules souches du sang. Elles ne sont généralement pas héréditaires, et vous ne les transmettez pas à vos enfants, même si les NMP se voient un peu plus souvent dans certaines familles. Les NMP sont plus fréquentes chez les personnes âgées, mais peuvent survenir à tout âge. Elles ne sont pas contagieuses.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<p>Many people have no symptoms, and the MPN is found on a routine blood test. Possible signs are:</p>"
                          "<ul><li>headaches, dizziness or problems with vision</li>"
                          "<li>itching, especially after a warm bath or shower</li>"
                          "<li>a red face, or burning pain in the hands and feet</li>"
                          "<li>tiredness, night sweats and weight loss</li>"
                          "<li>a feeling of fullness or discomfort on the left side of the belly, from a large <strong>spleen</strong></li>"
                          "<li><strong>blood clots</strong> in veins or arteries, and sometimes bleeding</li></ul>",
                    "nl": "<p>Veel mensen hebben geen klachten, en de MPN wordt bij een routinebloedonderzoek ontdekt. Mogelijke tekens zijn:</p>"
                          "<ul><li>hoofdpijn, duizeligheid of problemen met het zien</li>"
                          "<li>jeuk, vooral na een warm bad of een warme douche</li>"
                          "<li>een rood gezicht, of een brandende pijn in de handen en voeten</li>"
                          "<li>vermoeidheid, nachtelijk zweten en gewichtsverlies</li>"
                          "<li>een vol gevoel of ongemak links in de buik, door een vergrote <strong>milt</strong></li>"
                          "<li><strong>bloedklonters</strong> in aders of slagaders, en soms bloedingen</li></ul>",
                    "fr": "<p>Beaucoup de personnes n'ont aucun symptôme, et la NMP est découverte lors d'une prise de sang de routine. Les signes possibles sont :</p>"
                          "<ul><li>des maux de tête, des vertiges ou des troubles de la vue</li>"
                          "<li>des démangeaisons, surtout après un bain ou une douche chaude</li>"
                          "<li>un visage rouge, ou des douleurs avec sensation de brûlure dans les mains et les pieds</li>"
                          "<li>de la fatigue, des sueurs nocturnes et une perte de poids</li>"
                          "<li>une sensation de ventre plein ou une gêne du côté gauche du ventre, due à une grosse <strong>rate</strong></li>"
                          "<li>des <strong>caillots sanguins</strong> dans les veines ou les artères, et parfois des saignements</li></ul>",
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
                    "en": "<p>Doctors use a <strong>full blood count</strong>, blood tests for the gene changes, and often a <strong>bone marrow biopsy</strong>, where a small sample of marrow is taken from the hip bone with a needle. An ultrasound scan may measure the spleen.</p>"
                          "<p>Treatment aims to prevent blood clots and bleeding, ease symptoms and keep the blood counts in a safe range. It depends on the type, your risk and your symptoms. It may include:</p>"
                          "<ul><li><strong>low-dose aspirin</strong> to lower the risk of clots, if your haematologist advises it</li>"
                          "<li><strong>venesection</strong> for polycythaemia vera: removing some blood, as when giving blood, to make it thinner</li>"
                          "<li><strong>medicines</strong>, often tablets or injections, that lower the number of blood cells</li>"
                          "<li>for myelofibrosis: medicines that shrink the spleen and ease symptoms, blood transfusions and, for some people, a <strong>stem cell transplant</strong></li></ul>"
                          "<p>You can help lower your risk of clots by not smoking, staying active and having your blood pressure, cholesterol and blood sugar checked. In a small number of people, an MPN can change over time into myelofibrosis or acute leukemia, so regular check-ups matter. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Artsen gebruiken een <strong>volledig bloedbeeld</strong>, bloedtesten op de genveranderingen, en vaak een <strong>beenmergbiopsie</strong>, waarbij met een naald een klein staal beenmerg uit het heupbeen wordt genomen. Met een echografie kan de milt gemeten worden.</p>"
                          "<p>De behandeling wil bloedklonters en bloedingen voorkomen, klachten verlichten en de bloedwaarden binnen veilige grenzen houden. Ze hangt af van de vorm, uw risico en uw klachten. Mogelijke behandelingen zijn:</p>"
                          "<ul><li><strong>aspirine in lage dosis</strong> om het risico op klonters te verlagen, als uw hematoloog dat aanraadt</li>"
                          "<li><strong>aderlating</strong> bij polycythaemia vera: wat bloed afnemen, zoals bij bloed geven, om het bloed dunner te maken</li>"
                          "<li><strong>geneesmiddelen</strong>, vaak tabletten of injecties, die het aantal bloedcellen verlagen</li>"
                          "<li>bij myelofibrose: geneesmiddelen die de milt kleiner maken en klachten verlichten, bloedtransfusies en, voor sommige mensen, een <strong>stamceltransplantatie</strong></li></ul>"
                          "<p>U kunt zelf uw risico op klonters helpen verlagen door niet te roken, actief te blijven en uw bloeddruk, cholesterol en bloedsuiker te laten controleren. Bij een klein aantal mensen kan een MPN na verloop van tijd overgaan in myelofibrose of acute leukemie; daarom zijn regelmatige controles belangrijk. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Les médecins utilisent une <strong>numération sanguine</strong>, des analyses de sang pour rechercher les modifications génétiques et souvent une <strong>biopsie de moelle osseuse</strong>, où un petit échantillon de moelle est prélevé dans l'os de la hanche avec une aiguille. Une échographie peut mesurer la rate.</p>"
                          "<p>Le traitement vise à prévenir les caillots et les saignements, à soulager les symptômes et à garder les valeurs sanguines dans des limites sûres. Il dépend du type, de votre risque et de vos symptômes. Il peut comprendre :</p>"
                          "<ul><li>de l'<strong>aspirine à faible dose</strong> pour réduire le risque de caillots, si votre hématologue le conseille</li>"
                          "<li>des <strong>saignées</strong> dans la polyglobulie de Vaquez : retirer un peu de sang, comme lors d'un don de sang, pour le rendre plus fluide</li>"
                          "<li>des <strong>médicaments</strong>, souvent des comprimés ou des injections, qui diminuent le nombre de cellules sanguines</li>"
                          "<li>dans la myélofibrose : des médicaments qui réduisent la taille de la rate et soulagent les symptômes, des transfusions et, pour certaines personnes, une <strong>greffe de cellules souches</strong></li></ul>"
                          "<p>Vous pouvez aider à réduire votre risque de caillots en ne fumant pas, en restant actif et en faisant contrôler votre tension, votre cholestérol et votre glycémie. Chez un petit nombre de personnes, une NMP peut évoluer avec le temps en myélofibrose ou en leucémie aiguë : les contrôles réguliers sont donc importants. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>In an MPN, the bone marrow makes too many blood cells.</li>"
                          "<li>The main types are polycythaemia vera, essential thrombocythaemia and myelofibrosis.</li>"
                          "<li>Blood clots are an important risk, and treatment aims to lower it.</li>"
                          "<li>Many people live with an MPN for a long time, with regular check-ups.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Bij een MPN maakt het beenmerg te veel bloedcellen.</li>"
                          "<li>De belangrijkste vormen zijn polycythaemia vera, essentiële trombocytemie en myelofibrose.</li>"
                          "<li>Bloedklonters zijn een belangrijk risico, en de behandeling wil dat risico verlagen.</li>"
                          "<li>Veel mensen leven lange tijd met een MPN, met regelmatige controles.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Dans une NMP, la moelle osseuse fabrique trop de cellules sanguines.</li>"
                          "<li>Les principaux types sont la polyglobulie de Vaquez, la thrombocytémie essentielle et la myélofibrose.</li>"
                          "<li>Les caillots sanguins sont un risque important, et le traitement vise à le réduire.</li>"
                          "<li>Beaucoup de personnes vivent longtemps avec une NMP, avec des contrôles réguliers.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 straight away if you have signs of a stroke: a drooping face, weakness in an arm or leg, or difficulty speaking.</li>"
                          "<li>Call 112 if you have chest pain or sudden shortness of breath.</li>"
                          "<li>Contact your GP or haematology team the same day if one leg becomes painful, swollen, warm or red (a possible clot), or if you have bleeding that is hard to stop.</li></ul>",
                    "nl": "<ul><li>Bel meteen 112 bij tekens van een beroerte: een afhangende mondhoek, zwakte in een arm of been, of moeite met spreken.</li>"
                          "<li>Bel 112 bij pijn op de borst of plotse kortademigheid.</li>"
                          "<li>Neem dezelfde dag contact op met uw huisarts of hematologieteam als één been pijnlijk, gezwollen, warm of rood wordt (mogelijk een klonter), of bij een bloeding die moeilijk stopt.</li></ul>",
                    "fr": "<ul><li>Appelez immédiatement le 112 en cas de signes d'AVC : un visage qui s'affaisse, une faiblesse d'un bras ou d'une jambe, ou des difficultés à parler.</li>"
                          "<li>Appelez le 112 en cas de douleur dans la poitrine ou d'essoufflement soudain.</li>"
                          "<li>Contactez votre médecin généraliste ou votre équipe d'hématologie le jour même si une jambe devient douloureuse, gonflée, chaude ou rouge (un caillot possible), ou en cas de saignement difficile à arrêter.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Aplastic anaemia
    # ------------------------------------------------------------------
    {
        "category": "red-cell-disorders",
        "parent": None,
        "position": 10,
        "slug": {"en": "aplastic-anaemia", "nl": "aplastische-anemie", "fr": "aplasie-medullaire"},
        "name": {"en": "Aplastic anaemia", "nl": "Aplastische anemie", "fr": "Aplasie médullaire"},
        "summary": {
            "en": "Aplastic anaemia is a rare condition in which the bone marrow stops making enough blood cells. Red blood cells, white blood cells and platelets are all low. It is not a cancer, and it can be treated.",
            "nl": "Aplastische anemie is een zeldzame aandoening waarbij het beenmerg niet meer genoeg bloedcellen maakt. Rode bloedcellen, witte bloedcellen en bloedplaatjes zijn allemaal te laag. Het is geen kanker, en het kan behandeld worden.",
            "fr": "L'aplasie médullaire est une maladie rare dans laquelle la moelle osseuse ne fabrique plus assez de cellules sanguines. Les globules rouges, les globules blancs et les plaquettes sont tous bas. Ce n'est pas un cancer, et elle peut être traitée.",
        },
        "related": ["myelodysplastic-syndromes", "immune-thrombocytopenia", "leukemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is aplastic anaemia?",
                    "nl": "Wat is aplastische anemie?",
                    "fr": "Qu'est-ce que l'aplasie médullaire ?",
                },
                "body": {
                    "en": "<p>The <strong>bone marrow</strong> is the soft tissue inside the bones where blood cells are made from <strong>stem cells</strong>. In aplastic anaemia, there are too few stem cells, so the marrow is almost empty. As a result, the blood has too few:</p>"
                          "<ul><li><strong>red blood cells</strong>, which carry oxygen</li>"
                          "<li><strong>white blood cells</strong>, which fight infection</li>"
                          "<li><strong>platelets</strong>, which help the blood clot</li></ul>"
                          "<p>Aplastic anaemia is not a cancer and is not contagious.</p>",
                    "nl": "<p>Het <strong>beenmerg</strong> is het zachte weefsel binnenin de botten, waar bloedcellen worden gemaakt uit <strong>stamcellen</strong>. Bij aplastische anemie zijn er te weinig stamcellen, waardoor het beenmerg bijna leeg is. Daardoor zijn er in het bloed te weinig:</p>"
                          "<ul><li><strong>rode bloedcellen</strong>, die zuurstof vervoeren</li>"
                          "<li><strong>witte bloedcellen</strong>, die infecties bestrijden</li>"
                          "<li><strong>bloedplaatjes</strong>, die helpen om het bloed te laten stollen</li></ul>"
                          "<p>Aplastische anemie is geen kanker en is niet besmettelijk.</p>",
                    "fr": "<p>La <strong>moelle osseuse</strong> est le tissu mou à l'intérieur des os, où les cellules du sang sont fabriquées à partir de <strong>cellules souches</strong>. Dans l'aplasie médullaire, il y a trop peu de cellules souches, et la moelle est presque vide. Le sang contient donc trop peu de :</p>"
                          "<ul><li><strong>globules rouges</strong>, qui transportent l'oxygène</li>"
                          "<li><strong>globules blancs</strong>, qui combattent les infections</li>"
                          "<li><strong>plaquettes</strong>, qui aident le sang à coaguler</li></ul>"
                          "<p>L'aplasie médullaire n'est pas un cancer et n'est pas contagieuse.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "What causes it?",
                    "nl": "Wat is de oorzaak?",
                    "fr": "Quelle en est la cause ?",
                },
                "body": {
                    "en": "<p>In most people, the <strong>immune system</strong> (the body's defence system) attacks the stem cells in the bone marrow by mistake. Why this happens is usually not known. Less often, aplastic anaemia is linked to certain medicines, chemicals, viral infections or radiation. Rarely, it is <strong>inherited</strong>, as in Fanconi anaemia, and then it often shows in childhood. Aplastic anaemia can happen at any age.</p>",
                    "nl": "<p>Bij de meeste mensen valt het <strong>afweersysteem</strong> (het verdedigingssysteem van het lichaam) per vergissing de stamcellen in het beenmerg aan. Waarom dat gebeurt, is meestal niet bekend. Minder vaak hangt aplastische anemie samen met bepaalde geneesmiddelen, chemische stoffen, virusinfecties of straling. Zelden is het <strong>erfelijk</strong>, zoals bij fanconi-anemie, en dan toont het zich vaak al in de kindertijd. Aplastische anemie kan op elke leeftijd voorkomen.</p>",
                    "fr": "<p>Chez la plupart des personnes, le <strong>système immunitaire</strong> (le système de défense du corps) attaque par erreur les cellules souches de la moelle osseuse. On ne sait généralement pas pourquoi. Moins souvent, l'aplasie médullaire est liée à certains médicaments, à des produits chimiques, à des infections virales ou à des radiations. Rarement, elle est <strong>héréditaire</strong>, comme dans l'anémie de Fanconi, et apparaît alors souvent dès l'enfance. L'aplasie médullaire peut survenir à tout âge.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<ul><li>tiredness, weakness, pale skin and shortness of breath (from too few red blood cells)</li>"
                          "<li>infections that are frequent, severe or slow to clear (from too few white blood cells)</li>"
                          "<li>bruising easily, tiny red or purple spots on the skin, nosebleeds, bleeding gums or heavy periods (from too few platelets)</li></ul>",
                    "nl": "<ul><li>vermoeidheid, zwakte, een bleke huid en kortademigheid (door te weinig rode bloedcellen)</li>"
                          "<li>infecties die vaak terugkomen, ernstig zijn of traag overgaan (door te weinig witte bloedcellen)</li>"
                          "<li>snel blauwe plekken, kleine rode of paarse puntjes op de huid, neusbloedingen, bloedend tandvlees of hevige menstruaties (door te weinig bloedplaatjes)</li></ul>",
                    "fr": "<ul><li>de la fatigue, de la faiblesse, une peau pâle et un essoufflement (trop peu de globules rouges)</li>"
                          "<li>des infections fréquentes, graves ou qui guérissent lentement (trop peu de globules blancs)</li>"
                          "<li>des bleus faciles, de petits points rouges ou violets sur la peau, des saignements de nez ou des gencives, ou des règles abondantes (trop peu de plaquettes)</li></ul>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>A <strong>full blood count</strong> shows that all three types of blood cells are low. To confirm the diagnosis, a <strong>bone marrow biopsy</strong> is needed: a small sample of marrow is taken from the hip bone with a needle. In aplastic anaemia, the sample shows very few blood-making cells. Other tests look for a cause and rule out other illnesses, such as myelodysplastic syndromes or leukemia.</p>",
                    "nl": "<p>Een <strong>volledig bloedbeeld</strong> toont dat alle drie de soorten bloedcellen te laag zijn. Om de diagnose te bevestigen, is een <strong>beenmergbiopsie</strong> nodig: met een naald wordt een klein staal beenmerg uit het heupbeen genomen. Bij aplastische anemie bevat het staal heel weinig cellen die bloed aanmaken. Andere onderzoeken zoeken naar een oorzaak en sluiten andere ziekten uit, zoals myelodysplastische syndromen of leukemie.</p>",
                    "fr": "<p>Une <strong>numération sanguine</strong> montre que les trois types de cellules sanguines sont bas. Pour confirmer le diagnostic, une <strong>biopsie de moelle osseuse</strong> est nécessaire : un petit échantillon de moelle est prélevé dans l'os de la hanche avec une aiguille. Dans l'aplasie médullaire, l'échantillon contient très peu de cellules qui fabriquent le sang. D'autres examens recherchent une cause et écartent d'autres maladies, comme les syndromes myélodysplasiques ou une leucémie.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment la traite-t-on ?",
                },
                "body": {
                    "en": "<p>Treatment depends on how severe the condition is, your age and your general health.</p>"
                          "<ul><li><strong>Supportive care</strong>: blood and platelet transfusions, and medicines to prevent or treat infections.</li>"
                          "<li><strong>Immunosuppressive treatment</strong>: medicines that calm the immune system so the marrow can recover. It is often combined with a medicine that helps the marrow make more blood cells. It can take some months to work.</li>"
                          "<li>A <strong>stem cell transplant</strong> from a donor, often a brother or sister, can cure aplastic anaemia. It is mainly used for younger people with a severe form.</li></ul>"
                          "<p>Your haematologist will explain which treatment suits you. While your blood counts are low, washing your hands well, avoiding people with infections and careful food hygiene help lower the risk of infection.</p>",
                    "nl": "<p>De behandeling hangt af van hoe ernstig de aandoening is, uw leeftijd en uw algemene gezondheid.</p>"
                          "<ul><li><strong>Ondersteunende zorg</strong>: transfusies van bloed en bloedplaatjes, en geneesmiddelen om infecties te voorkomen of te behandelen.</li>"
                          "<li><strong>Immunosuppressieve behandeling</strong>: geneesmiddelen die het afweersysteem afremmen, zodat het beenmerg kan herstellen. Vaak wordt dit gecombineerd met een geneesmiddel dat het beenmerg helpt om meer bloedcellen te maken. Het kan enkele maanden duren voor het werkt.</li>"
                          "<li>Een <strong>stamceltransplantatie</strong> van een donor, vaak een broer of zus, kan aplastische anemie genezen. Ze wordt vooral gebruikt bij jongere mensen met een ernstige vorm.</li></ul>"
                          "<p>Uw hematoloog legt uit welke behandeling bij u past. Zolang uw bloedwaarden laag zijn, helpen goed handen wassen, contact vermijden met mensen die een infectie hebben, en zorgvuldige voedselhygiëne om het risico op infecties te verlagen.</p>",
                    "fr": "<p>Le traitement dépend de la gravité de la maladie, de votre âge et de votre état de santé général.</p>"
                          "<ul><li><strong>Soins de support</strong> : des transfusions de sang et de plaquettes, et des médicaments pour prévenir ou traiter les infections.</li>"
                          "<li><strong>Traitement immunosuppresseur</strong> : des médicaments qui calment le système immunitaire pour que la moelle puisse se rétablir. Il est souvent associé à un médicament qui aide la moelle à fabriquer plus de cellules sanguines. Il peut falloir quelques mois avant qu'il agisse.</li>"
                          "<li>Une <strong>greffe de cellules souches</strong> d'un donneur, souvent un frère ou une sœur, peut guérir l'aplasie médullaire. Elle est surtout utilisée chez les personnes plus jeunes atteintes d'une forme grave.</li></ul>"
                          "<p>Votre hématologue vous expliquera quel traitement vous convient. Tant que vos valeurs sanguines sont basses, bien vous laver les mains, éviter les personnes qui ont une infection et faire attention à l'hygiène alimentaire aident à réduire le risque d'infection.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>In aplastic anaemia, the bone marrow makes too few of all types of blood cells.</li>"
                          "<li>It is not a cancer. Usually the immune system attacks the stem cells by mistake.</li>"
                          "<li>Infections and bleeding are the main risks.</li>"
                          "<li>Treatments include transfusions, medicines that calm the immune system, and a stem cell transplant.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Bij aplastische anemie maakt het beenmerg te weinig van alle soorten bloedcellen.</li>"
                          "<li>Het is geen kanker. Meestal valt het afweersysteem de stamcellen per vergissing aan.</li>"
                          "<li>Infecties en bloedingen zijn de belangrijkste risico's.</li>"
                          "<li>Behandelingen zijn onder meer transfusies, geneesmiddelen die het afweersysteem afremmen, en een stamceltransplantatie.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Dans l'aplasie médullaire, la moelle osseuse fabrique trop peu de tous les types de cellules sanguines.</li>"
                          "<li>Ce n'est pas un cancer. Le plus souvent, le système immunitaire attaque les cellules souches par erreur.</li>"
                          "<li>Les infections et les saignements sont les principaux risques.</li>"
                          "<li>Les traitements comprennent des transfusions, des médicaments qui calment le système immunitaire et une greffe de cellules souches.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>A fever, shivering or suddenly feeling very unwell can mean a serious infection. Contact your haematology team or go to the emergency department straight away, day or night. Do not wait until the next day.</li>"
                          "<li>Call 112 or go to the emergency department for bleeding that does not stop, vomiting blood, black stools, or a severe headache, especially after a fall or a knock to the head.</li>"
                          "<li>Contact your haematology team the same day if you notice many new bruises or spots, or feel much more tired or breathless.</li></ul>",
                    "nl": "<ul><li>Koorts, rillingen of u plots erg ziek voelen kunnen wijzen op een ernstige infectie. Neem meteen contact op met uw hematologieteam of ga naar de spoeddienst, dag en nacht. Wacht niet tot de volgende dag.</li>"
                          "<li>Bel 112 of ga naar de spoeddienst bij een bloeding die niet stopt, bloed braken, zwarte stoelgang, of hevige hoofdpijn, zeker na een val of een klap op het hoofd.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam als u veel nieuwe blauwe plekken of puntjes ziet, of als u zich veel vermoeider of kortademiger voelt.</li></ul>",
                    "fr": "<ul><li>De la fièvre, des frissons ou un malaise soudain peuvent signifier une infection grave. Contactez immédiatement votre équipe d'hématologie ou rendez-vous aux urgences, de jour comme de nuit. N'attendez pas le lendemain.</li>"
                          "<li>Appelez le 112 ou rendez-vous aux urgences en cas de saignement qui ne s'arrête pas, de vomissement de sang, de selles noires, ou de violent mal de tête, surtout après une chute ou un coup à la tête.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même si vous remarquez beaucoup de nouveaux bleus ou de points, ou si vous êtes beaucoup plus fatigué ou essoufflé.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Iron-deficiency anaemia
    # ------------------------------------------------------------------
    {
        "category": "red-cell-disorders",
        "parent": None,
        "position": 20,
        "slug": {"en": "iron-deficiency-anaemia", "nl": "ijzertekortanemie", "fr": "anemie-ferriprive"},
        "name": {"en": "Iron-deficiency anaemia", "nl": "IJzertekortanemie", "fr": "Anémie ferriprive"},
        "summary": {
            "en": "Iron-deficiency anaemia happens when the body does not have enough iron to make healthy red blood cells. It is the most common type of anaemia. It is usually easy to treat, but a doctor must always find out why the iron is low.",
            "nl": "IJzertekortanemie ontstaat als het lichaam niet genoeg ijzer heeft om gezonde rode bloedcellen te maken. Het is de meest voorkomende vorm van bloedarmoede. Ze is meestal gemakkelijk te behandelen, maar een arts moet altijd uitzoeken waarom het ijzer te laag is.",
            "fr": "L'anémie ferriprive survient quand le corps n'a pas assez de fer pour fabriquer des globules rouges sains. C'est la forme d'anémie la plus fréquente. Elle se traite généralement facilement, mais un médecin doit toujours chercher pourquoi le fer est bas.",
        },
        "related": ["thalassaemia", "von-willebrand-disease", "sickle-cell-disease"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is iron-deficiency anaemia?",
                    "nl": "Wat is ijzertekortanemie?",
                    "fr": "Qu'est-ce que l'anémie ferriprive ?",
                },
                "body": {
                    "en": "<p><strong>Anaemia</strong> means you have too few red blood cells, or too little <strong>haemoglobin</strong>, the protein in red blood cells that carries oxygen around the body. The body needs <strong>iron</strong> to make haemoglobin. When iron runs low, the body makes fewer and smaller red blood cells, and less oxygen reaches your organs and muscles.</p>",
                    "nl": "<p><strong>Bloedarmoede</strong> (anemie) betekent dat u te weinig rode bloedcellen hebt, of te weinig <strong>hemoglobine</strong>, het eiwit in de rode bloedcellen dat zuurstof door het lichaam vervoert. Het lichaam heeft <strong>ijzer</strong> nodig om hemoglobine te maken. Als het ijzer opraakt, maakt het lichaam minder en kleinere rode bloedcellen, en krijgen uw organen en spieren minder zuurstof.</p>",
                    "fr": "<p>Une <strong>anémie</strong> signifie que vous avez trop peu de globules rouges, ou trop peu d'<strong>hémoglobine</strong>, la protéine des globules rouges qui transporte l'oxygène dans le corps. Le corps a besoin de <strong>fer</strong> pour fabriquer l'hémoglobine. Quand le fer vient à manquer, le corps fabrique moins de globules rouges, et des globules plus petits, et vos organes et vos muscles reçoivent moins d'oxygène.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Why is the iron low?",
                    "nl": "Waarom is het ijzer te laag?",
                    "fr": "Pourquoi le fer est-il bas ?",
                },
                "body": {
                    "en": "<p>Iron deficiency is not a full diagnosis on its own: there is always a reason, and your doctor needs to find it. Common reasons are:</p>"
                          "<ul><li><strong>blood loss</strong>: heavy periods, or slow bleeding from the stomach or bowel that you may not notice, for example from an ulcer, a polyp or sometimes bowel cancer</li>"
                          "<li><strong>not enough iron in the diet</strong></li>"
                          "<li><strong>a higher need for iron</strong>, during pregnancy or in children who are growing fast</li>"
                          "<li><strong>poor uptake of iron</strong> from food, for example in coeliac disease (a reaction of the gut to gluten) or after stomach surgery</li></ul>"
                          "<p>Hidden bleeding from the gut is an important cause, especially in men and in women who no longer have periods. That is why your doctor may suggest tests to look for it, even if you feel well.</p>",
                    "nl": "<p>Een ijzertekort is op zich geen volledige diagnose: er is altijd een reden, en uw arts moet die vinden. Vaak voorkomende redenen zijn:</p>"
                          "<ul><li><strong>bloedverlies</strong>: hevige menstruaties, of traag bloedverlies uit de maag of de darm dat u misschien niet merkt, bijvoorbeeld door een maagzweer, een poliep of soms darmkanker</li>"
                          "<li><strong>te weinig ijzer in de voeding</strong></li>"
                          "<li><strong>een grotere behoefte aan ijzer</strong>, tijdens de zwangerschap of bij kinderen die snel groeien</li>"
                          "<li><strong>slechte opname van ijzer</strong> uit de voeding, bijvoorbeeld bij coeliakie (een reactie van de darm op gluten) of na een maagoperatie</li></ul>"
                          "<p>Verborgen bloedverlies uit de darm is een belangrijke oorzaak, vooral bij mannen en bij vrouwen die niet meer menstrueren. Daarom kan uw arts onderzoeken voorstellen om dat op te sporen, ook als u zich goed voelt.</p>",
                    "fr": "<p>Un manque de fer n'est pas à lui seul un diagnostic complet : il y a toujours une raison, et votre médecin doit la trouver. Les raisons fréquentes sont :</p>"
                          "<ul><li>une <strong>perte de sang</strong> : des règles abondantes, ou un saignement lent de l'estomac ou de l'intestin que vous ne remarquez peut-être pas, par exemple à cause d'un ulcère, d'un polype ou parfois d'un cancer de l'intestin</li>"
                          "<li><strong>trop peu de fer dans l'alimentation</strong></li>"
                          "<li><strong>un besoin accru en fer</strong>, pendant la grossesse ou chez les enfants qui grandissent vite</li>"
                          "<li><strong>une mauvaise absorption du fer</strong> des aliments, par exemple dans la maladie cœliaque (une réaction de l'intestin au gluten) ou après une opération de l'estomac</li></ul>"
                          "<p>Un saignement caché de l'intestin est une cause importante, surtout chez les hommes et chez les femmes qui n'ont plus de règles. C'est pourquoi votre médecin peut proposer des examens pour le rechercher, même si vous vous sentez bien.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<ul><li>tiredness and lack of energy</li>"
                          "<li>pale skin</li>"
                          "<li>shortness of breath or a pounding heart when you make an effort</li>"
                          "<li>headaches and dizziness</li>"
                          "<li>brittle nails, hair loss, sore corners of the mouth</li>"
                          "<li>restless legs, or a craving to chew ice</li></ul>"
                          "<p>When iron drops slowly, the body gets used to it, and some people hardly notice any symptoms.</p>",
                    "nl": "<ul><li>vermoeidheid en gebrek aan energie</li>"
                          "<li>een bleke huid</li>"
                          "<li>kortademigheid of een bonzend hart bij inspanning</li>"
                          "<li>hoofdpijn en duizeligheid</li>"
                          "<li>broze nagels, haaruitval, pijnlijke mondhoeken</li>"
                          "<li>onrustige benen, of zin om op ijsblokjes te kauwen</li></ul>"
                          "<p>Als het ijzer langzaam daalt, went het lichaam eraan, en sommige mensen merken nauwelijks klachten.</p>",
                    "fr": "<ul><li>de la fatigue et un manque d'énergie</li>"
                          "<li>une peau pâle</li>"
                          "<li>un essoufflement ou un cœur qui bat fort à l'effort</li>"
                          "<li>des maux de tête et des vertiges</li>"
                          "<li>des ongles cassants, une chute de cheveux, des coins de la bouche douloureux</li>"
                          "<li>des jambes sans repos, ou une envie de croquer des glaçons</li></ul>"
                          "<p>Quand le fer baisse lentement, le corps s'y habitue, et certaines personnes ne remarquent presque aucun symptôme.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>A blood test shows the haemoglobin level and the size of the red blood cells. A test for <strong>ferritin</strong>, which reflects the body's iron stores, shows whether iron is low. Then your doctor looks for the cause. Depending on your situation, this may include questions about your periods and your diet, a stool test, a blood test for coeliac disease, or a <strong>camera test</strong> of the stomach or bowel (gastroscopy or colonoscopy).</p>",
                    "nl": "<p>Een bloedonderzoek toont het hemoglobinegehalte en de grootte van de rode bloedcellen. Een test op <strong>ferritine</strong>, dat de ijzervoorraad van het lichaam weerspiegelt, toont of het ijzer te laag is. Daarna zoekt uw arts de oorzaak. Afhankelijk van uw situatie gaat het om vragen over uw menstruaties en uw voeding, een stoelgangonderzoek, een bloedtest op coeliakie, of een <strong>onderzoek met een camera</strong> van de maag of de darm (gastroscopie of colonoscopie).</p>",
                    "fr": "<p>Une prise de sang montre le taux d'hémoglobine et la taille des globules rouges. Le dosage de la <strong>ferritine</strong>, qui reflète les réserves de fer du corps, montre si le fer est bas. Ensuite, votre médecin cherche la cause. Selon votre situation, il peut s'agir de questions sur vos règles et votre alimentation, d'une analyse de selles, d'une prise de sang pour la maladie cœliaque, ou d'un <strong>examen avec une caméra</strong> de l'estomac ou de l'intestin (gastroscopie ou coloscopie).</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment la traite-t-on ?",
                },
                "body": {
                    "en": "<p>There are two parts: <strong>treating the cause</strong>, and <strong>refilling the iron stores</strong>.</p>"
                          "<ul><li><strong>Iron tablets or liquid</strong> are usually the first choice. They can upset the stomach, cause constipation or diarrhoea, and turn stools dark; dark stools from iron are harmless. Your doctor will tell you how and for how long to take them, because the iron stores need time to refill, even after the blood count is normal again.</li>"
                          "<li><strong>Iron through a drip</strong> (infusion) is used if tablets do not work, cause too many side effects, or if iron is needed quickly.</li>"
                          "<li>A <strong>blood transfusion</strong> is only rarely needed, for very severe anaemia.</li></ul>"
                          "<p>Do not start iron supplements without advice: they can hide the cause, and too much iron is harmful. Keep iron tablets out of reach of children, as an overdose is dangerous for them.</p>",
                    "nl": "<p>De behandeling bestaat uit twee delen: <strong>de oorzaak behandelen</strong>, en <strong>de ijzervoorraad aanvullen</strong>.</p>"
                          "<ul><li><strong>IJzertabletten of ijzer in vloeibare vorm</strong> zijn meestal de eerste keuze. Ze kunnen de maag van streek brengen, verstopping of diarree geven, en de stoelgang donker kleuren; donkere stoelgang door ijzer is onschuldig. Uw arts zegt u hoe en hoe lang u ze moet innemen, want de ijzervoorraad heeft tijd nodig om zich aan te vullen, ook als het bloedbeeld weer normaal is.</li>"
                          "<li><strong>IJzer via een infuus</strong> wordt gebruikt als tabletten niet werken, te veel bijwerkingen geven, of als er snel ijzer nodig is.</li>"
                          "<li>Een <strong>bloedtransfusie</strong> is slechts zelden nodig, bij zeer ernstige bloedarmoede.</li></ul>"
                          "<p>Begin niet zonder advies met ijzersupplementen: ze kunnen de oorzaak verbergen, en te veel ijzer is schadelijk. Bewaar ijzertabletten buiten het bereik van kinderen, want een overdosis is gevaarlijk voor hen.</p>",
                    "fr": "<p>Le traitement comporte deux parties : <strong>traiter la cause</strong>, et <strong>refaire les réserves de fer</strong>.</p>"
                          "<ul><li><strong>Le fer en comprimés ou en sirop</strong> est généralement le premier choix. Il peut irriter l'estomac, causer de la constipation ou de la diarrhée, et foncer les selles ; des selles foncées dues au fer sont sans danger. Votre médecin vous dira comment et pendant combien de temps le prendre, car les réserves de fer ont besoin de temps pour se refaire, même quand la prise de sang est redevenue normale.</li>"
                          "<li><strong>Le fer par perfusion</strong> est utilisé si les comprimés n'agissent pas, causent trop d'effets secondaires, ou si le fer est nécessaire rapidement.</li>"
                          "<li>Une <strong>transfusion sanguine</strong> n'est que rarement nécessaire, en cas d'anémie très grave.</li></ul>"
                          "<p>Ne commencez pas à prendre du fer sans avis médical : il peut masquer la cause, et trop de fer est nocif. Gardez les comprimés de fer hors de portée des enfants, car un surdosage est dangereux pour eux.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Iron-deficiency anaemia means the body lacks the iron it needs to make enough haemoglobin.</li>"
                          "<li>There is always a cause, and your doctor must look for it, including hidden bleeding from the gut.</li>"
                          "<li>Iron tablets usually work well; iron through a drip is an alternative.</li>"
                          "<li>Do not take iron without medical advice, and keep it away from children.</li></ul>",
                    "nl": "<ul><li>Bij ijzertekortanemie heeft het lichaam te weinig ijzer om genoeg hemoglobine te maken.</li>"
                          "<li>Er is altijd een oorzaak, en uw arts moet die zoeken, ook verborgen bloedverlies uit de darm.</li>"
                          "<li>IJzertabletten werken meestal goed; ijzer via een infuus is een alternatief.</li>"
                          "<li>Neem geen ijzer zonder medisch advies, en houd het buiten het bereik van kinderen.</li></ul>",
                    "fr": "<ul><li>Dans l'anémie ferriprive, le corps manque du fer dont il a besoin pour fabriquer assez d'hémoglobine.</li>"
                          "<li>Il y a toujours une cause, et votre médecin doit la chercher, y compris un saignement caché de l'intestin.</li>"
                          "<li>Le fer en comprimés agit généralement bien ; le fer par perfusion est une autre possibilité.</li>"
                          "<li>Ne prenez pas de fer sans avis médical, et gardez-le hors de portée des enfants.</li></ul>",
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
                    "en": "<ul><li>Call 112 or go to the emergency department if you vomit blood, pass black, tar-like stools or a lot of blood with your stools, or if you faint.</li>"
                          "<li>Call 112 if you have chest pain or are very short of breath at rest.</li>"
                          "<li>See your GP soon if you are tired and pale and your symptoms are getting worse.</li></ul>",
                    "nl": "<ul><li>Bel 112 of ga naar de spoeddienst als u bloed braakt, zwarte, teerachtige stoelgang of veel bloed bij de stoelgang hebt, of als u flauwvalt.</li>"
                          "<li>Bel 112 bij pijn op de borst of als u in rust erg kortademig bent.</li>"
                          "<li>Ga snel naar uw huisarts als u moe en bleek bent en uw klachten erger worden.</li></ul>",
                    "fr": "<ul><li>Appelez le 112 ou rendez-vous aux urgences si vous vomissez du sang, si vos selles sont noires comme du goudron ou contiennent beaucoup de sang, ou si vous vous évanouissez.</li>"
                          "<li>Appelez le 112 en cas de douleur dans la poitrine ou si vous êtes très essoufflé au repos.</li>"
                          "<li>Consultez rapidement votre médecin généraliste si vous êtes fatigué et pâle et que vos symptômes s'aggravent.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Sickle cell disease
    # ------------------------------------------------------------------
    {
        "category": "red-cell-disorders",
        "parent": None,
        "position": 30,
        "slug": {"en": "sickle-cell-disease", "nl": "sikkelcelziekte", "fr": "drepanocytose"},
        "name": {"en": "Sickle cell disease", "nl": "Sikkelcelziekte", "fr": "Drépanocytose"},
        "summary": {
            "en": "Sickle cell disease is an inherited condition that changes the shape of red blood cells. The cells become stiff and curved like a sickle, which can block blood vessels and cause episodes of severe pain and other problems. With good care, many of these problems can be prevented or treated early.",
            "nl": "Sikkelcelziekte is een erfelijke aandoening die de vorm van de rode bloedcellen verandert. De cellen worden stijf en krom als een sikkel, waardoor ze bloedvaten kunnen afsluiten en aanvallen van hevige pijn en andere problemen kunnen veroorzaken. Met goede zorg kunnen veel van die problemen voorkomen of vroeg behandeld worden.",
            "fr": "La drépanocytose est une maladie héréditaire qui change la forme des globules rouges. Les cellules deviennent rigides et courbées comme une faucille, ce qui peut boucher les vaisseaux sanguins et causer des crises de douleur intense et d'autres problèmes. Avec de bons soins, beaucoup de ces problèmes peuvent être évités ou traités tôt.",
        },
        "related": ["thalassaemia", "iron-deficiency-anaemia", "aplastic-anaemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is sickle cell disease?",
                    "nl": "Wat is sikkelcelziekte?",
                    "fr": "Qu'est-ce que la drépanocytose ?",
                },
                "body": {
                    "en": "<p>Red blood cells carry oxygen with the help of a protein called <strong>haemoglobin</strong>. People with sickle cell disease have an altered form of haemoglobin, called <strong>haemoglobin S</strong>. After it releases its oxygen, the red cells can become stiff, sticky and shaped like a sickle (a curved blade), instead of round and soft.</p>"
                          "<p>Sickle cells cause two main problems:</p>"
                          "<ul><li>they get stuck in small blood vessels and block the blood flow. This causes pain and can damage organs. A painful episode is called a <strong>sickle cell crisis</strong>.</li>"
                          "<li>they break down sooner than normal red cells. This leads to <strong>anaemia</strong> (too few red blood cells) and sometimes <strong>jaundice</strong> (yellow eyes).</li></ul>",
                    "nl": "<p>Rode bloedcellen vervoeren zuurstof met behulp van een eiwit dat <strong>hemoglobine</strong> heet. Mensen met sikkelcelziekte hebben een veranderde vorm van hemoglobine, <strong>hemoglobine S</strong>. Nadat die zijn zuurstof heeft afgegeven, kunnen de rode bloedcellen stijf en kleverig worden en de vorm van een sikkel (een gebogen mes) krijgen, in plaats van rond en soepel te zijn.</p>"
                          "<p>Sikkelcellen veroorzaken twee grote problemen:</p>"
                          "<ul><li>ze blijven steken in kleine bloedvaten en blokkeren de bloedstroom. Dat veroorzaakt pijn en kan organen beschadigen. Zo'n pijnaanval heet een <strong>sikkelcelcrisis</strong>.</li>"
                          "<li>ze gaan sneller kapot dan gewone rode bloedcellen. Dat leidt tot <strong>bloedarmoede</strong> (te weinig rode bloedcellen) en soms <strong>geelzucht</strong> (gele ogen).</li></ul>",
                    "fr": "<p>Les globules rouges transportent l'oxygène grâce à une protéine appelée <strong>hémoglobine</strong>. Les personnes atteintes de drépanocytose ont une forme modifiée d'hémoglobine, appelée <strong>hémoglobine S</strong>. Après avoir libéré leur oxygène, les globules rouges peuvent devenir rigides, collants et prendre la forme d'une faucille, au lieu d'être ronds et souples.</p>"
                          "<p>Ces cellules en faucille causent deux grands problèmes :</p>"
                          "<ul><li>elles restent coincées dans les petits vaisseaux sanguins et bloquent la circulation. Cela cause des douleurs et peut abîmer des organes. Un épisode douloureux s'appelle une <strong>crise drépanocytaire</strong>.</li>"
                          "<li>elles sont détruites plus vite que les globules rouges normaux. Cela entraîne une <strong>anémie</strong> (trop peu de globules rouges) et parfois une <strong>jaunisse</strong> (yeux jaunes).</li></ul>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it inherited?",
                    "nl": "Hoe wordt het doorgegeven?",
                    "fr": "Comment se transmet-elle ?",
                },
                "body": {
                    "en": "<p>Sickle cell disease is <strong>inherited</strong>: it is passed on through genes from parents to their children. It is not contagious. Everyone has two copies of the gene for haemoglobin, one from each parent.</p>"
                          "<ul><li>A person with <strong>one</strong> sickle gene and one normal gene is a <strong>carrier</strong> (this is called sickle cell trait). Carriers are usually healthy and do not have the disease, but they can pass the gene on.</li>"
                          "<li>A person who inherits a sickle gene from <strong>both</strong> parents has sickle cell disease. Sickle cell disease can also happen when a person inherits one sickle gene and one other altered haemoglobin gene, such as a thalassaemia gene.</li></ul>"
                          "<p>When both parents are carriers, each child has a 1 in 4 chance of having sickle cell disease. A simple blood test shows whether you are a carrier, and genetic counselling can help couples understand their options.</p>",
                    "nl": "<p>Sikkelcelziekte is <strong>erfelijk</strong>: ze wordt via de genen van ouders op kinderen doorgegeven. Ze is niet besmettelijk. Iedereen heeft twee kopieën van het gen voor hemoglobine, één van elke ouder.</p>"
                          "<ul><li>Iemand met <strong>één</strong> sikkelcelgen en één normaal gen is <strong>drager</strong> (dat heet sikkelceltrait). Dragers zijn meestal gezond en hebben de ziekte niet, maar ze kunnen het gen wel doorgeven.</li>"
                          "<li>Iemand die van <strong>beide</strong> ouders een sikkelcelgen krijgt, heeft sikkelcelziekte. Sikkelcelziekte kan ook ontstaan als iemand één sikkelcelgen en één ander veranderd hemoglobinegen krijgt, zoals een gen voor thalassemie.</li></ul>"
                          "<p>Als beide ouders drager zijn, heeft elk kind 1 kans op 4 om sikkelcelziekte te hebben. Een eenvoudige bloedtest toont of u drager bent, en erfelijkheidsadvies kan koppels helpen om hun mogelijkheden te begrijpen.</p>",
                    "fr": "<p>La drépanocytose est <strong>héréditaire</strong> : elle se transmet par les gènes des parents à leurs enfants. Elle n'est pas contagieuse. Chacun possède deux copies du gène de l'hémoglobine, une venant de chaque parent.</p>"
                          "<ul><li>Une personne qui a <strong>un seul</strong> gène drépanocytaire et un gène normal est <strong>porteuse</strong> (on parle de trait drépanocytaire). Les porteurs sont généralement en bonne santé et n'ont pas la maladie, mais ils peuvent transmettre le gène.</li>"
                          "<li>Une personne qui reçoit un gène drépanocytaire de ses <strong>deux</strong> parents a la drépanocytose. La maladie peut aussi survenir quand une personne reçoit un gène drépanocytaire et un autre gène d'hémoglobine modifié, comme un gène de thalassémie.</li></ul>"
                          "<p>Quand les deux parents sont porteurs, chaque enfant a 1 risque sur 4 d'avoir la drépanocytose. Une simple prise de sang montre si vous êtes porteur, et une consultation de conseil génétique peut aider les couples à comprendre leurs possibilités.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<ul><li>sudden episodes of <strong>pain</strong>, often in the bones, back, chest or belly</li>"
                          "<li>tiredness and paleness from anaemia</li>"
                          "<li>a higher risk of serious <strong>infections</strong>, because the spleen (an organ that helps fight infection) does not work well</li>"
                          "<li>painful swelling of the hands and feet in young children</li>"
                          "<li>other problems, such as stroke, a serious lung problem called acute chest syndrome, eye damage, or painful, long-lasting erections</li></ul>",
                    "nl": "<ul><li>plotse aanvallen van <strong>pijn</strong>, vaak in de botten, de rug, de borst of de buik</li>"
                          "<li>vermoeidheid en bleekheid door bloedarmoede</li>"
                          "<li>een groter risico op ernstige <strong>infecties</strong>, omdat de milt (een orgaan dat helpt om infecties te bestrijden) niet goed werkt</li>"
                          "<li>pijnlijke zwelling van de handen en voeten bij jonge kinderen</li>"
                          "<li>andere problemen, zoals een beroerte, een ernstig longprobleem dat acuut thoraxsyndroom heet, oogschade, of pijnlijke, langdurige erecties</li></ul>",
                    "fr": "<ul><li>des crises soudaines de <strong>douleur</strong>, souvent dans les os, le dos, la poitrine ou le ventre</li>"
                          "<li>de la fatigue et une pâleur dues à l'anémie</li>"
                          "<li>un risque plus élevé d'<strong>infections</strong> graves, car la rate (un organe qui aide à combattre les infections) fonctionne mal</li>"
                          "<li>un gonflement douloureux des mains et des pieds chez les jeunes enfants</li>"
                          "<li>d'autres problèmes, comme un AVC, un problème pulmonaire grave appelé syndrome thoracique aigu, des lésions des yeux, ou des érections douloureuses et prolongées</li></ul>",
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
                    "en": "<p>A blood test that looks at the types of haemoglobin confirms the diagnosis. In many places, babies are tested at birth so that care can start early.</p>"
                          "<p>Care is usually given by a specialist team. It aims to prevent problems and to treat them early:</p>"
                          "<ul><li><strong>preventing infections</strong> with antibiotics in childhood, vaccinations, and folic acid to help make red blood cells</li>"
                          "<li><strong>treating pain</strong> with painkillers, fluids and warmth, at home or in hospital</li>"
                          "<li><strong>hydroxycarbamide</strong> (hydroxyurea), a daily medicine that reduces the number of crises for many people</li>"
                          "<li><strong>blood transfusions</strong>, for example to prevent or treat a stroke</li>"
                          "<li>a <strong>stem cell transplant</strong>, which can cure the disease in some people; newer gene therapies are being developed</li></ul>"
                          "<p>Cold, dehydration, infection, stress and very tiring exercise can trigger crises, so drinking plenty of water, keeping warm and resting help prevent them. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Een bloedtest die de soorten hemoglobine onderzoekt, bevestigt de diagnose. Op veel plaatsen worden baby's bij de geboorte getest, zodat de zorg vroeg kan starten.</p>"
                          "<p>De zorg wordt meestal gegeven door een gespecialiseerd team. Ze wil problemen voorkomen en vroeg behandelen:</p>"
                          "<ul><li><strong>infecties voorkomen</strong> met antibiotica in de kindertijd, vaccinaties, en foliumzuur om rode bloedcellen te helpen maken</li>"
                          "<li><strong>pijn behandelen</strong> met pijnstillers, vocht en warmte, thuis of in het ziekenhuis</li>"
                          "<li><strong>hydroxycarbamide</strong> (hydroxyurea), een dagelijks geneesmiddel dat bij veel mensen het aantal crisissen vermindert</li>"
                          "<li><strong>bloedtransfusies</strong>, bijvoorbeeld om een beroerte te voorkomen of te behandelen</li>"
                          "<li>een <strong>stamceltransplantatie</strong>, die de ziekte bij sommige mensen kan genezen; nieuwere gentherapieën worden ontwikkeld</li></ul>"
                          "<p>Koude, uitdroging, infectie, stress en erg zware inspanning kunnen een crisis uitlokken; veel water drinken, warm blijven en rusten helpen dus om crisissen te voorkomen. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Une prise de sang qui analyse les types d'hémoglobine confirme le diagnostic. Dans de nombreux endroits, les bébés sont testés à la naissance pour que les soins puissent commencer tôt.</p>"
                          "<p>Les soins sont généralement assurés par une équipe spécialisée. Ils visent à prévenir les problèmes et à les traiter tôt :</p>"
                          "<ul><li><strong>prévenir les infections</strong> par des antibiotiques pendant l'enfance, des vaccins, et de l'acide folique pour aider à fabriquer les globules rouges</li>"
                          "<li><strong>traiter la douleur</strong> par des antidouleurs, de l'hydratation et de la chaleur, à la maison ou à l'hôpital</li>"
                          "<li>l'<strong>hydroxycarbamide</strong> (hydroxyurée), un médicament quotidien qui réduit le nombre de crises chez beaucoup de personnes</li>"
                          "<li>des <strong>transfusions sanguines</strong>, par exemple pour prévenir ou traiter un AVC</li>"
                          "<li>une <strong>greffe de cellules souches</strong>, qui peut guérir la maladie chez certaines personnes ; de nouvelles thérapies géniques sont en cours de développement</li></ul>"
                          "<p>Le froid, la déshydratation, une infection, le stress et les efforts très intenses peuvent déclencher une crise : boire beaucoup d'eau, rester au chaud et se reposer aident donc à les prévenir. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Sickle cell disease is inherited: a person has it when they get a sickle gene from both parents.</li>"
                          "<li>Carriers (sickle cell trait) are usually healthy, but they can pass the gene on.</li>"
                          "<li>Sickle cells block small blood vessels, causing pain crises and other problems.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Sikkelcelziekte is erfelijk: iemand heeft ze als hij of zij van beide ouders een sikkelcelgen krijgt.</li>"
                          "<li>Dragers (sikkelceltrait) zijn meestal gezond, maar ze kunnen het gen doorgeven.</li>"
                          "<li>Sikkelcellen blokkeren kleine bloedvaten en veroorzaken pijncrisissen en andere problemen.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>La drépanocytose est héréditaire : une personne en est atteinte quand elle reçoit un gène drépanocytaire de ses deux parents.</li>"
                          "<li>Les porteurs (trait drépanocytaire) sont généralement en bonne santé, mais ils peuvent transmettre le gène.</li>"
                          "<li>Les cellules en faucille bouchent les petits vaisseaux et causent des crises douloureuses et d'autres problèmes.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 straight away for signs of a stroke: a drooping face, weakness in an arm or leg, difficulty speaking, or a sudden severe headache.</li>"
                          "<li>Go to the emergency department straight away for a fever, chest pain or difficulty breathing, pain that your usual painkillers do not relieve, a painful erection that does not go away, or sudden problems with vision.</li>"
                          "<li>For children: go to the emergency department if your child suddenly becomes very pale, floppy or tired, or if their belly swells. This can mean that blood is pooling in the spleen.</li>"
                          "<li>Always tell the staff that you have sickle cell disease.</li></ul>",
                    "nl": "<ul><li>Bel meteen 112 bij tekens van een beroerte: een afhangende mondhoek, zwakte in een arm of been, moeite met spreken, of plotse hevige hoofdpijn.</li>"
                          "<li>Ga meteen naar de spoeddienst bij koorts, pijn op de borst of moeilijk ademen, pijn die niet overgaat met uw gewone pijnstillers, een pijnlijke erectie die niet weggaat, of plotse problemen met het zien.</li>"
                          "<li>Bij kinderen: ga naar de spoeddienst als uw kind plots erg bleek, slap of moe wordt, of als de buik opzwelt. Dit kan betekenen dat bloed zich ophoopt in de milt.</li>"
                          "<li>Zeg altijd aan het personeel dat u sikkelcelziekte hebt.</li></ul>",
                    "fr": "<ul><li>Appelez immédiatement le 112 en cas de signes d'AVC : un visage qui s'affaisse, une faiblesse d'un bras ou d'une jambe, des difficultés à parler, ou un mal de tête soudain et violent.</li>"
                          "<li>Rendez-vous immédiatement aux urgences en cas de fièvre, de douleur dans la poitrine ou de difficulté à respirer, de douleur non soulagée par vos antidouleurs habituels, d'érection douloureuse qui ne passe pas, ou de troubles soudains de la vue.</li>"
                          "<li>Chez l'enfant : rendez-vous aux urgences si votre enfant devient soudain très pâle, mou ou fatigué, ou si son ventre gonfle. Cela peut signifier que du sang s'accumule dans la rate.</li>"
                          "<li>Dites toujours au personnel soignant que vous avez une drépanocytose.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Thalassaemia
    # ------------------------------------------------------------------
    {
        "category": "red-cell-disorders",
        "parent": None,
        "position": 40,
        "slug": {"en": "thalassaemia", "nl": "thalassemie", "fr": "thalassemie"},
        "name": {"en": "Thalassaemia", "nl": "Thalassemie", "fr": "Thalassémie"},
        "summary": {
            "en": "Thalassaemia is an inherited condition in which the body makes too little haemoglobin, the protein in red blood cells that carries oxygen. Carriers are usually healthy, while people with the disease can have anaemia that ranges from mild to severe. Treatment depends on the type and can include regular blood transfusions.",
            "nl": "Thalassemie is een erfelijke aandoening waarbij het lichaam te weinig hemoglobine maakt, het eiwit in de rode bloedcellen dat zuurstof vervoert. Dragers zijn meestal gezond, terwijl mensen met de ziekte bloedarmoede kunnen hebben die gaat van mild tot ernstig. De behandeling hangt af van de vorm en kan regelmatige bloedtransfusies omvatten.",
            "fr": "La thalassémie est une maladie héréditaire dans laquelle le corps fabrique trop peu d'hémoglobine, la protéine des globules rouges qui transporte l'oxygène. Les porteurs sont généralement en bonne santé, tandis que les personnes atteintes de la maladie peuvent avoir une anémie allant de légère à grave. Le traitement dépend du type et peut comprendre des transfusions sanguines régulières.",
        },
        "related": ["sickle-cell-disease", "iron-deficiency-anaemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is thalassaemia?",
                    "nl": "Wat is thalassemie?",
                    "fr": "Qu'est-ce que la thalassémie ?",
                },
                "body": {
                    "en": "<p><strong>Haemoglobin</strong> is built from parts called <strong>alpha</strong> and <strong>beta</strong> chains. In thalassaemia, changes in the genes for these chains mean the body makes too few of them. As a result, the red blood cells are small, contain less haemoglobin and break down more easily. This causes <strong>anaemia</strong> (too little haemoglobin in the blood).</p>"
                          "<p>There are two main types, named after the chain that is affected: <strong>alpha thalassaemia</strong> and <strong>beta thalassaemia</strong>. Each can be mild or severe. The most severe form of beta thalassaemia is sometimes called thalassaemia major.</p>",
                    "nl": "<p><strong>Hemoglobine</strong> is opgebouwd uit onderdelen die <strong>alfa</strong>- en <strong>bètaketens</strong> heten. Bij thalassemie zorgen veranderingen in de genen voor die ketens ervoor dat het lichaam er te weinig van maakt. Daardoor zijn de rode bloedcellen klein, bevatten ze minder hemoglobine en gaan ze gemakkelijker kapot. Dat veroorzaakt <strong>bloedarmoede</strong> (te weinig hemoglobine in het bloed).</p>"
                          "<p>Er zijn twee hoofdvormen, genoemd naar de keten die getroffen is: <strong>alfathalassemie</strong> en <strong>bètathalassemie</strong>. Elke vorm kan mild of ernstig zijn. De ernstigste vorm van bètathalassemie wordt soms thalassemia major genoemd.</p>",
                    "fr": "<p>L'<strong>hémoglobine</strong> est formée de parties appelées chaînes <strong>alpha</strong> et <strong>bêta</strong>. Dans la thalassémie, des modifications des gènes de ces chaînes font que le corps en fabrique trop peu. Les globules rouges sont alors petits, contiennent moins d'hémoglobine et se détruisent plus facilement. Cela provoque une <strong>anémie</strong> (trop peu d'hémoglobine dans le sang).</p>"
                          "<p>Il existe deux types principaux, nommés d'après la chaîne touchée : l'<strong>alpha-thalassémie</strong> et la <strong>bêta-thalassémie</strong>. Chacune peut être légère ou grave. La forme la plus grave de bêta-thalassémie est parfois appelée thalassémie majeure.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it inherited?",
                    "nl": "Hoe wordt het doorgegeven?",
                    "fr": "Comment se transmet-elle ?",
                },
                "body": {
                    "en": "<p>Thalassaemia is <strong>inherited</strong>: it is passed on through genes from parents to their children. It is not contagious.</p>"
                          "<ul><li>A <strong>carrier</strong> (also called thalassaemia trait or thalassaemia minor) has an altered gene from one parent. Carriers are usually healthy. Their red blood cells are smaller than normal, and they may have mild anaemia that needs no treatment.</li>"
                          "<li>A person who inherits altered genes from <strong>both</strong> parents can have thalassaemia disease, which may need lifelong care.</li></ul>"
                          "<p>When both parents carry beta thalassaemia, each child has a 1 in 4 chance of having the disease. Alpha thalassaemia is a little more complex, because we have more copies of the alpha genes. A blood test can show whether you are a carrier, and genetic counselling can help couples who are planning a family.</p>"
                          "<p><strong>Good to know:</strong> on a blood test, a carrier's small red blood cells can look like iron deficiency. Do not take iron unless tests show that your iron is really low.</p>",
                    "nl": "<p>Thalassemie is <strong>erfelijk</strong>: ze wordt via de genen van ouders op kinderen doorgegeven. Ze is niet besmettelijk.</p>"
                          "<ul><li>Een <strong>drager</strong> (ook thalassemietrait of thalassemia minor genoemd) heeft een veranderd gen van één ouder. Dragers zijn meestal gezond. Hun rode bloedcellen zijn kleiner dan normaal, en ze hebben soms een milde bloedarmoede die geen behandeling nodig heeft.</li>"
                          "<li>Iemand die van <strong>beide</strong> ouders veranderde genen krijgt, kan de ziekte thalassemie hebben, die soms levenslange zorg vraagt.</li></ul>"
                          "<p>Als beide ouders drager zijn van bètathalassemie, heeft elk kind 1 kans op 4 om de ziekte te hebben. Bij alfathalassemie ligt het wat ingewikkelder, omdat we meer kopieën van de alfagenen hebben. Een bloedtest kan tonen of u drager bent, en erfelijkheidsadvies kan koppels met een kinderwens helpen.</p>"
                          "<p><strong>Goed om te weten:</strong> bij een bloedonderzoek kunnen de kleine rode bloedcellen van een drager op ijzertekort lijken. Neem geen ijzer, tenzij onderzoeken tonen dat uw ijzer echt te laag is.</p>",
                    "fr": "<p>La thalassémie est <strong>héréditaire</strong> : elle se transmet par les gènes des parents à leurs enfants. Elle n'est pas contagieuse.</p>"
                          "<ul><li>Un <strong>porteur</strong> (on parle aussi de trait thalassémique ou de thalassémie mineure) a un gène modifié venant d'un seul parent. Les porteurs sont généralement en bonne santé. Leurs globules rouges sont plus petits que la normale, et ils peuvent avoir une légère anémie qui ne demande pas de traitement.</li>"
                          "<li>Une personne qui reçoit des gènes modifiés de ses <strong>deux</strong> parents peut avoir la maladie, qui peut demander des soins toute la vie.</li></ul>"
                          "<p>Quand les deux parents sont porteurs de bêta-thalassémie, chaque enfant a 1 risque sur 4 d'avoir la maladie. L'alpha-thalassémie est un peu plus complexe, car nous avons plus de copies des gènes alpha. Une prise de sang peut montrer si vous êtes porteur, et une consultation de conseil génétique peut aider les couples qui ont un projet d'enfant.</p>"
                          "<p><strong>Bon à savoir :</strong> lors d'une prise de sang, les petits globules rouges d'un porteur peuvent ressembler à un manque de fer. Ne prenez pas de fer, sauf si des analyses montrent que votre fer est vraiment bas.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and diagnosis",
                    "nl": "Klachten en diagnose",
                    "fr": "Signes et diagnostic",
                },
                "body": {
                    "en": "<p>Carriers usually have no symptoms. People with thalassaemia disease may have:</p>"
                          "<ul><li>tiredness, weakness, pale skin and shortness of breath</li>"
                          "<li>yellow skin or eyes (<strong>jaundice</strong>)</li>"
                          "<li>a swollen belly from a large spleen or liver</li>"
                          "<li>slow growth and late puberty in children</li>"
                          "<li>changes in the bones of the face and skull, if it is not treated</li></ul>"
                          "<p>In severe beta thalassaemia, symptoms usually start in the first years of life. A <strong>full blood count</strong> shows small red blood cells. Special tests of the haemoglobin, and often <strong>genetic tests</strong>, confirm the type. Testing is also possible during pregnancy.</p>",
                    "nl": "<p>Dragers hebben meestal geen klachten. Mensen met de ziekte thalassemie kunnen last hebben van:</p>"
                          "<ul><li>vermoeidheid, zwakte, een bleke huid en kortademigheid</li>"
                          "<li>een gele huid of gele ogen (<strong>geelzucht</strong>)</li>"
                          "<li>een gezwollen buik door een vergrote milt of lever</li>"
                          "<li>trage groei en een late puberteit bij kinderen</li>"
                          "<li>veranderingen in de botten van het gezicht en de schedel, als het niet behandeld wordt</li></ul>"
                          "<p>Bij ernstige bètathalassemie beginnen de klachten meestal in de eerste levensjaren. Een <strong>volledig bloedbeeld</strong> toont kleine rode bloedcellen. Speciale testen van de hemoglobine, en vaak <strong>genetische testen</strong>, bevestigen de vorm. Testen tijdens de zwangerschap is ook mogelijk.</p>",
                    "fr": "<p>Les porteurs n'ont généralement aucun symptôme. Les personnes atteintes de la maladie peuvent avoir :</p>"
                          "<ul><li>de la fatigue, de la faiblesse, une peau pâle et un essoufflement</li>"
                          "<li>une peau ou des yeux jaunes (<strong>jaunisse</strong>)</li>"
                          "<li>un ventre gonflé à cause d'une grosse rate ou d'un gros foie</li>"
                          "<li>une croissance lente et une puberté tardive chez l'enfant</li>"
                          "<li>des changements des os du visage et du crâne, si la maladie n'est pas traitée</li></ul>"
                          "<p>Dans la bêta-thalassémie grave, les symptômes commencent généralement dans les premières années de vie. Une <strong>numération sanguine</strong> montre de petits globules rouges. Des analyses spéciales de l'hémoglobine, et souvent des <strong>tests génétiques</strong>, confirment le type. Un test pendant la grossesse est aussi possible.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment la traite-t-on ?",
                },
                "body": {
                    "en": "<p>Carriers do not need treatment. For thalassaemia disease, treatment depends on the type and how severe it is:</p>"
                          "<ul><li>regular <strong>blood transfusions</strong>, often every few weeks for the severe forms</li>"
                          "<li><strong>iron chelation</strong>: medicines that remove the extra iron that builds up from transfusions. Too much iron can damage the heart, the liver and the hormone glands.</li>"
                          "<li><strong>folic acid</strong> to help make red blood cells</li>"
                          "<li>sometimes removal of the <strong>spleen</strong></li>"
                          "<li>a <strong>stem cell transplant</strong>, which can cure thalassaemia in some people; newer treatments, including gene therapy, may be an option for some</li></ul>"
                          "<p>Regular check-ups of the heart, liver, bones and hormones are part of good care. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Dragers hebben geen behandeling nodig. Bij de ziekte thalassemie hangt de behandeling af van de vorm en hoe ernstig ze is:</p>"
                          "<ul><li>regelmatige <strong>bloedtransfusies</strong>, bij de ernstige vormen vaak om de paar weken</li>"
                          "<li><strong>ijzerchelatie</strong>: geneesmiddelen die het extra ijzer verwijderen dat zich door transfusies opstapelt. Te veel ijzer kan het hart, de lever en de hormoonklieren beschadigen.</li>"
                          "<li><strong>foliumzuur</strong> om rode bloedcellen te helpen maken</li>"
                          "<li>soms het wegnemen van de <strong>milt</strong></li>"
                          "<li>een <strong>stamceltransplantatie</strong>, die thalassemie bij sommige mensen kan genezen; nieuwere behandelingen, zoals gentherapie, kunnen voor sommigen een mogelijkheid zijn</li></ul>"
                          "<p>Regelmatige controles van het hart, de lever, de botten en de hormonen horen bij goede zorg. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Les porteurs n'ont pas besoin de traitement. Pour la maladie, le traitement dépend du type et de sa gravité :</p>"
                          "<ul><li>des <strong>transfusions sanguines</strong> régulières, souvent toutes les quelques semaines pour les formes graves</li>"
                          "<li>la <strong>chélation du fer</strong> : des médicaments qui éliminent le fer en trop accumulé à cause des transfusions. Trop de fer peut abîmer le cœur, le foie et les glandes hormonales.</li>"
                          "<li>de l'<strong>acide folique</strong> pour aider à fabriquer les globules rouges</li>"
                          "<li>parfois l'ablation de la <strong>rate</strong></li>"
                          "<li>une <strong>greffe de cellules souches</strong>, qui peut guérir la thalassémie chez certaines personnes ; de nouveaux traitements, dont la thérapie génique, peuvent être une possibilité pour certains</li></ul>"
                          "<p>Des contrôles réguliers du cœur, du foie, des os et des hormones font partie de bons soins. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Thalassaemia is inherited: the body makes too little haemoglobin.</li>"
                          "<li>Carriers are usually healthy; people with the disease may need lifelong care.</li>"
                          "<li>A carrier's blood test can look like iron deficiency; only take iron if tests show it is low.</li>"
                          "<li>Severe forms are treated with regular transfusions and medicines that remove extra iron.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Thalassemie is erfelijk: het lichaam maakt te weinig hemoglobine.</li>"
                          "<li>Dragers zijn meestal gezond; mensen met de ziekte hebben soms levenslang zorg nodig.</li>"
                          "<li>Het bloedonderzoek van een drager kan op ijzertekort lijken; neem alleen ijzer als onderzoeken tonen dat het te laag is.</li>"
                          "<li>Ernstige vormen worden behandeld met regelmatige transfusies en geneesmiddelen die het extra ijzer verwijderen.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>La thalassémie est héréditaire : le corps fabrique trop peu d'hémoglobine.</li>"
                          "<li>Les porteurs sont généralement en bonne santé ; les personnes atteintes de la maladie peuvent avoir besoin de soins toute leur vie.</li>"
                          "<li>La prise de sang d'un porteur peut ressembler à un manque de fer ; ne prenez du fer que si les analyses montrent qu'il est bas.</li>"
                          "<li>Les formes graves sont traitées par des transfusions régulières et des médicaments qui éliminent le fer en trop.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>If your spleen has been removed, a fever can mean a serious infection. Contact your haematology team or go to the emergency department straight away.</li>"
                          "<li>Call 112 if you have chest pain, a very fast or irregular heartbeat, or severe shortness of breath.</li>"
                          "<li>Contact your haematology team the same day if you become much more tired, pale or yellow than usual.</li></ul>",
                    "nl": "<ul><li>Als uw milt is weggenomen, kan koorts wijzen op een ernstige infectie. Neem meteen contact op met uw hematologieteam of ga naar de spoeddienst.</li>"
                          "<li>Bel 112 bij pijn op de borst, een erg snelle of onregelmatige hartslag, of ernstige kortademigheid.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam als u veel vermoeider, bleker of geler wordt dan normaal.</li></ul>",
                    "fr": "<ul><li>Si votre rate a été retirée, une fièvre peut signifier une infection grave. Contactez immédiatement votre équipe d'hématologie ou rendez-vous aux urgences.</li>"
                          "<li>Appelez le 112 en cas de douleur dans la poitrine, de battements de cœur très rapides ou irréguliers, ou d'essoufflement important.</li>"
                          "<li>Contactez votre équipe d'hématologie le jour même si vous devenez beaucoup plus fatigué, pâle ou jaune que d'habitude.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Haemophilia
    # ------------------------------------------------------------------
    {
        "category": "bleeding-disorders",
        "parent": None,
        "position": 10,
        "slug": {"en": "haemophilia", "nl": "hemofilie", "fr": "hemophilie"},
        "name": {"en": "Haemophilia", "nl": "Hemofilie", "fr": "Hémophilie"},
        "summary": {
            "en": "Haemophilia is an inherited bleeding disorder in which the blood does not clot properly, because a clotting factor is missing or low. It mostly affects males. With modern treatment and care from a specialist centre, people with haemophilia can lead active lives.",
            "nl": "Hemofilie is een erfelijke bloedingsstoornis waarbij het bloed niet goed stolt, omdat een stollingsfactor ontbreekt of te laag is. Ze treft vooral mannen en jongens. Met moderne behandeling en zorg in een gespecialiseerd centrum kunnen mensen met hemofilie een actief leven leiden.",
            "fr": "L'hémophilie est une maladie héréditaire de la coagulation : le sang ne coagule pas bien, parce qu'un facteur de coagulation manque ou est trop bas. Elle touche surtout les hommes et les garçons. Grâce aux traitements modernes et aux soins d'un centre spécialisé, les personnes hémophiles peuvent mener une vie active.",
        },
        "related": ["von-willebrand-disease", "immune-thrombocytopenia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is haemophilia?",
                    "nl": "Wat is hemofilie?",
                    "fr": "Qu'est-ce que l'hémophilie ?",
                },
                "body": {
                    "en": "<p>When you bleed, the blood forms a <strong>clot</strong> to stop the bleeding. This needs proteins in the blood called <strong>clotting factors</strong>. People with haemophilia have too little of one clotting factor:</p>"
                          "<ul><li><strong>haemophilia A</strong>: too little factor VIII (factor 8). This is the most common type.</li>"
                          "<li><strong>haemophilia B</strong>: too little factor IX (factor 9).</li></ul>"
                          "<p>People with haemophilia do not bleed faster than other people, but they bleed for longer. Haemophilia can be <strong>mild</strong>, <strong>moderate</strong> or <strong>severe</strong>, depending on how much clotting factor is in the blood.</p>",
                    "nl": "<p>Als u bloedt, vormt het bloed een <strong>stolsel</strong> om de bloeding te stoppen. Daarvoor zijn eiwitten in het bloed nodig die <strong>stollingsfactoren</strong> heten. Mensen met hemofilie hebben te weinig van één stollingsfactor:</p>"
                          "<ul><li><strong>hemofilie A</strong>: te weinig factor VIII (factor 8). Dit is de meest voorkomende vorm.</li>"
                          "<li><strong>hemofilie B</strong>: te weinig factor IX (factor 9).</li></ul>"
                          "<p>Mensen met hemofilie bloeden niet sneller dan anderen, maar wel langer. Hemofilie kan <strong>mild</strong>, <strong>matig</strong> of <strong>ernstig</strong> zijn, afhankelijk van hoeveel stollingsfactor er in het bloed is.</p>",
                    "fr": "<p>Quand vous saignez, le sang forme un <strong>caillot</strong> pour arrêter le saignement. Pour cela, il faut des protéines du sang appelées <strong>facteurs de coagulation</strong>. Les personnes hémophiles ont trop peu d'un facteur de coagulation :</p>"
                          "<ul><li><strong>hémophilie A</strong> : trop peu de facteur VIII (facteur 8). C'est la forme la plus fréquente.</li>"
                          "<li><strong>hémophilie B</strong> : trop peu de facteur IX (facteur 9).</li></ul>"
                          "<p>Les personnes hémophiles ne saignent pas plus vite que les autres, mais plus longtemps. L'hémophilie peut être <strong>légère</strong>, <strong>modérée</strong> ou <strong>sévère</strong>, selon la quantité de facteur de coagulation présente dans le sang.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it inherited?",
                    "nl": "Hoe wordt het doorgegeven?",
                    "fr": "Comment se transmet-elle ?",
                },
                "body": {
                    "en": "<p>The genes for factor VIII and factor IX lie on the <strong>X chromosome</strong>. Chromosomes are tiny packages of genes inside our cells.</p>"
                          "<ul><li>Boys have one X and one Y chromosome. If a boy's X carries the altered gene, he has haemophilia, because he has no second X to make up for it.</li>"
                          "<li>Girls have two X chromosomes. A girl with one altered X is usually a <strong>carrier</strong>. Some carriers have low factor levels and bleed more than usual, so they should be tested too.</li></ul>"
                          "<p>A mother who is a carrier can pass the gene to her children: a son who gets it will have haemophilia, and a daughter who gets it will be a carrier. A father with haemophilia passes the gene to all his daughters, who become carriers, but not to his sons. Sometimes haemophilia appears in a family for the first time, through a new change in the gene.</p>",
                    "nl": "<p>De genen voor factor VIII en factor IX liggen op het <strong>X-chromosoom</strong>. Chromosomen zijn kleine pakketjes genen in onze cellen.</p>"
                          "<ul><li>Jongens hebben één X- en één Y-chromosoom. Als de X van een jongen het veranderde gen draagt, heeft hij hemofilie, omdat hij geen tweede X heeft om dat op te vangen.</li>"
                          "<li>Meisjes hebben twee X-chromosomen. Een meisje met één veranderde X is meestal <strong>draagster</strong>. Sommige draagsters hebben lage factorwaarden en bloeden meer dan normaal; daarom moeten ook zij getest worden.</li></ul>"
                          "<p>Een moeder die draagster is, kan het gen doorgeven aan haar kinderen: een zoon die het krijgt, heeft hemofilie, en een dochter die het krijgt, is draagster. Een vader met hemofilie geeft het gen door aan al zijn dochters, die draagster worden, maar niet aan zijn zonen. Soms verschijnt hemofilie voor het eerst in een familie, door een nieuwe verandering in het gen.</p>",
                    "fr": "<p>Les gènes du facteur VIII et du facteur IX se trouvent sur le <strong>chromosome X</strong>. Les chromosomes sont de petits paquets de gènes dans nos cellules.</p>"
                          "<ul><li>Les garçons ont un chromosome X et un chromosome Y. Si le X d'un garçon porte le gène modifié, il est hémophile, car il n'a pas de deuxième X pour compenser.</li>"
                          "<li>Les filles ont deux chromosomes X. Une fille qui a un X modifié est généralement <strong>conductrice</strong> (porteuse). Certaines conductrices ont des taux de facteur bas et saignent plus que la normale : elles doivent donc aussi être testées.</li></ul>"
                          "<p>Une mère conductrice peut transmettre le gène à ses enfants : un fils qui le reçoit sera hémophile, et une fille qui le reçoit sera conductrice. Un père hémophile transmet le gène à toutes ses filles, qui deviennent conductrices, mais pas à ses fils. Parfois, l'hémophilie apparaît pour la première fois dans une famille, à cause d'une nouvelle modification du gène.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<ul><li>bleeding into <strong>joints</strong> such as the knees, ankles and elbows, causing pain, swelling and stiffness; repeated joint bleeds can damage the joint</li>"
                          "<li>bleeding into <strong>muscles</strong></li>"
                          "<li>large bruises from small knocks</li>"
                          "<li>bleeding for a long time after cuts, losing a tooth, dental treatment or surgery</li>"
                          "<li>in severe haemophilia, bleeding without any clear injury</li></ul>"
                          "<p>Mild haemophilia may only be noticed after an operation or a tooth extraction.</p>",
                    "nl": "<ul><li>bloedingen in de <strong>gewrichten</strong>, zoals de knieën, enkels en ellebogen, met pijn, zwelling en stijfheid; herhaalde gewrichtsbloedingen kunnen het gewricht beschadigen</li>"
                          "<li>bloedingen in de <strong>spieren</strong></li>"
                          "<li>grote blauwe plekken na kleine stoten</li>"
                          "<li>lang bloeden na snijwondjes, het verliezen van een tand, een tandheelkundige behandeling of een operatie</li>"
                          "<li>bij ernstige hemofilie: bloedingen zonder duidelijke verwonding</li></ul>"
                          "<p>Milde hemofilie wordt soms pas opgemerkt na een operatie of het trekken van een tand.</p>",
                    "fr": "<ul><li>des saignements dans les <strong>articulations</strong>, comme les genoux, les chevilles et les coudes, avec douleur, gonflement et raideur ; des saignements répétés peuvent abîmer l'articulation</li>"
                          "<li>des saignements dans les <strong>muscles</strong></li>"
                          "<li>de grands bleus après de petits chocs</li>"
                          "<li>des saignements qui durent longtemps après une coupure, la perte d'une dent, des soins dentaires ou une opération</li>"
                          "<li>dans l'hémophilie sévère : des saignements sans blessure claire</li></ul>"
                          "<p>Une hémophilie légère peut n'être remarquée qu'après une opération ou l'extraction d'une dent.</p>",
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
                    "en": "<p>Blood tests measure how well the blood clots and how much factor VIII or IX is present. Genetic tests can find the exact gene change and show which relatives are carriers.</p>"
                          "<p>Care is best given by a specialist <strong>haemophilia centre</strong>. Treatments include:</p>"
                          "<ul><li><strong>replacing the missing clotting factor</strong> with injections into a vein, either when bleeding happens or regularly to prevent bleeds (<strong>prophylaxis</strong>). Many people learn to inject at home.</li>"
                          "<li><strong>newer medicines</strong> given as an injection under the skin, which help the blood clot</li>"
                          "<li>for mild haemophilia A, a medicine called <strong>desmopressin</strong>, which releases the body's own stored factor VIII</li>"
                          "<li><strong>gene therapy</strong>, an option for some adults</li></ul>"
                          "<p>Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Bloedonderzoek meet hoe goed het bloed stolt en hoeveel factor VIII of IX er is. Genetische testen kunnen de precieze genverandering vinden en tonen welke familieleden drager zijn.</p>"
                          "<p>De zorg gebeurt best in een gespecialiseerd <strong>hemofiliecentrum</strong>. Behandelingen zijn onder meer:</p>"
                          "<ul><li><strong>de ontbrekende stollingsfactor aanvullen</strong> met inspuitingen in een ader, ofwel bij een bloeding, ofwel regelmatig om bloedingen te voorkomen (<strong>profylaxe</strong>). Veel mensen leren zichzelf thuis inspuiten.</li>"
                          "<li><strong>nieuwere geneesmiddelen</strong> die onder de huid worden ingespoten en het bloed helpen stollen</li>"
                          "<li>bij milde hemofilie A: een geneesmiddel dat <strong>desmopressine</strong> heet en dat de eigen voorraad factor VIII van het lichaam vrijmaakt</li>"
                          "<li><strong>gentherapie</strong>, een mogelijkheid voor sommige volwassenen</li></ul>"
                          "<p>Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Des analyses de sang mesurent si le sang coagule bien et la quantité de facteur VIII ou IX. Des tests génétiques peuvent trouver la modification exacte du gène et montrer quels membres de la famille sont porteurs.</p>"
                          "<p>Les soins sont idéalement assurés par un <strong>centre de traitement de l'hémophilie</strong>. Les traitements comprennent :</p>"
                          "<ul><li><strong>le remplacement du facteur de coagulation manquant</strong> par des injections dans une veine, soit en cas de saignement, soit régulièrement pour prévenir les saignements (<strong>prophylaxie</strong>). Beaucoup de personnes apprennent à se faire les injections à la maison.</li>"
                          "<li>des <strong>médicaments plus récents</strong> injectés sous la peau, qui aident le sang à coaguler</li>"
                          "<li>dans l'hémophilie A légère : un médicament appelé <strong>desmopressine</strong>, qui libère le facteur VIII stocké par le corps</li>"
                          "<li>la <strong>thérapie génique</strong>, une possibilité pour certains adultes</li></ul>"
                          "<p>Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Living with haemophilia",
                    "nl": "Leven met hemofilie",
                    "fr": "Vivre avec l'hémophilie",
                },
                "body": {
                    "en": "<p>Regular exercise, such as swimming or cycling, strengthens the muscles and protects the joints; ask your team which sports suit you. Before any surgery, dental treatment or vaccination, tell the doctor or dentist that you have haemophilia. Do not take aspirin or anti-inflammatory painkillers such as ibuprofen unless your haematologist agrees. Always carry your haemophilia card.</p>",
                    "nl": "<p>Regelmatig bewegen, zoals zwemmen of fietsen, versterkt de spieren en beschermt de gewrichten; vraag uw team welke sporten bij u passen. Zeg vóór elke operatie, tandheelkundige behandeling of vaccinatie aan de arts of tandarts dat u hemofilie hebt. Neem geen aspirine of ontstekingsremmende pijnstillers zoals ibuprofen, tenzij uw hematoloog akkoord gaat. Draag altijd uw hemofiliekaart bij u.</p>",
                    "fr": "<p>Une activité physique régulière, comme la natation ou le vélo, renforce les muscles et protège les articulations ; demandez à votre équipe quels sports vous conviennent. Avant toute opération, tout soin dentaire ou tout vaccin, dites au médecin ou au dentiste que vous êtes hémophile. Ne prenez pas d'aspirine ni d'anti-inflammatoires comme l'ibuprofène sans l'accord de votre hématologue. Ayez toujours votre carte d'hémophile sur vous.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Haemophilia A is a lack of factor VIII; haemophilia B is a lack of factor IX.</li>"
                          "<li>It is inherited through the X chromosome, so it mostly affects males; women can be carriers, and some have bleeding symptoms.</li>"
                          "<li>Bleeding into joints and muscles is typical.</li>"
                          "<li>Modern treatment can prevent most bleeds; care is best given by a haemophilia centre.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Bij hemofilie A is er te weinig factor VIII; bij hemofilie B te weinig factor IX.</li>"
                          "<li>Het wordt doorgegeven via het X-chromosoom en treft dus vooral mannen; vrouwen kunnen draagster zijn, en sommigen hebben zelf bloedingsklachten.</li>"
                          "<li>Bloedingen in gewrichten en spieren zijn typisch.</li>"
                          "<li>Moderne behandeling kan de meeste bloedingen voorkomen; de zorg gebeurt best in een hemofiliecentrum.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>L'hémophilie A est un manque de facteur VIII ; l'hémophilie B, un manque de facteur IX.</li>"
                          "<li>Elle se transmet par le chromosome X et touche donc surtout les hommes ; les femmes peuvent être conductrices, et certaines ont elles-mêmes des saignements.</li>"
                          "<li>Les saignements dans les articulations et les muscles sont typiques.</li>"
                          "<li>Les traitements modernes peuvent éviter la plupart des saignements ; les soins sont idéalement assurés par un centre de l'hémophilie.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 or go to the emergency department after <strong>any head injury</strong>, even a mild one, or if you have a severe headache, vomiting, drowsiness, confusion or a stiff neck.</li>"
                          "<li>Call 112 for bleeding in the neck or throat, difficulty breathing or swallowing, or bleeding that does not stop.</li>"
                          "<li>Contact your haemophilia centre straight away for a possible joint or muscle bleed (tingling, warmth, pain, swelling or stiffness), severe belly pain, or blood in the urine or stools. Treat early, as your team has taught you. Always say that you have haemophilia.</li></ul>",
                    "nl": "<ul><li>Bel 112 of ga naar de spoeddienst na <strong>elke hoofdwonde of klap op het hoofd</strong>, ook een lichte, of bij hevige hoofdpijn, braken, sufheid, verwardheid of een stijve nek.</li>"
                          "<li>Bel 112 bij een bloeding in de hals of keel, moeite met ademen of slikken, of een bloeding die niet stopt.</li>"
                          "<li>Neem meteen contact op met uw hemofiliecentrum bij een mogelijke gewrichts- of spierbloeding (tintelingen, warmte, pijn, zwelling of stijfheid), hevige buikpijn, of bloed in de urine of de stoelgang. Behandel vroeg, zoals uw team u heeft aangeleerd. Zeg altijd dat u hemofilie hebt.</li></ul>",
                    "fr": "<ul><li>Appelez le 112 ou rendez-vous aux urgences après <strong>tout choc à la tête</strong>, même léger, ou en cas de violent mal de tête, de vomissements, de somnolence, de confusion ou de raideur de la nuque.</li>"
                          "<li>Appelez le 112 en cas de saignement dans le cou ou la gorge, de difficulté à respirer ou à avaler, ou de saignement qui ne s'arrête pas.</li>"
                          "<li>Contactez immédiatement votre centre de l'hémophilie en cas de saignement possible dans une articulation ou un muscle (picotements, chaleur, douleur, gonflement ou raideur), de douleur intense au ventre, ou de sang dans les urines ou les selles. Traitez tôt, comme votre équipe vous l'a appris. Dites toujours que vous êtes hémophile.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Von Willebrand disease
    # ------------------------------------------------------------------
    {
        "category": "bleeding-disorders",
        "parent": None,
        "position": 20,
        "slug": {"en": "von-willebrand-disease", "nl": "ziekte-van-von-willebrand", "fr": "maladie-de-von-willebrand"},
        "name": {"en": "Von Willebrand disease", "nl": "Ziekte van von Willebrand", "fr": "Maladie de von Willebrand"},
        "summary": {
            "en": "Von Willebrand disease is the most common inherited bleeding disorder. The blood lacks enough working von Willebrand factor, a protein that helps the blood clot. It is often mild, and many people do not know they have it.",
            "nl": "De ziekte van von Willebrand is de meest voorkomende erfelijke bloedingsstoornis. Het bloed heeft te weinig goed werkende von Willebrandfactor, een eiwit dat helpt om het bloed te laten stollen. De ziekte is vaak mild, en veel mensen weten niet dat ze ze hebben.",
            "fr": "La maladie de von Willebrand est la maladie hémorragique héréditaire la plus fréquente. Le sang manque de facteur von Willebrand qui fonctionne bien, une protéine qui aide le sang à coaguler. Elle est souvent légère, et beaucoup de personnes ne savent pas qu'elles l'ont.",
        },
        "related": ["haemophilia", "immune-thrombocytopenia", "iron-deficiency-anaemia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is von Willebrand disease?",
                    "nl": "Wat is de ziekte van von Willebrand?",
                    "fr": "Qu'est-ce que la maladie de von Willebrand ?",
                },
                "body": {
                    "en": "<p><strong>Von Willebrand factor</strong> is a protein in the blood. When a blood vessel is damaged, it helps <strong>platelets</strong> (tiny blood cells) stick to the wound and to each other to plug it. It also carries and protects <strong>factor VIII</strong>, another clotting protein. In von Willebrand disease, there is too little von Willebrand factor, or it does not work well, so bleeding lasts longer than normal.</p>"
                          "<p>There are three main types:</p>"
                          "<ul><li><strong>type 1</strong>: there is less of the factor than normal. This is the most common type and is usually mild.</li>"
                          "<li><strong>type 2</strong>: the factor is there, but it does not work properly. There are several subtypes.</li>"
                          "<li><strong>type 3</strong>: there is almost none. This type is rare and causes severe bleeding.</li></ul>",
                    "nl": "<p><strong>Von Willebrandfactor</strong> is een eiwit in het bloed. Als een bloedvat beschadigd is, helpt het de <strong>bloedplaatjes</strong> (kleine bloedcellen) om aan de wonde en aan elkaar te kleven en zo het gaatje te dichten. Het vervoert en beschermt ook <strong>factor VIII</strong>, een ander stollingseiwit. Bij de ziekte van von Willebrand is er te weinig von Willebrandfactor, of werkt die niet goed, waardoor bloedingen langer duren dan normaal.</p>"
                          "<p>Er zijn drie hoofdtypes:</p>"
                          "<ul><li><strong>type 1</strong>: er is minder van de factor dan normaal. Dit is het meest voorkomende type en het is meestal mild.</li>"
                          "<li><strong>type 2</strong>: de factor is er wel, maar werkt niet goed. Er zijn verschillende subtypes.</li>"
                          "<li><strong>type 3</strong>: er is bijna geen factor. Dit type is zeldzaam en veroorzaakt ernstige bloedingen.</li></ul>",
                    "fr": "<p>Le <strong>facteur von Willebrand</strong> est une protéine du sang. Quand un vaisseau sanguin est abîmé, il aide les <strong>plaquettes</strong> (de minuscules cellules du sang) à se coller à la plaie et entre elles pour la boucher. Il transporte et protège aussi le <strong>facteur VIII</strong>, une autre protéine de la coagulation. Dans la maladie de von Willebrand, il y a trop peu de facteur von Willebrand, ou il fonctionne mal : les saignements durent donc plus longtemps que la normale.</p>"
                          "<p>Il existe trois types principaux :</p>"
                          "<ul><li><strong>type 1</strong> : il y a moins de facteur que la normale. C'est le type le plus fréquent, généralement léger.</li>"
                          "<li><strong>type 2</strong> : le facteur est présent, mais il fonctionne mal. Il existe plusieurs sous-types.</li>"
                          "<li><strong>type 3</strong> : il n'y a presque pas de facteur. Ce type est rare et cause des saignements graves.</li></ul>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it inherited?",
                    "nl": "Hoe wordt het doorgegeven?",
                    "fr": "Comment se transmet-elle ?",
                },
                "body": {
                    "en": "<p>Von Willebrand disease is usually <strong>inherited</strong>. Unlike haemophilia, the gene is not on the X chromosome, so men and women are affected equally. Women often notice it more, because of heavy periods and childbirth. In the milder types, an altered gene from one parent is enough to have the condition. Type 3 usually happens when a child inherits an altered gene from both parents. Rarely, a similar condition develops later in life because of another illness.</p>",
                    "nl": "<p>De ziekte van von Willebrand is meestal <strong>erfelijk</strong>. Anders dan bij hemofilie ligt het gen niet op het X-chromosoom, dus mannen en vrouwen worden even vaak getroffen. Vrouwen merken het vaak meer, door hevige menstruaties en bevallingen. Bij de mildere types is een veranderd gen van één ouder genoeg om de aandoening te hebben. Type 3 ontstaat meestal als een kind van beide ouders een veranderd gen krijgt. Zelden ontstaat een gelijkaardige aandoening later in het leven door een andere ziekte.</p>",
                    "fr": "<p>La maladie de von Willebrand est généralement <strong>héréditaire</strong>. Contrairement à l'hémophilie, le gène ne se trouve pas sur le chromosome X : les hommes et les femmes sont donc touchés de la même façon. Les femmes la remarquent souvent davantage, à cause des règles abondantes et des accouchements. Dans les types plus légers, un gène modifié venant d'un seul parent suffit pour avoir la maladie. Le type 3 survient en général quand un enfant reçoit un gène modifié de ses deux parents. Rarement, une maladie semblable apparaît plus tard dans la vie, à cause d'une autre maladie.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and diagnosis",
                    "nl": "Klachten en diagnose",
                    "fr": "Signes et diagnostic",
                },
                "body": {
                    "en": "<ul><li>bruising easily</li>"
                          "<li>nosebleeds that are frequent or last a long time</li>"
                          "<li>bleeding gums</li>"
                          "<li>heavy or long periods</li>"
                          "<li>bleeding for a long time after cuts, dental treatment, surgery or childbirth</li></ul>"
                          "<p>In type 3, bleeding into joints and muscles can also happen, as in haemophilia.</p>"
                          "<p>Special blood tests measure the amount and the function of von Willebrand factor and factor VIII. The diagnosis can be tricky: the levels change with stress, exercise, illness, pregnancy, hormones and even your blood group, so the tests sometimes need to be repeated. Your doctor will also ask about your bleeding history and about relatives who bleed easily.</p>",
                    "nl": "<ul><li>snel blauwe plekken</li>"
                          "<li>neusbloedingen die vaak voorkomen of lang duren</li>"
                          "<li>bloedend tandvlees</li>"
                          "<li>hevige of lange menstruaties</li>"
                          "<li>lang bloeden na snijwondjes, een tandheelkundige behandeling, een operatie of een bevalling</li></ul>"
                          "<p>Bij type 3 kunnen ook bloedingen in gewrichten en spieren voorkomen, zoals bij hemofilie.</p>"
                          "<p>Speciale bloedtesten meten de hoeveelheid en de werking van de von Willebrandfactor en factor VIII. De diagnose kan moeilijk zijn: de waarden veranderen door stress, inspanning, ziekte, zwangerschap, hormonen en zelfs uw bloedgroep, dus de testen moeten soms herhaald worden. Uw arts vraagt ook naar uw bloedingen in het verleden en naar familieleden die snel bloeden.</p>",
                    "fr": "<ul><li>des bleus faciles</li>"
                          "<li>des saignements de nez fréquents ou qui durent longtemps</li>"
                          "<li>des gencives qui saignent</li>"
                          "<li>des règles abondantes ou longues</li>"
                          "<li>des saignements qui durent longtemps après une coupure, des soins dentaires, une opération ou un accouchement</li></ul>"
                          "<p>Dans le type 3, des saignements dans les articulations et les muscles peuvent aussi survenir, comme dans l'hémophilie.</p>"
                          "<p>Des analyses de sang spéciales mesurent la quantité et le fonctionnement du facteur von Willebrand et du facteur VIII. Le diagnostic peut être difficile : les taux varient avec le stress, l'effort, la maladie, la grossesse, les hormones et même votre groupe sanguin, et il faut donc parfois répéter les analyses. Votre médecin vous interrogera aussi sur vos saignements passés et sur les membres de votre famille qui saignent facilement.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment la traite-t-on ?",
                },
                "body": {
                    "en": "<p>Many people only need treatment before surgery or dental treatment, or when they bleed. Options include:</p>"
                          "<ul><li><strong>desmopressin</strong>: a medicine that makes the body release its own stored von Willebrand factor. It is usually given as an injection or a drip, sometimes as a nasal spray. A test dose shows whether it works for you.</li>"
                          "<li><strong>tranexamic acid</strong>: a medicine that helps keep clots stable, useful for nosebleeds, dental treatment and heavy periods</li>"
                          "<li><strong>von Willebrand factor concentrate</strong>, given into a vein, for more serious bleeding or major surgery</li>"
                          "<li><strong>hormonal treatments</strong> for heavy periods</li></ul>"
                          "<p>Tell your doctors, dentist and midwife that you have von Willebrand disease, especially before surgery or giving birth. Avoid aspirin and anti-inflammatory painkillers such as ibuprofen unless your haematologist agrees. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Veel mensen hebben alleen een behandeling nodig vóór een operatie of een tandheelkundige behandeling, of als ze bloeden. Mogelijkheden zijn:</p>"
                          "<ul><li><strong>desmopressine</strong>: een geneesmiddel dat het lichaam zijn eigen voorraad von Willebrandfactor laat vrijgeven. Het wordt meestal gegeven als inspuiting of infuus, soms als neusspray. Een testdosis toont of het bij u werkt.</li>"
                          "<li><strong>tranexaminezuur</strong>: een geneesmiddel dat stolsels helpt stabiel te houden, nuttig bij neusbloedingen, tandheelkundige behandelingen en hevige menstruaties</li>"
                          "<li><strong>von Willebrandfactorconcentraat</strong>, via een ader toegediend, bij ernstigere bloedingen of grote operaties</li>"
                          "<li><strong>hormonale behandelingen</strong> bij hevige menstruaties</li></ul>"
                          "<p>Zeg aan uw artsen, tandarts en vroedvrouw dat u de ziekte van von Willebrand hebt, zeker vóór een operatie of een bevalling. Vermijd aspirine en ontstekingsremmende pijnstillers zoals ibuprofen, tenzij uw hematoloog akkoord gaat. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Beaucoup de personnes n'ont besoin d'un traitement qu'avant une opération ou des soins dentaires, ou en cas de saignement. Les possibilités sont :</p>"
                          "<ul><li>la <strong>desmopressine</strong> : un médicament qui fait libérer au corps sa propre réserve de facteur von Willebrand. Elle est généralement donnée en injection ou en perfusion, parfois en spray nasal. Une dose test montre si elle agit chez vous.</li>"
                          "<li>l'<strong>acide tranexamique</strong> : un médicament qui aide à garder les caillots stables, utile pour les saignements de nez, les soins dentaires et les règles abondantes</li>"
                          "<li>un <strong>concentré de facteur von Willebrand</strong>, injecté dans une veine, pour des saignements plus graves ou une opération importante</li>"
                          "<li>des <strong>traitements hormonaux</strong> pour les règles abondantes</li></ul>"
                          "<p>Dites à vos médecins, à votre dentiste et à votre sage-femme que vous avez la maladie de von Willebrand, surtout avant une opération ou un accouchement. Évitez l'aspirine et les anti-inflammatoires comme l'ibuprofène sans l'accord de votre hématologue. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>Von Willebrand disease is the most common inherited bleeding disorder.</li>"
                          "<li>It affects men and women; women often notice it through heavy periods.</li>"
                          "<li>Most people have a mild form; type 3 is rare and severe.</li>"
                          "<li>Treatment is often only needed for bleeding, surgery or dental treatment.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>De ziekte van von Willebrand is de meest voorkomende erfelijke bloedingsstoornis.</li>"
                          "<li>Ze treft mannen en vrouwen; vrouwen merken ze vaak door hevige menstruaties.</li>"
                          "<li>De meeste mensen hebben een milde vorm; type 3 is zeldzaam en ernstig.</li>"
                          "<li>Een behandeling is vaak alleen nodig bij bloedingen, operaties of tandheelkundige behandelingen.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>La maladie de von Willebrand est la maladie hémorragique héréditaire la plus fréquente.</li>"
                          "<li>Elle touche les hommes et les femmes ; les femmes la remarquent souvent à cause de règles abondantes.</li>"
                          "<li>La plupart des personnes ont une forme légère ; le type 3 est rare et grave.</li>"
                          "<li>Un traitement n'est souvent nécessaire qu'en cas de saignement, d'opération ou de soins dentaires.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 or go to the emergency department after a serious injury, after a head injury followed by headache, vomiting or drowsiness, or for bleeding that does not stop.</li>"
                          "<li>Go to the emergency department straight away if you vomit blood or pass black stools, if you have very heavy bleeding after giving birth, or if you faint.</li>"
                          "<li>Contact your haematology team or GP the same day if a nosebleed lasts a long time despite pressure, or if your periods are so heavy that you feel dizzy.</li>"
                          "<li>Always tell the staff that you have von Willebrand disease.</li></ul>",
                    "nl": "<ul><li>Bel 112 of ga naar de spoeddienst na een ernstig ongeval, na een klap op het hoofd gevolgd door hoofdpijn, braken of sufheid, of bij een bloeding die niet stopt.</li>"
                          "<li>Ga meteen naar de spoeddienst als u bloed braakt of zwarte stoelgang hebt, bij heel hevig bloedverlies na een bevalling, of als u flauwvalt.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam of huisarts als een neusbloeding lang duurt ondanks druk, of als uw menstruaties zo hevig zijn dat u duizelig wordt.</li>"
                          "<li>Zeg altijd aan het personeel dat u de ziekte van von Willebrand hebt.</li></ul>",
                    "fr": "<ul><li>Appelez le 112 ou rendez-vous aux urgences après un accident grave, après un choc à la tête suivi de maux de tête, de vomissements ou de somnolence, ou en cas de saignement qui ne s'arrête pas.</li>"
                          "<li>Rendez-vous immédiatement aux urgences si vous vomissez du sang ou avez des selles noires, en cas de saignement très abondant après un accouchement, ou si vous vous évanouissez.</li>"
                          "<li>Contactez votre équipe d'hématologie ou votre médecin généraliste le jour même si un saignement de nez dure longtemps malgré la compression, ou si vos règles sont si abondantes que vous avez des vertiges.</li>"
                          "<li>Dites toujours au personnel soignant que vous avez la maladie de von Willebrand.</li></ul>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Immune thrombocytopenia
    # ------------------------------------------------------------------
    {
        "category": "bleeding-disorders",
        "parent": None,
        "position": 30,
        "slug": {"en": "immune-thrombocytopenia", "nl": "immuuntrombocytopenie", "fr": "thrombopenie-immunitaire"},
        "name": {"en": "Immune thrombocytopenia (ITP)", "nl": "Immuuntrombocytopenie (ITP)", "fr": "Thrombopénie immunitaire (PTI)"},
        "summary": {
            "en": "Immune thrombocytopenia (ITP) is a condition in which the immune system destroys platelets, the blood cells that help the blood clot. This can cause bruising and bleeding, but many people have few symptoms. In children it often gets better by itself; in adults it more often lasts a long time.",
            "nl": "Immuuntrombocytopenie (ITP) is een aandoening waarbij het afweersysteem de bloedplaatjes vernietigt, de bloedcellen die helpen om het bloed te laten stollen. Dat kan blauwe plekken en bloedingen veroorzaken, maar veel mensen hebben weinig klachten. Bij kinderen gaat het vaak vanzelf over; bij volwassenen duurt het vaker lang.",
            "fr": "La thrombopénie immunitaire (PTI) est une maladie dans laquelle le système immunitaire détruit les plaquettes, les cellules du sang qui aident le sang à coaguler. Elle peut causer des bleus et des saignements, mais beaucoup de personnes ont peu de symptômes. Chez l'enfant, elle guérit souvent toute seule ; chez l'adulte, elle dure plus souvent longtemps.",
        },
        "related": ["aplastic-anaemia", "von-willebrand-disease", "haemophilia"],
        "sections": [
            {
                "callout": "",
                "heading": {
                    "en": "What is ITP?",
                    "nl": "Wat is ITP?",
                    "fr": "Qu'est-ce que la PTI ?",
                },
                "body": {
                    "en": "<p><strong>Platelets</strong> are tiny blood cells that help stop bleeding by forming a plug. <strong>Thrombocytopenia</strong> means having too few platelets.</p>"
                          "<p>In ITP, the <strong>immune system</strong> (the body's defence against infection) makes antibodies that attack your own platelets by mistake. The platelets are destroyed, mostly in the spleen, and the bone marrow may also make fewer of them. ITP is not a cancer and is not contagious.</p>"
                          "<p>Often no cause is found. In children, ITP often appears after a viral infection and usually gets better by itself within weeks or months. In adults, ITP more often lasts a long time (<strong>chronic ITP</strong>). Sometimes ITP is linked to another condition, such as another immune disease, certain infections or some medicines.</p>",
                    "nl": "<p><strong>Bloedplaatjes</strong> zijn kleine bloedcellen die bloedingen helpen stoppen door een propje te vormen. <strong>Trombocytopenie</strong> betekent dat u te weinig bloedplaatjes hebt.</p>"
                          "<p>Bij ITP maakt het <strong>afweersysteem</strong> (de verdediging van het lichaam tegen infecties) antistoffen die per vergissing uw eigen bloedplaatjes aanvallen. De bloedplaatjes worden afgebroken, vooral in de milt, en het beenmerg maakt er soms ook minder. ITP is geen kanker en is niet besmettelijk.</p>"
                          "<p>Vaak wordt geen oorzaak gevonden. Bij kinderen verschijnt ITP vaak na een virusinfectie en gaat het meestal binnen enkele weken of maanden vanzelf over. Bij volwassenen duurt ITP vaker lang (<strong>chronische ITP</strong>). Soms hangt ITP samen met een andere aandoening, zoals een andere afweerziekte, bepaalde infecties of sommige geneesmiddelen.</p>",
                    "fr": "<p>Les <strong>plaquettes</strong> sont de minuscules cellules du sang qui aident à arrêter les saignements en formant un bouchon. Une <strong>thrombopénie</strong> signifie que l'on a trop peu de plaquettes.</p>"
                          "<p>Dans la PTI, le <strong>système immunitaire</strong> (la défense du corps contre les infections) fabrique des anticorps qui attaquent par erreur vos propres plaquettes. Les plaquettes sont détruites, surtout dans la rate, et la moelle osseuse peut aussi en fabriquer moins. La PTI n'est pas un cancer et n'est pas contagieuse.</p>"
                          "<p>Souvent, aucune cause n'est trouvée. Chez l'enfant, la PTI apparaît souvent après une infection virale et guérit généralement toute seule en quelques semaines ou quelques mois. Chez l'adulte, elle dure plus souvent longtemps (<strong>PTI chronique</strong>). Parfois, la PTI est liée à une autre maladie, comme une autre maladie du système immunitaire, certaines infections ou certains médicaments.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "Signs and symptoms",
                    "nl": "Klachten en verschijnselen",
                    "fr": "Signes et symptômes",
                },
                "body": {
                    "en": "<ul><li>bruising easily</li>"
                          "<li>tiny red or purple spots on the skin, called <strong>petechiae</strong>, often on the legs</li>"
                          "<li>nosebleeds or bleeding gums</li>"
                          "<li>heavy periods</li>"
                          "<li>blood in the urine or stools</li>"
                          "<li>tiredness</li></ul>"
                          "<p>Some people have no symptoms, and ITP is found by chance on a blood test. Serious bleeding is uncommon, but it can happen when platelets are very low.</p>",
                    "nl": "<ul><li>snel blauwe plekken</li>"
                          "<li>kleine rode of paarse puntjes op de huid, <strong>petechiën</strong> genoemd, vaak op de benen</li>"
                          "<li>neusbloedingen of bloedend tandvlees</li>"
                          "<li>hevige menstruaties</li>"
                          "<li>bloed in de urine of de stoelgang</li>"
                          "<li>vermoeidheid</li></ul>"
                          "<p>Sommige mensen hebben geen klachten, en ITP wordt toevallig bij een bloedonderzoek ontdekt. Ernstige bloedingen zijn niet vaak, maar ze kunnen voorkomen als de bloedplaatjes heel laag zijn.</p>",
                    "fr": "<ul><li>des bleus faciles</li>"
                          "<li>de petits points rouges ou violets sur la peau, appelés <strong>pétéchies</strong>, souvent sur les jambes</li>"
                          "<li>des saignements de nez ou des gencives</li>"
                          "<li>des règles abondantes</li>"
                          "<li>du sang dans les urines ou les selles</li>"
                          "<li>de la fatigue</li></ul>"
                          "<p>Certaines personnes n'ont aucun symptôme, et la PTI est découverte par hasard lors d'une prise de sang. Les saignements graves sont peu fréquents, mais ils peuvent survenir quand les plaquettes sont très basses.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it diagnosed?",
                    "nl": "Hoe wordt de diagnose gesteld?",
                    "fr": "Comment pose-t-on le diagnostic ?",
                },
                "body": {
                    "en": "<p>A <strong>full blood count</strong> shows a low platelet count, while the other blood cells are usually normal. A specialist looks at the blood under the microscope. There is no single test for ITP, so doctors also rule out other causes of low platelets, for example with blood tests for infections. A <strong>bone marrow test</strong> is only needed for some people.</p>",
                    "nl": "<p>Een <strong>volledig bloedbeeld</strong> toont een laag aantal bloedplaatjes, terwijl de andere bloedcellen meestal normaal zijn. Een specialist bekijkt het bloed onder de microscoop. Er bestaat geen aparte test voor ITP, dus artsen sluiten ook andere oorzaken van lage bloedplaatjes uit, bijvoorbeeld met bloedtesten op infecties. Een <strong>beenmergonderzoek</strong> is alleen bij sommige mensen nodig.</p>",
                    "fr": "<p>Une <strong>numération sanguine</strong> montre un nombre de plaquettes bas, alors que les autres cellules du sang sont généralement normales. Un spécialiste examine le sang au microscope. Il n'existe pas de test unique pour la PTI : les médecins écartent donc aussi d'autres causes de plaquettes basses, par exemple par des prises de sang à la recherche d'infections. Un <strong>examen de la moelle osseuse</strong> n'est nécessaire que chez certaines personnes.</p>",
                },
            },
            {
                "callout": "",
                "heading": {
                    "en": "How is it treated?",
                    "nl": "Hoe wordt het behandeld?",
                    "fr": "Comment la traite-t-on ?",
                },
                "body": {
                    "en": "<p>Not everyone with ITP needs treatment. The decision depends mainly on whether you bleed and on how low your platelets are. If treatment is needed, options include:</p>"
                          "<ul><li><strong>steroids</strong>, which calm the immune system, usually for a short time</li>"
                          "<li><strong>immunoglobulin</strong> given into a vein, which raises the platelet count quickly, for example before surgery or during bleeding</li>"
                          "<li><strong>medicines that help the bone marrow make more platelets</strong></li>"
                          "<li>other medicines that calm the immune system</li>"
                          "<li>rarely, surgery to remove the <strong>spleen</strong></li></ul>"
                          "<p>Avoid aspirin and anti-inflammatory painkillers such as ibuprofen unless your haematologist agrees. Your haematologist will explain which treatment suits you.</p>",
                    "nl": "<p>Niet iedereen met ITP heeft een behandeling nodig. De beslissing hangt vooral af van of u bloedt en van hoe laag uw bloedplaatjes zijn. Als een behandeling nodig is, zijn er deze mogelijkheden:</p>"
                          "<ul><li><strong>corticosteroïden</strong>, die het afweersysteem afremmen, meestal voor korte tijd</li>"
                          "<li><strong>immunoglobulinen</strong> via een ader, die het aantal bloedplaatjes snel doen stijgen, bijvoorbeeld vóór een operatie of bij een bloeding</li>"
                          "<li><strong>geneesmiddelen die het beenmerg helpen om meer bloedplaatjes te maken</strong></li>"
                          "<li>andere geneesmiddelen die het afweersysteem afremmen</li>"
                          "<li>zelden een operatie om de <strong>milt</strong> weg te nemen</li></ul>"
                          "<p>Vermijd aspirine en ontstekingsremmende pijnstillers zoals ibuprofen, tenzij uw hematoloog akkoord gaat. Uw hematoloog legt uit welke behandeling bij u past.</p>",
                    "fr": "<p>Toutes les personnes atteintes de PTI n'ont pas besoin d'un traitement. La décision dépend surtout des saignements et du niveau de vos plaquettes. Si un traitement est nécessaire, les possibilités sont :</p>"
                          "<ul><li>des <strong>corticoïdes</strong>, qui calment le système immunitaire, en général pendant une courte durée</li>"
                          "<li>des <strong>immunoglobulines</strong> par perfusion, qui font monter rapidement les plaquettes, par exemple avant une opération ou en cas de saignement</li>"
                          "<li>des <strong>médicaments qui aident la moelle osseuse à fabriquer plus de plaquettes</strong></li>"
                          "<li>d'autres médicaments qui calment le système immunitaire</li>"
                          "<li>rarement, une opération pour retirer la <strong>rate</strong></li></ul>"
                          "<p>Évitez l'aspirine et les anti-inflammatoires comme l'ibuprofène sans l'accord de votre hématologue. Votre hématologue vous expliquera quel traitement vous convient.</p>",
                },
            },
            {
                "callout": "key_points",
                "heading": {"en": "Key points", "nl": "Belangrijk om te onthouden", "fr": "Points clés"},
                "body": {
                    "en": "<ul><li>In ITP, the immune system destroys platelets by mistake.</li>"
                          "<li>It can cause bruising, small red spots and bleeding, but many people have few symptoms.</li>"
                          "<li>In children it often goes away by itself; in adults it more often lasts longer.</li>"
                          "<li>Not everyone needs treatment; it depends on bleeding and on the platelet count.</li>"
                          "<li>Your haematologist will explain which treatment suits you.</li></ul>",
                    "nl": "<ul><li>Bij ITP vernietigt het afweersysteem per vergissing de bloedplaatjes.</li>"
                          "<li>Het kan blauwe plekken, kleine rode puntjes en bloedingen veroorzaken, maar veel mensen hebben weinig klachten.</li>"
                          "<li>Bij kinderen gaat het vaak vanzelf over; bij volwassenen duurt het vaker langer.</li>"
                          "<li>Niet iedereen heeft een behandeling nodig; dat hangt af van bloedingen en van het aantal bloedplaatjes.</li>"
                          "<li>Uw hematoloog legt uit welke behandeling bij u past.</li></ul>",
                    "fr": "<ul><li>Dans la PTI, le système immunitaire détruit les plaquettes par erreur.</li>"
                          "<li>Elle peut causer des bleus, de petits points rouges et des saignements, mais beaucoup de personnes ont peu de symptômes.</li>"
                          "<li>Chez l'enfant, elle disparaît souvent toute seule ; chez l'adulte, elle dure plus souvent longtemps.</li>"
                          "<li>Tout le monde n'a pas besoin d'un traitement ; cela dépend des saignements et du nombre de plaquettes.</li>"
                          "<li>Votre hématologue vous expliquera quel traitement vous convient.</li></ul>",
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
                    "en": "<ul><li>Call 112 or go to the emergency department after a head injury, or if you have a sudden severe headache, vomiting, drowsiness, confusion or problems with your sight.</li>"
                          "<li>Go to the emergency department for bleeding that does not stop, vomiting blood, black or bloody stools, or a lot of blood in the urine.</li>"
                          "<li>Contact your haematology team or GP the same day if you suddenly get many new spots or bruises, or blood blisters in your mouth.</li></ul>",
                    "nl": "<ul><li>Bel 112 of ga naar de spoeddienst na een klap op het hoofd, of bij plotse hevige hoofdpijn, braken, sufheid, verwardheid of problemen met het zien.</li>"
                          "<li>Ga naar de spoeddienst bij een bloeding die niet stopt, bloed braken, zwarte of bloederige stoelgang, of veel bloed in de urine.</li>"
                          "<li>Neem dezelfde dag contact op met uw hematologieteam of huisarts als u plots veel nieuwe puntjes of blauwe plekken krijgt, of bloedblaren in uw mond.</li></ul>",
                    "fr": "<ul><li>Appelez le 112 ou rendez-vous aux urgences après un choc à la tête, ou en cas de mal de tête soudain et violent, de vomissements, de somnolence, de confusion ou de troubles de la vue.</li>"
                          "<li>Rendez-vous aux urgences en cas de saignement qui ne s'arrête pas, de vomissement de sang, de selles noires ou sanglantes, ou de beaucoup de sang dans les urines.</li>"
                          "<li>Contactez votre équipe d'hématologie ou votre médecin généraliste le jour même si vous avez soudain beaucoup de nouveaux points ou de bleus, ou des bulles de sang dans la bouche.</li></ul>",
                },
            },
        ],
    },
]
