"""The sample statements: metadata (the truth labels) and each statement's own paragraphs.

Every text here was written for this project; it is modelled on the kind of advocacy Make Mothers Matter
publishes, not copied from it. Topic paragraphs shared between statements live in corpus_banks.py.
"""

STATEMENTS = []


def S(id, lang, title, date, year, body, session, type, location, topics, files, text, **kw):
    STATEMENTS.append(dict(id=id, lang=lang, title=title, date=date, year=year, body=body, session=session, type=type,
                           location=location, topics=topics, files=files, text=text, **kw))


def un(path, dates, agenda, item="3", bank=5, **kw):
    return dict(path=path, layout="un", dates=dates, agenda=agenda, item=item, bank=bank, **kw)


def pdf(path, layout="plain", bank=3, **kw):
    return dict(path=path, layout=layout, bank=bank, **kw)


def page(path, bank=2, **kw):
    return dict(path=path, bank=bank, **kw)


# ---------------------------------------------------------------- 2019
S("2019-csocd57-oral-statement", "fr", "Déclaration orale à la 57e session de la Commission du développement social", "2019-02-13", 2019,
  "CSocD", "CSocD57", "oral-statement", "new-york", ["poverty", "social-protection"],
  [pdf("2019/csocd57-oral-statement-scan.pdf", layout="scan", bank=1, kicker="Déclaration orale – CSocD57",
       dateline="New York, le 13 février 2019",
       sidecar={"title": "Déclaration orale à la 57e session de la Commission du développement social", "date": "2019-02-13",
                "language": "fr", "body": "CSocD", "session": "CSocD57", "type": "oral-statement", "location": "new-york",
                "topics": ["poverty", "social-protection"]})],
  ["Madame la Présidente, Excellences, Mesdames et Messieurs, Make Mothers Matter vous remercie de lui donner la parole lors de cette cinquante-septième session de la Commission du développement social, consacrée aux politiques budgétaires, salariales et de protection sociale au service de l'égalité.",
   "Les inégalités commencent souvent à la naissance d'un enfant. Lorsqu'une mère perd son emploi ou réduit son temps de travail faute de mode de garde, c'est tout le foyer qui bascule. Nos membres en France, au Pérou et au Cameroun le constatent chaque jour : la protection sociale reste pensée pour un travailleur sans charge de famille."],
  note="scan, no text layer: its text comes from OCR; metadata from the sidecar")

S("2019-csw63-written-statement", "fr", "Protection sociale, services publics et infrastructures : partir de la réalité des mères", "2018-11-26", 2019,
  "CSW", "CSW63", "written-statement", "new-york", ["social-protection", "unpaid-care", "gender-equality"],
  [un("2019/csw63-written-statement-fr.pdf", "11-22 mars 2019",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale intitulée « Les femmes en l'an 2000 : égalité entre les sexes, développement et paix pour le XXIe siècle »", bank=5)],
  ["Le thème prioritaire de la soixante-troisième session de la Commission de la condition de la femme, les systèmes de protection sociale, l'accès aux services publics et les infrastructures durables au service de l'égalité des sexes, touche au cœur de la vie quotidienne des mères. Make Mothers Matter, qui fédère des associations de mères sur cinq continents, souhaite rappeler que ces trois leviers déterminent le temps dont disposent les femmes.",
   "Un puits éloigné, une route impraticable, un dispensaire sans sage-femme : chaque défaut d'infrastructure se traduit en heures de travail supplémentaires pour les mères. Inversement, l'accès à l'eau, à l'énergie et à des transports sûrs libère un temps précieux pour l'emploi, la formation ou le repos. Le Programme de développement durable à l'horizon 2030 (A/RES/70/1) [1] reconnaît ce lien ; il reste à le traduire dans les budgets."],
  symbol="E/CN.6/2019/NGO/62", cited=["A/RES/70/1"], notes=["Résolution 70/1 de l'Assemblée générale, « Transformer notre monde : le Programme de développement durable à l'horizon 2030 »."])

S("2019-hrc40-oral-statement", "en", "Oral statement at HRC40: respectful maternity care is a human right", "2019-03-07", 2019,
  "HRC", "HRC40", "oral-statement", "geneva", ["maternal-health", "gender-equality"],
  [page("2019/hrc40-oral-statement-maternity-care.html", bank=3, metadate=True, typo="plain")],
  ["Thank you, Mr. President. Make Mothers Matter welcomes this interactive dialogue at the fortieth session of the Human Rights Council. We speak on behalf of mothers who have told us about being shouted at, restrained or operated on without their consent while giving birth.",
   "Mistreatment during childbirth is not a matter of individual bad practice; it is a systemic human rights issue that touches the rights to health, to dignity and to freedom from violence. It discourages women from seeking care for their next pregnancy and leaves lasting scars. We urge the Council to address obstetric violence explicitly and to call on States to collect data on it."],
  lead="UN Geneva, HRC40 – Make Mothers Matter took the floor during the interactive dialogue on the rights of women.")

S("2019-lse-care-conference", "en", "Valuing care: Make Mothers Matter at the London School of Economics", "2019-10-17", 2019,
  "other", None, "side-event", "london", ["unpaid-care", "work-family"],
  [page("2019/lse-conference-valuing-care.html", bank=3)],
  ["Researchers, policymakers and parents' organizations gathered at the London School of Economics for a one-day conference on the value of care. Make Mothers Matter was invited to speak on the panel \"Who cares? Measuring unpaid work in the 21st century\", alongside economists working on time-use data.",
   "Our representative reminded the audience that statistics shape policy: as long as household production is left out of GDP, budget choices will treat childcare and eldercare as costless. She presented results from our network showing how mothers juggle paid jobs with the care of children and elderly parents, and called for time-use surveys every five years."],
  lead="London – A conference at the LSE on the economics of care.")

# ---------------------------------------------------------------- 2020
S("2020-csocd58-written-statement", "fr", "Le logement abordable, première protection des familles", "2019-11-29", 2020,
  "CSocD", "CSocD58", "written-statement", "new-york", ["poverty", "social-protection"],
  [un("2020/csocd58-written-statement-fr.pdf", "10-19 février 2020",
      "Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l'Assemblée générale : thème prioritaire : des politiques abordables en matière de logement et des systèmes de protection sociale pour tous afin de lutter contre le sans-abrisme", bank=4)],
  ["À l'occasion de la 58e session de la Commission du développement social, Make Mothers Matter souhaite attirer l'attention des États membres sur une réalité trop souvent ignorée : le sans-abrisme touche de plus en plus de familles, et d'abord des mères seules avec leurs enfants.",
   "Les associations membres de notre réseau observent la même évolution dans des contextes très différents : des mères hébergées d'hôtel en hôtel dans les grandes villes européennes, d'autres chassées de leur logement après une séparation ou un veuvage, faute de droits fonciers. Pour un enfant, l'instabilité du logement signifie des changements d'école à répétition, une santé fragile et une anxiété durable.",
   "La perte du logement n'est presque jamais soudaine. Elle suit une série de ruptures que des politiques de prévention pourraient empêcher : une allocation suspendue, un loyer impayé après une naissance, une séparation sans pension alimentaire. Un logement abordable et sûr est la première des protections sociales."],
  symbol="E/CN.5/2020/NGO/14")

S("2020-csw64-written-statement", "fr", "Beijing+25 : reconnaître enfin le travail des mères", "2019-11-22", 2020,
  "CSW", "CSW64", "written-statement", "new-york", ["gender-equality", "unpaid-care"],
  [un("2020/csw64-written-statement-fr.pdf", "9-20 mars 2020",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale", bank=5)],
  ["Vingt-cinq ans après la quatrième Conférence mondiale sur les femmes, la soixante-quatrième session de la Commission de la condition de la femme offre l'occasion de mesurer le chemin parcouru depuis Beijing. Le Programme d'action (A/CONF.177/20) [1] demandait déjà que la contribution des femmes au travail non rémunéré soit mesurée et prise en compte. Force est de constater que cette promesse n'a été que très partiellement tenue.",
   "Make Mothers Matter a interrogé ses associations membres sur les changements intervenus depuis 1995. Leurs réponses sont nuancées : davantage de filles scolarisées, davantage de femmes dans l'emploi, mais une répartition des tâches domestiques presque inchangée. Les mères ont ajouté un emploi à leur journée sans que rien ne leur soit retiré."],
  symbol="E/CN.6/2020/NGO/33", cited=["A/CONF.177/20"],
  notes=["Rapport de la quatrième Conférence mondiale sur les femmes, Beijing, 4-15 septembre 1995 (A/CONF.177/20)."])

S("2020-csw64-written-statement-en", "en", "Beijing+25: time to recognize mothers' work", "2019-11-22", 2020,
  "CSW", "CSW64", "written-statement", "new-york", ["gender-equality", "unpaid-care"],
  [un("2020/csw64-written-statement-en.pdf", "9-20 March 2020",
      "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly", bank=4)],
  ["Twenty-five years after the Fourth World Conference on Women, the sixty-fourth session of the Commission on the Status of Women is an opportunity to take stock of the road travelled since Beijing. The Platform for Action (A/CONF.177/20) [1] already called for the measurement of women's unpaid work. That promise has only partly been kept.",
   "Make Mothers Matter asked its member organizations what had changed since 1995. Their answers are mixed: more girls in school, more women in employment, but an almost unchanged division of household work. Mothers have added a job to their day without anything being taken away from it."],
  symbol="E/CN.6/2020/NGO/33", cited=["A/CONF.177/20"], original="fr", versionOf="2020-csw64-written-statement",
  notes=["Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995 (A/CONF.177/20)."])

S("2020-lockdown-press-release", "fr", "Confinement : les mères en première ligne, épuisées et invisibles", "2020-04-09", 2020,
  "other", None, "press-release", None, ["unpaid-care", "maternal-mental-health", "work-family"],
  [page("2020/confinement-communique-de-presse.html", bank=2, shy=True, typo="typo")],
  ["Communiqué de presse. Depuis la fermeture des écoles et des crèches, des millions de mères télétravaillent tout en faisant la classe, en préparant trois repas par jour et en rassurant des enfants inquiets. Les premiers retours de notre enquête en ligne, à laquelle plus de 2 000 mères ont répondu en une semaine, sont alarmants : fatigue extrême, troubles du sommeil, sentiment de culpabilité permanent.",
   "Make Mothers Matter demande aux gouvernements de reconnaître cette charge exceptionnelle : congés rémunérés pour garde d'enfants accessibles aux deux parents, soutien psychologique gratuit pour les parents, et prise en compte des soins dans les plans de relance. La crise sanitaire révèle ce que nous répétons depuis longtemps : sans le travail des mères, rien ne tient."],
  lead="Paris – Face à la pandémie de COVID-19, Make Mothers Matter alerte sur l'épuisement des mères.")

S("2020-unga-joint-letter-covid", "en", "Joint letter to the President of the General Assembly: put care at the heart of the COVID-19 recovery", "2020-09-15", 2020,
  "UNGA", None, "joint-statement", "new-york", ["social-protection", "financing", "unpaid-care"],
  [page("2020/unga-joint-letter-covid-recovery.html", bank=2, asks=True, typo="plain")],
  ["As the General Assembly opens its seventy-fifth session, Make Mothers Matter and thirty-two civil society organizations have addressed a joint letter to its President. The pandemic has shown that care is essential work: when schools, nurseries and day centres closed, families, and mostly mothers, absorbed the shock.",
   "The signatories ask Member States to make social protection and care services a central pillar of recovery plans, rather than an afterthought. Stimulus packages have poured resources into construction and industry; a comparable investment in the care economy would create more jobs, most of them for women, and protect children's development."],
  lead="UN New York – A joint letter signed by 33 organizations at the opening of UNGA75.")

# ---------------------------------------------------------------- 2021
S("2021-csocd59-oral-statement", "fr", "CSocD59 : le numérique ne doit pas alourdir la charge des mères", "2021-02-19", 2021,
  "CSocD", "CSocD59", "oral-statement", "online", ["unpaid-care", "digital", "social-protection"],
  [page("2021/csocd59-oral-statement-care.html", bank=2, typo="acute",
        sidecar={"location": "online", "session": "CSocD59", "type": "oral-statement"})],
  ["Pour la première fois, la Commission du développement social s'est réunie en format virtuel. Dans sa déclaration orale, Make Mothers Matter a rappelé que la transition numérique accélérée par la pandémie n'a pas été neutre : l'école à la maison et le télétravail ont reposé sur les mères, souvent sans équipement suffisant ni connexion fiable.",
   "Notre représentante a plaidé pour que la transition sociale juste, thème prioritaire de cette 59e session, prenne en compte le travail de soin non rémunéré. Les technologies peuvent alléger les tâches, mais seulement si elles sont accessibles à toutes et si elles ne servent pas de prétexte à supprimer des services publics de proximité."],
  lead="ONU New York, CSocD59 – Déclaration orale de Make Mothers Matter lors du débat général.")

S("2021-csocd59-written-statement", "fr", "Une transition numérique juste pour les familles", "2020-11-30", 2021,
  "CSocD", "CSocD59", "written-statement", "new-york", ["digital", "unpaid-care", "early-childhood"],
  [un("2021/csocd59-written-statement-fr.pdf", "8-17 février 2021",
      "Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l'Assemblée générale : thème prioritaire : une transition socialement juste vers le développement durable : le rôle des technologies numériques dans le développement social et le bien-être de tous", bank=5),
   page("2021/csocd59-written-statement-news.html", bank=1, links="2021/csocd59-written-statement-fr.pdf",
        text=["Make Mothers Matter a soumis une déclaration écrite à la Commission du développement social pour sa cinquante-neuvième session, dont le thème prioritaire est le rôle des technologies numériques dans une transition socialement juste. Nous y décrivons comment la fracture numérique et la fermeture des écoles ont pesé sur les mères pendant la pandémie.",
              "La déclaration plaide pour des technologies au service des familles : des services publics en ligne qui restent accessibles hors ligne, une protection des jeunes enfants face aux écrans et une reconnaissance du travail de soin que la numérisation a rendu plus lourd. Elle est publiée par les Nations Unies sous la cote E/CN.5/2021/NGO/21."])],
  ["La cinquante-neuvième session de la Commission du développement social se penche sur le rôle des technologies numériques dans le développement social. Make Mothers Matter salue ce choix : la crise de la COVID-19 a brutalement révélé à quel point l'accès au numérique conditionne désormais l'accès à l'école, au travail et aux droits.",
   "Pendant les fermetures d'écoles, des millions d'enfants n'ont pu suivre leurs cours qu'à condition qu'un adulte, presque toujours leur mère, les accompagne devant un écran partagé par toute la famille. Dans les foyers sans ordinateur ni connexion, la continuité pédagogique est restée une formule vide. Le Secrétaire général l'a souligné dans son rapport à la Commission (E/CN.5/2021/3) [1]."],
  symbol="E/CN.5/2021/NGO/21", cited=["E/CN.5/2021/3"],
  lead="ONU New York, CSocD 59 – Déclaration écrite de Make Mothers Matter.",
  notes=["Rapport du Secrétaire général sur une transition socialement juste vers le développement durable (E/CN.5/2021/3)."])

S("2021-csw65-written-statement", "fr", "Participation des femmes à la vie publique : le temps, condition de l'égalité", "2020-12-04", 2021,
  "CSW", "CSW65", "written-statement", "new-york", ["gender-equality", "unpaid-care", "work-family"],
  [un("2021/csw65-written-statement-fr.pdf", "15-26 mars 2021",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale", bank=5)],
  ["La soixante-cinquième session de la Commission de la condition de la femme porte sur la participation pleine et effective des femmes à la prise de décisions dans la vie publique. Make Mothers Matter tient à souligner un obstacle rarement nommé : le manque de temps. Une mère qui assume seule les soins aux enfants et aux parents âgés n'a ni le temps de siéger dans un conseil municipal, ni celui de militer dans une association.",
   "Les réunions tardives, l'absence de garde d'enfants pendant les séances, les longs déplacements sont autant de barrières invisibles. Les quelques parlements qui ont adapté leurs horaires, autorisé le vote à distance ou ouvert une crèche ont vu la participation des jeunes mères progresser. Ces mesures simples devraient devenir la norme."],
  symbol="E/CN.6/2021/NGO/54")

S("2021-csw65-written-statement-es", "es", "Participación de las mujeres en la vida pública: el tiempo, condición de la igualdad", "2020-12-04", 2021,
  "CSW", "CSW65", "written-statement", "new-york", ["gender-equality", "unpaid-care", "work-family"],
  [un("2021/csw65-written-statement-es.pdf", "15 a 26 de marzo de 2021",
      "Seguimiento de la Cuarta Conferencia Mundial sobre la Mujer y del vigésimo tercer período extraordinario de sesiones de la Asamblea General", bank=3)],
  ["El 65º período de sesiones de la Comisión de la Condición Jurídica y Social de la Mujer se centra en la participación plena y efectiva de las mujeres en la toma de decisiones en la vida pública. Make Mothers Matter desea subrayar un obstáculo que rara vez se nombra: la falta de tiempo. Una madre que asume sola el cuidado de sus hijos y de sus padres mayores no tiene tiempo para formar parte de un concejo municipal ni para militar en una asociación.",
   "Las reuniones nocturnas, la ausencia de cuidado infantil durante las sesiones y los largos desplazamientos son barreras invisibles. Los parlamentos que adaptaron sus horarios, permitieron el voto a distancia o abrieron una guardería han visto crecer la participación de las madres jóvenes. Estas medidas sencillas deberían convertirse en la norma."],
  symbol="E/CN.6/2021/NGO/54", original="fr", versionOf="2021-csw65-written-statement")

S("2021-hrc47-oral-statement", "en", "HRC47: migrant mothers and the right to family life", "2021-06-30", 2021,
  "HRC", "HRC47", "oral-statement", "geneva", ["migration", "maternal-health"],
  [page("2021/hrc47-oral-statement-migrant-mothers.html", bank=3, typo="typo")],
  ["Thank you, Madam President. During this forty-seventh session, Make Mothers Matter wishes to draw the Council's attention to the situation of migrant mothers, whose rights are too often suspended at borders.",
   "Our partners in transit countries report pregnant women held in detention without prenatal care, mothers separated from their infants during procedures, and women giving birth without any skilled attendant. The best interests of the child require that families are kept together and that every mother, whatever her status, can access maternal health services."],
  lead="UN Geneva, HRC 47 – Oral statement during the general debate on item 3.")

S("2021-eu-parliament-summit", "fr", "Sommet au Parlement européen : « Les mères au cœur de la relance »", "2021-11-18", 2021,
  "EU", None, "side-event", "brussels", ["work-family", "unpaid-care", "gender-equality"],
  [page("2021/sommet-parlement-europeen-meres-relance.html", bank=2, metadate=True)],
  ["Le 18 novembre, Make Mothers Matter a réuni au Parlement européen, à Bruxelles, des députées et députés de cinq groupes politiques, des représentants de la Commission européenne et une trentaine d'associations familiales pour un sommet consacré à la place des mères dans la relance européenne.",
   "Les débats ont porté sur la mise en œuvre de la directive sur l'équilibre entre vie professionnelle et vie privée, adoptée en 2019, et sur la future stratégie européenne en matière de soins. Plusieurs intervenantes ont rappelé que les fonds de relance avaient largement ignoré les services de soin, alors même que la crise sanitaire avait démontré leur caractère essentiel.",
   "Le sommet s'est conclu par l'adoption d'un appel commun demandant à l'Union d'investir dans les services d'accueil de l'enfance et d'aide aux personnes âgées, et de reconnaître les droits des aidants familiaux."],
  lead="Bruxelles, Parlement européen – Un sommet organisé par Make Mothers Matter.")

# ---------------------------------------------------------------- 2022
S("2022-csw66-written-statement", "en", "Climate change and mothers: caring in a changing world", "2021-12-02", 2022,
  "CSW", "CSW66", "written-statement", "new-york", ["gender-equality", "unpaid-care", "intergenerational"],
  [un("2022/csw66-written-statement-en.pdf", "14-25 March 2022",
      "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly, entitled \"Women 2000: gender equality, development and peace for the twenty-first century\"", bank=5)],
  ["The sixty-sixth session of the Commission on the Status of Women considers gender equality in the context of climate change, environmental and disaster risk reduction policies. Make Mothers Matter wishes to highlight that climate change is already increasing the unpaid care workload of mothers around the world.",
   "When droughts dry up wells, women and girls walk further for water. When floods destroy homes, mothers care for sick children in temporary shelters. When heatwaves strike, they look after elderly relatives. Each disaster multiplies the hours of care work, and yet climate policies rarely mention care at all.",
   "Mothers are also agents of change. They make daily choices about food, energy and consumption for their households, and they teach their children to respect the planet. Their voices, and those of the next generation, must be heard in climate decisions."],
  symbol="E/CN.6/2022/NGO/29")

S("2022-csw66-news", "fr", "CSW 66 : le climat, une question de soins", "2022-03-25", 2022,
  "CSW", "CSW66", "news", "new-york", ["gender-equality", "unpaid-care"],
  [page("2022/csw66-bilan-climat-soins.html", bank=2)],
  ["La 66e session de la Commission de la condition de la femme s'est achevée à New York par l'adoption de conclusions concertées sur l'égalité des sexes face aux changements climatiques. Pour la délégation de Make Mothers Matter, présente pour la première fois depuis la pandémie, c'est une avancée : le texte reconnaît que les catastrophes accroissent le travail de soin non rémunéré des femmes.",
   "Nos déléguées ont participé à une dizaine d'événements parallèles et rencontré plusieurs missions permanentes. Elles retiennent surtout la mobilisation des jeunes femmes, venues rappeler que la crise climatique est aussi une question de justice entre les générations."],
  lead="ONU New York, CSW66 – Bilan de la session.")

S("2022-hlpf2022-written-statement", "fr", "Éducation, égalité et petite enfance : reconstruire en mieux après la pandémie", "2022-05-06", 2022,
  "HLPF", "HLPF2022", "written-statement", "new-york", ["education", "early-childhood", "gender-equality"],
  [un("2022/hlpf2022-written-statement-fr.pdf", "5-15 juillet 2022",
      "Reconstruire en mieux après la maladie à coronavirus (COVID-19) tout en progressant vers la pleine réalisation du Programme de développement durable à l'horizon 2030", item="5", bank=5),
   page("2022/fphn-2022-declaration-ecrite.html", bank=1, links="2022/hlpf2022-written-statement-fr.pdf",
        text=["En vue du Forum politique de haut niveau pour le développement durable de juillet 2022, Make Mothers Matter a soumis une déclaration écrite consacrée à l'éducation et à la petite enfance. Le Forum examine cette année les objectifs 4 (éducation de qualité) et 5 (égalité entre les sexes).",
              "Nous y rappelons que l'éducation commence avant l'école, dans les familles, et que les programmes de soutien à la parentalité comme les services d'accueil du jeune enfant sont des conditions de la réussite des objectifs de développement durable. La déclaration est publiée sous la cote E/2022/NGO/15."])],
  ["Le Forum politique de haut niveau pour le développement durable examine en 2022 les objectifs 4, 5, 14, 15 et 17 du Programme de développement durable à l'horizon 2030 (A/RES/70/1) [1]. Make Mothers Matter souhaite souligner les liens étroits entre éducation de qualité, égalité des sexes et développement de la petite enfance.",
   "La pandémie a privé des centaines de millions d'enfants d'école pendant des mois. Les filles ont été les plus exposées au décrochage, aux mariages précoces et aux grossesses non désirées. Dans le même temps, les parents, et surtout les mères, se sont retrouvés enseignants du jour au lendemain, sans préparation ni soutien."],
  symbol="E/2022/NGO/15", cited=["A/RES/70/1"],
  lead="ONU New York / FPHN – Déclaration écrite au Forum politique de haut niveau 2022.",
  notes=["Résolution 70/1 de l'Assemblée générale."])

S("2022-eu-care-strategy-press-release", "fr", "Stratégie européenne en matière de soins : un premier pas à confirmer", "2022-09-07", 2022,
  "EU", None, "press-release", "strasbourg", ["unpaid-care", "early-childhood", "work-family"],
  [page("2022/strategie-europeenne-soins-communique.html", bank=2, metadate=True)],
  ["Communiqué de presse. Make Mothers Matter salue la présentation par la Commission européenne de la stratégie européenne en matière de soins, débattue aujourd'hui en séance plénière du Parlement européen à Strasbourg. Pour la première fois, l'Union reconnaît que les soins, aux enfants comme aux personnes âgées, relèvent d'une responsabilité collective.",
   "Nous saluons en particulier la révision des objectifs de Barcelone sur l'accueil de la petite enfance. Mais une stratégie n'est rien sans moyens : nous demandons aux États membres de consacrer une part des fonds structurels aux infrastructures de soin et de reconnaître enfin la contribution des aidants familiaux, dont une majorité de femmes."],
  lead="Strasbourg – Réaction de Make Mothers Matter à la stratégie européenne en matière de soins.")

S("2022-versailles-dinner", "fr", "Dîner de solidarité à l'Hôtel de Ville de Versailles", "2022-06-10", 2022,
  "other", None, "news", "versailles", ["intergenerational", "unpaid-care"],
  [page("2022/diner-solidarite-versailles.html", bank=2, typo="plain")],
  ["Plus de cent cinquante convives se sont retrouvés vendredi soir dans les salons de l'Hôtel de Ville de Versailles pour le dîner annuel de solidarité de Make Mothers Matter. La soirée, placée sous le thème « Trois générations de mères », a réuni grands-mères, mères et jeunes femmes autour des projets soutenus par l'association.",
   "La présidente de Make Mothers Matter a rappelé les priorités de l'année : la reconnaissance du travail de soin, la santé mentale des mères et la solidarité entre les générations. Les dons recueillis financeront un programme de formation de mères relais au Liban et au Sénégal."],
  lead="Versailles – Une soirée sous le signe de la transmission.")

S("2022-hrc49-oral-statement-es", "es", "Declaración oral en el 49.º período de sesiones del Consejo de Derechos Humanos: la salud mental de las madres", "2022-03-16", 2022,
  "HRC", "HRC49", "oral-statement", "geneva", ["maternal-mental-health", "maternal-health"],
  [pdf("2022/hrc49-declaracion-oral-salud-mental-scan.pdf", layout="scan", bank=0, kicker="Declaración oral – CDH49",
       dateline="Ginebra, 16 de marzo de 2022",
       sidecar={"title": "Declaración oral en el 49.º período de sesiones del Consejo de Derechos Humanos: la salud mental de las madres",
                "date": "2022-03-16", "language": "es", "body": "HRC", "session": "HRC49", "type": "oral-statement",
                "location": "geneva", "topics": ["maternal-mental-health", "maternal-health"]})],
  ["Señor Presidente, Make Mothers Matter agradece la oportunidad de intervenir en este 49.º período de sesiones del Consejo de Derechos Humanos, en el diálogo sobre el derecho de toda persona al disfrute del más alto nivel posible de salud física y mental.",
   "Una de cada cinco mujeres atraviesa un trastorno de salud mental durante el embarazo o en el año que sigue al parto. La depresión posparto, la ansiedad y el agotamiento siguen silenciados: muchas madres temen ser juzgadas si piden ayuda, y demasiados servicios de salud solo se interesan por el bebé. Nuestras organizaciones miembro en Argentina, España y México escuchan cada semana a madres que esperaron meses antes de una primera consulta.",
   "La pandemia ha agravado este sufrimiento: aislamiento, escuelas cerradas, empleos perdidos y partos sin acompañante. La salud mental materna no es un asunto privado; es una cuestión de derechos humanos que afecta también al desarrollo de los niños y las niñas.",
   "Pedimos al Consejo que reconozca la salud mental perinatal en sus resoluciones, y a los Estados que formen a las matronas y al personal de atención primaria para detectar a tiempo el sufrimiento de las madres."],
  note="scan, no text layer: its text comes from OCR; metadata from the sidecar")

# ---------------------------------------------------------------- 2023
S("2023-csocd61-oral-statement", "fr", "CSocD61 : soins non rémunérés et travail décent", "2023-02-08", 2023,
  "CSocD", "CSocD61", "oral-statement", "new-york", ["unpaid-care", "social-protection", "poverty"],
  [page("2023/csocd61-declaration-orale-soins.html", bank=3)],
  ["Madame la Présidente, lors de cette soixante et unième session de la Commission du développement social, consacrée au plein emploi productif et au travail décent pour tous, Make Mothers Matter souhaite rappeler qu'il n'y a pas de travail décent sans reconnaissance des soins non rémunérés qui le rendent possible.",
   "Chaque matin, avant de rejoindre leur emploi, des millions de mères ont déjà travaillé plusieurs heures. Lorsque l'emploi ignore cette réalité, les femmes sont poussées vers le temps partiel, l'informalité et la précarité. Nous demandons que les politiques de l'emploi intègrent systématiquement la dimension des soins."],
  lead="ONU New York, CSocD61 – Intervention de Make Mothers Matter lors du débat général.")

S("2023-csw67-written-statement", "fr", "Innovation et numérique : ne laisser aucune mère de côté", "2022-11-30", 2023,
  "CSW", "CSW67", "written-statement", "new-york", ["digital", "education", "gender-equality"],
  [un("2023/csw67-written-statement-fr.pdf", "6-17 mars 2023",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale", bank=6)],
  ["Le thème prioritaire de la soixante-septième session de la Commission de la condition de la femme, l'innovation et l'évolution technologique et l'éducation à l'ère du numérique, concerne directement les mères, à double titre : comme utilisatrices de technologies souvent conçues sans elles, et comme premières éducatrices de leurs enfants face aux écrans.",
   "Les mères interrogées par nos associations membres décrivent un paradoxe. Les outils numériques leur permettent de travailler à distance, de suivre la scolarité de leurs enfants et de garder le contact avec leurs proches ; mais ils brouillent aussi la frontière entre vie professionnelle et vie familiale et ajoutent une charge mentale nouvelle : surveiller, paramétrer, expliquer, interdire.",
   "L'éducation au numérique ne peut pas être laissée aux seules familles. Elle doit commencer à l'école et s'adresser aussi aux parents, qui doivent pouvoir se former sans frais. Les filles, en particulier, doivent être encouragées à choisir les filières scientifiques et techniques, pour que les technologies de demain soient aussi conçues par des femmes."],
  symbol="E/CN.6/2023/NGO/77")

S("2023-csw67-written-statement-en", "en", "Innovation and the digital age: leave no mother behind", "2022-11-30", 2023,
  "CSW", "CSW67", "written-statement", "new-york", ["digital", "education", "gender-equality"],
  [un("2023/csw67-written-statement-en.pdf", "6-17 March 2023",
      "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly", bank=5)],
  ["The priority theme of the sixty-seventh session of the Commission on the Status of Women, innovation and technological change, and education in the digital age, concerns mothers in two ways: as users of technologies that are often designed without them, and as the first educators of their children in front of screens.",
   "Mothers interviewed by our member organizations describe a paradox. Digital tools let them work remotely, follow their children's schooling and keep in touch with relatives; but they also blur the boundary between work and family life and add a new mental load: monitoring, configuring, explaining, forbidding.",
   "Digital education cannot be left to families alone. It must start at school and also reach parents, who should be able to train free of charge. Girls in particular must be encouraged into science and technology, so that tomorrow's technologies are also designed by women."],
  symbol="E/CN.6/2023/NGO/77", original="fr", versionOf="2023-csw67-written-statement")

S("2023-csw67-side-event", "en", "Side event at CSW67: screens, stress and the mental load of mothers", "2023-03-09", 2023,
  "CSW", "CSW67", "side-event", "new-york", ["digital", "maternal-mental-health"],
  [page("2023/csw67-side-event-screens-stress.html", bank=3, metadate=True, typo="plain")],
  ["On 9 March, during the 67th session of the Commission on the Status of Women, Make Mothers Matter hosted a side event at the Church Center for the United Nations on the impact of digital technologies on mothers' mental health.",
   "Speakers included a perinatal psychiatrist, a researcher on online harms and two mothers from our member organizations in Kenya and Canada. They described the pressure of constant connectivity, the comparison fuelled by social media and the anxiety of parenting children who are online from an early age. Participants agreed that digital literacy programmes for parents should address well-being, not only safety settings."],
  lead="UN New York, CSW 67 – A parallel event organized by Make Mothers Matter.")

S("2023-hrc52-oral-statement", "fr", "CDH 52 : les droits de l'enfant dans l'environnement numérique commencent avec les parents", "2023-03-14", 2023,
  "HRC", "HRC52", "oral-statement", "geneva", ["digital", "early-childhood"],
  [page("2023/cdh52-declaration-orale-enfants-numerique.html", bank=2, typo="typo")],
  ["Monsieur le Président, Make Mothers Matter remercie le Conseil pour ce dialogue consacré aux droits de l'enfant dans l'environnement numérique, lors de sa cinquante-deuxième session. Nous saluons l'Observation générale no 25 du Comité des droits de l'enfant, qui rappelle que les droits de l'enfant s'appliquent en ligne comme hors ligne.",
   "Les parents sont en première ligne, mais ils sont désarmés. Les applications destinées aux tout-petits se multiplient sans aucune évaluation de leur effet sur le développement. Nous appelons les États à protéger les jeunes enfants de la captation de leur attention et à soutenir les parents par une information indépendante."],
  lead="ONU Genève, CDH52 – Déclaration orale lors de la journée annuelle sur les droits de l'enfant.")

S("2023-hrc53-written-statement", "en", "Respectful maternity care and the elimination of obstetric violence", "2023-06-02", 2023,
  "HRC", "HRC53", "written-statement", "geneva", ["maternal-health", "gender-equality", "maternal-mental-health"],
  [un("2023/hrc53-written-statement-en.pdf", "19 June-14 July 2023",
      "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development", bank=5)],
  ["Make Mothers Matter welcomes the attention the Human Rights Council gives, at its fifty-third session, to the elimination of discrimination against women and girls. We wish to focus this written statement on a form of violence that remains largely unspoken: mistreatment during pregnancy and childbirth.",
   "Testimonies collected by our member organizations describe verbal abuse, procedures performed without consent, refusal of pain relief and detention of mothers in hospitals for unpaid bills. These practices violate the rights to health, to bodily integrity and to freedom from cruel, inhuman or degrading treatment. They also have lasting consequences for maternal mental health, including post-traumatic stress."],
  symbol="A/HRC/53/NGO/120")

S("2023-hlpf2023-joint-statement", "en", "Joint statement to the HLPF 2023: finance care to accelerate the SDGs", "2023-07-14", 2023,
  "HLPF", "HLPF2023", "joint-statement", "new-york", ["financing", "unpaid-care", "social-protection"],
  [page("2023/hlpf2023-joint-statement-finance-care.html", bank=2, asks=True)],
  ["At the midpoint of the 2030 Agenda, Make Mothers Matter joined twenty-five organizations of the care coalition in a joint statement to the High-level political forum. The signatories warn that the Sustainable Development Goals will not be met without sustained investment in care systems.",
   "The statement calls on Member States to include care in their voluntary national reviews, to protect social spending from austerity, and to count investment in care infrastructure as investment, not as consumption."],
  lead="UN New York / HLPF – A joint statement by the care coalition at HLPF 2023.")

S("2023-maternal-mental-health-survey", "fr", "Enquête 2023 : la santé mentale des mères en Europe", "2023-05-03", 2023,
  "other", None, "report", "paris", ["maternal-mental-health", "work-family", "social-protection"],
  [pdf("2023/enquete-sante-mentale-meres-europe.pdf", layout="twocol", bank=5, kicker="Rapport d'enquête",
       dateline="Paris, mai 2023", running="Make Mothers Matter – Enquête 2023"),
   page("2023/enquete-sante-mentale-meres-news.html", bank=1, links="2023/enquete-sante-mentale-meres-europe.pdf", metadate=True,
        text=["À l'occasion de la Journée mondiale de la santé mentale maternelle, Make Mothers Matter publie les résultats de sa grande enquête européenne. Plus de 9 000 mères de seize pays ont répondu à nos questions sur leur santé psychique, leur charge mentale et le soutien qu'elles reçoivent.",
              "Les résultats sont sans appel : une mère sur deux dit se sentir souvent épuisée, et plus d'un tiers déclarent n'avoir personne vers qui se tourner en cas de difficulté. Le rapport complet, avec ses recommandations aux institutions européennes et nationales, est disponible en téléchargement."])],
  ["Make Mothers Matter a mené entre novembre 2022 et février 2023 une enquête en ligne auprès de 9 142 mères vivant dans seize pays européens. Le questionnaire, disponible en onze langues, portait sur l'état de santé mentale des répondantes, leur organisation quotidienne, leurs difficultés de conciliation et l'aide dont elles disposent.",
   "Résultats principaux. 51 % des mères déclarent se sentir souvent ou très souvent épuisées ; 38 % disent avoir traversé un épisode dépressif depuis la naissance de leur dernier enfant, dont moins de la moitié a été diagnostiqué. Les mères seules, les mères d'enfants en situation de handicap et celles qui occupent un emploi à horaires atypiques sont les plus touchées.",
   "Le manque de temps pour soi revient dans presque toutes les réponses libres. Beaucoup de mères disent renoncer à consulter un médecin pour elles-mêmes, faute de temps ou de solution de garde. Un tiers des répondantes en emploi envisagent de réduire leur activité professionnelle pour préserver leur santé."],
  lead="Paris – Publication de l'enquête européenne de Make Mothers Matter sur la santé mentale des mères.")

# ---------------------------------------------------------------- 2024
S("2024-csocd62-written-statement", "fr", "Protection sociale universelle : partir des familles pour éradiquer la pauvreté", "2023-11-24", 2024,
  "CSocD", "CSocD62", "written-statement", "new-york", ["social-protection", "poverty", "unpaid-care"],
  [un("2024/csocd62-written-statement-fr.pdf", "5-14 février 2024",
      "Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l'Assemblée générale : thème prioritaire : favoriser le développement social et la justice sociale grâce à des politiques sociales afin d'accélérer la mise en œuvre du Programme 2030 et d'atteindre l'objectif primordial de l'élimination de la pauvreté", bank=5)],
  ["La soixante-deuxième session de la Commission du développement social appelle à favoriser la justice sociale grâce à des politiques sociales ambitieuses. Make Mothers Matter souhaite rappeler qu'aucune politique d'élimination de la pauvreté ne peut réussir si elle ignore la situation des mères, qui sont à la fois les premières touchées par la pauvreté et les premières à la combattre au quotidien.",
   "Dans les familles que nos associations membres accompagnent, la pauvreté se mesure en argent, mais aussi en temps : heures passées à chercher de l'eau ou du bois, à attendre dans un centre de santé, à faire des démarches administratives. Des systèmes de protection sociale bien conçus réduisent ces deux formes de pauvreté à la fois."],
  symbol="E/CN.5/2024/NGO/9")

S("2024-csocd62-written-statement-es", "es", "Protección social universal: partir de las familias para erradicar la pobreza", "2023-11-24", 2024,
  "CSocD", "CSocD62", "written-statement", "new-york", ["social-protection", "poverty", "unpaid-care"],
  [un("2024/csocd62-written-statement-es.pdf", "5 a 14 de febrero de 2024",
      "Seguimiento de la Cumbre Mundial sobre Desarrollo Social y del vigésimo cuarto período extraordinario de sesiones de la Asamblea General", bank=3)],
  ["El 62º período de sesiones de la Comisión de Desarrollo Social pide promover la justicia social mediante políticas sociales ambiciosas. Make Mothers Matter desea recordar que ninguna política de erradicación de la pobreza puede tener éxito si ignora la situación de las madres, que son a la vez las primeras afectadas por la pobreza y las primeras en combatirla cada día.",
   "En las familias que acompañan nuestras organizaciones miembro, la pobreza se mide en dinero, pero también en tiempo: horas dedicadas a buscar agua o leña, a esperar en un centro de salud, a hacer trámites administrativos. Unos sistemas de protección social bien diseñados reducen ambas formas de pobreza a la vez."],
  symbol="E/CN.5/2024/NGO/9", original="fr", versionOf="2024-csocd62-written-statement")

S("2024-csw68-written-statement", "fr", "Pauvreté et financement : investir dans les soins pour l'autonomisation des femmes", "2023-12-01", 2024,
  "CSW", "CSW68", "written-statement", "new-york", ["poverty", "financing", "unpaid-care"],
  [un("2024/csw68-written-statement-fr.pdf", "11-22 mars 2024",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale intitulée « Les femmes en l'an 2000 : égalité entre les sexes, développement et paix pour le XXIe siècle »", bank=6),
   page("2024/csw68-news-fr.html", bank=1, links="2024/csw68-written-statement-fr.pdf",
        text=["Pour la soixante-huitième session de la Commission de la condition de la femme (CSW 2024), consacrée à l'élimination de la pauvreté et au financement de l'égalité, Make Mothers Matter a soumis une déclaration écrite publiée par les Nations Unies sous la cote E/CN.6/2024/NGO/108.",
              "Notre message est simple : on ne sortira pas les femmes de la pauvreté sans investir dans les soins. Les mères pauvres le sont souvent parce que leur travail de soin n'est ni rémunéré ni reconnu, et parce que les services qui pourraient l'alléger n'existent pas. Nous demandons que les budgets publics, l'aide au développement et les institutions financières internationales financent enfin l'économie du soin."])],
  ["La 68e session de la Commission de la condition de la femme examine l'accélération de l'égalité des sexes et de l'autonomisation des femmes par la lutte contre la pauvreté et le renforcement des institutions et du financement dans une perspective de genre. Make Mothers Matter se félicite de ce thème prioritaire, qui relie deux questions trop souvent traitées séparément : la pauvreté des femmes et l'organisation des soins.",
   "Le rapport du Secrétaire général sur le thème prioritaire (E/CN.6/2024/3) [1] souligne que la pauvreté des femmes est étroitement liée à la charge disproportionnée des soins non rémunérés. Nous partageons ce constat. Dans toutes les régions, les mères qui élèvent seules leurs enfants, celles qui s'occupent d'un enfant handicapé ou d'un parent dépendant, sont surreprésentées parmi les plus pauvres.",
   "Le financement est la clé. Les objectifs de développement durable (A/RES/70/1) [2] ne seront pas atteints sans un effort budgétaire massif en faveur des infrastructures de soin : eau potable, énergie, transports, crèches, services aux personnes âgées. Or ces dépenses sont trop souvent considérées comme des coûts plutôt que comme des investissements."],
  symbol="E/CN.6/2024/NGO/108", cited=["E/CN.6/2024/3", "A/RES/70/1"],
  lead="ONU New York, CSW68 – Make Mothers Matter publie sa déclaration écrite sur la pauvreté et le financement.",
  notes=["Rapport du Secrétaire général, E/CN.6/2024/3.", "Résolution 70/1 de l'Assemblée générale."])

S("2024-csw68-written-statement-en", "en", "Poverty and financing: investing in care for women's empowerment", "2023-12-01", 2024,
  "CSW", "CSW68", "written-statement", "new-york", ["poverty", "financing", "unpaid-care"],
  [un("2024/csw68-written-statement-en.pdf", "11-22 March 2024",
      "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly, entitled \"Women 2000: gender equality, development and peace for the twenty-first century\"", bank=5)],
  ["The sixty-eighth session of the Commission on the Status of Women considers accelerating the achievement of gender equality and the empowerment of all women and girls by addressing poverty and strengthening institutions and financing with a gender perspective. Make Mothers Matter welcomes this priority theme, which connects two issues too often treated apart: women's poverty and the organization of care.",
   "The report of the Secretary-General on the priority theme (E/CN.6/2024/3) [1] stresses that women's poverty is closely linked to their disproportionate share of unpaid care. We share this analysis. In every region, mothers raising children alone and those caring for a disabled child or a dependent parent are over-represented among the poorest.",
   "Financing is the key. The Sustainable Development Goals (A/RES/70/1) [2] will not be met without a major budgetary effort for care infrastructure: safe water, energy, transport, childcare and services for older persons."],
  symbol="E/CN.6/2024/NGO/108", cited=["E/CN.6/2024/3", "A/RES/70/1"], original="fr", versionOf="2024-csw68-written-statement",
  notes=["Report of the Secretary-General, E/CN.6/2024/3.", "General Assembly resolution 70/1."])

S("2024-cpd57-written-statement", "fr", "Trente ans après Le Caire : la santé des mères à tous les âges de la vie", "2024-01-19", 2024,
  "CPD", "CPD57", "written-statement", "new-york", ["maternal-health", "intergenerational", "maternal-mental-health"],
  [un("2024/cpd57-written-statement-fr.pdf", "29 avril-3 mai 2024",
      "Débat général sur l'évaluation de l'état de la mise en œuvre du Programme d'action de la Conférence internationale sur la population et le développement et de sa contribution au suivi et à l'examen du Programme de développement durable à l'horizon 2030", bank=5)],
  ["La cinquante-septième session de la Commission de la population et du développement marque le trentième anniversaire de la Conférence internationale sur la population et le développement réunie au Caire en 1994. Make Mothers Matter rappelle que le Programme d'action du Caire plaçait la santé maternelle au centre de ses engagements.",
   "Depuis 1994, la mortalité maternelle a nettement reculé, mais les progrès stagnent depuis 2016 et les écarts entre pays restent vertigineux. Par ailleurs, le vieillissement des populations transforme la vie des mères : elles ont des enfants plus tard, prennent soin de parents âgés plus longtemps et deviennent à leur tour des grands-mères qui gardent leurs petits-enfants."],
  symbol="E/CN.9/2024/NGO/5")

S("2024-hrc56-oral-statement", "fr", "CDH56 : mettre fin aux violences obstétricales", "2024-06-26", 2024,
  "HRC", "HRC56", "oral-statement", "geneva", ["maternal-health", "gender-equality"],
  [page("2024/cdh56-declaration-orale-violences-obstetricales.html", bank=2, shy=True)],
  ["Monsieur le Président, au cours de cette cinquante-sixième session du Conseil des droits de l'homme, Make Mothers Matter souhaite s'exprimer sur les violences obstétricales et gynécologiques, que trop de femmes subissent encore dans les maternités du monde entier.",
   "Gestes sans consentement, propos humiliants, refus d'anesthésie, séparation injustifiée de la mère et du nouveau-né : ces pratiques ne relèvent pas de quelques cas isolés. Elles traduisent un système qui ne considère pas la femme qui accouche comme une personne à part entière. Nous demandons au Conseil d'inviter les États à reconnaître ces violences dans leur droit et à former les soignants."],
  lead="ONU Genève – Déclaration orale de Make Mothers Matter lors du dialogue interactif avec la Rapporteuse spéciale sur la violence contre les femmes.")

S("2024-hrc57-written-statement", "fr", "Le soin et le soutien, une question de droits humains", "2024-08-23", 2024,
  "HRC", "HRC57", "written-statement", "geneva", ["unpaid-care", "social-protection", "gender-equality"],
  [un("2024/hrc57-written-statement-fr.pdf", "9 septembre-9 octobre 2024",
      "Promotion et protection de tous les droits de l'homme, civils, politiques, économiques, sociaux et culturels, y compris le droit au développement", bank=5)],
  ["À l'occasion de la cinquante-septième session du Conseil des droits de l'homme, Make Mothers Matter salue l'adoption par le Conseil de la résolution 54/6 sur l'importance des soins et de l'appui dans une perspective de droits humains (A/HRC/RES/54/6) [1]. Ce texte reconnaît pour la première fois que chacun a besoin de soins au cours de sa vie et que les personnes qui les prodiguent ont elles aussi des droits.",
   "Cette reconnaissance doit maintenant se traduire dans les faits. Le droit de recevoir des soins, le droit de prodiguer des soins dans des conditions dignes et le droit de prendre soin de soi forment un ensemble indissociable. Pour les mères, cela signifie un temps reconnu, une protection sociale et des services accessibles."],
  symbol="A/HRC/57/NGO/88", cited=["A/HRC/RES/54/6"],
  notes=["Résolution 54/6 du Conseil des droits de l'homme, adoptée le 11 octobre 2023."])

S("2024-paris-sorbonne-conference", "fr", "Colloque à la Sorbonne : la petite enfance, une priorité politique", "2024-11-21", 2024,
  "other", None, "side-event", "paris", ["early-childhood", "work-family", "education"],
  [page("2024/colloque-sorbonne-petite-enfance.html", bank=2, metadate=True)],
  ["Jeudi 21 novembre, Make Mothers Matter a co-organisé avec une équipe de chercheurs de l'université Paris 1 Panthéon-Sorbonne un colloque consacré aux politiques de la petite enfance. Chercheuses, élus, professionnelles de crèche et parents ont débattu toute la journée dans l'amphithéâtre Richelieu.",
   "Les intervenants ont rappelé les résultats de la recherche sur les premières années de la vie et comparé les politiques françaises à celles des pays nordiques. La table ronde finale a porté sur la pénurie de professionnelles de la petite enfance et sur l'allongement du congé de naissance, réclamé par de nombreuses familles."],
  lead="Paris – Un colloque universitaire co-organisé par Make Mothers Matter.")

S("2024-international-day-of-care", "en", "International Day of Care and Support: mothers deserve more than a day", "2024-10-29", 2024,
  "UNGA", None, "news", "new-york", ["unpaid-care", "social-protection"],
  [page("2024/international-day-of-care-and-support.html", bank=3, metadate=True)],
  ["Today the world marks the International Day of Care and Support, proclaimed by the General Assembly in its resolution 77/317 (A/RES/77/317). Make Mothers Matter, which campaigned for the recognition of care for decades, celebrates this milestone.",
   "But a day is not enough. The people who care, most of them mothers, need time, income and services every day of the year. We invite Member States to mark the occasion by announcing concrete commitments: a time-use survey, an extension of parental leave, a plan for childcare."],
  cited=["A/RES/77/317"],
  lead="UN New York – Make Mothers Matter marks the second International Day of Care and Support.")

# ---------------------------------------------------------------- 2025
S("2025-csocd63-oral-statement", "fr", "CSocD 63 : la protection sociale, rempart contre la pauvreté des mères", "2025-02-12", 2025,
  "CSocD", "CSocD63", "oral-statement", "new-york", ["social-protection", "poverty"],
  [page("2025/csocd63-declaration-orale.html", bank=3)],
  ["Madame la Présidente, Make Mothers Matter vous remercie. Alors que la soixante-troisième session de la Commission du développement social prépare le deuxième Sommet mondial pour le développement social, prévu à Doha en novembre, nous souhaitons rappeler l'engagement pris à Copenhague il y a trente ans : placer l'être humain au centre du développement.",
   "Les mères que nous représentons n'ont pas besoin de nouveaux rapports, mais de droits effectifs : une allocation pour chaque enfant, une couverture maladie qui ne s'arrête pas avec l'emploi, une pension qui tient compte des années consacrées aux soins."],
  lead="ONU New York, CSocD63 – Intervention de Make Mothers Matter lors du débat général.")

S("2025-csocd63-written-statement", "fr", "Vers le Sommet de Doha : des politiques sociales centrées sur les familles", "2024-11-27", 2025,
  "CSocD", "CSocD63", "written-statement", "new-york", ["social-protection", "work-family", "early-childhood"],
  [un("2025/csocd63-written-statement-fr.pdf", "10-14 février 2025",
      "Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l'Assemblée générale", bank=5)],
  ["La soixante-troisième session de la Commission du développement social s'inscrit dans la préparation du deuxième Sommet mondial pour le développement social. Make Mothers Matter invite les États membres à saisir cette occasion pour replacer les familles au centre des politiques sociales.",
   "Les familles sont le premier filet de sécurité de chacun. Elles amortissent le chômage, la maladie et la vieillesse, au prix d'un travail de soin considérable, assuré pour l'essentiel par les mères. Des politiques familiales cohérentes, combinant congés, services et prestations, renforcent cette capacité au lieu de l'épuiser."],
  symbol="E/CN.5/2025/NGO/12")

S("2025-csw69-written-statement", "fr", "Beijing+30 : reconnaître, réduire et redistribuer le travail de soin", "2024-12-11", 2025,
  "CSW", "CSW69", "written-statement", "new-york", ["unpaid-care", "gender-equality", "work-family"],
  [un("2025/csw69-written-statement-fr.pdf", "10-21 mars 2025",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale : examen et évaluation de l'application de la Déclaration et du Programme d'action de Beijing", bank=6),
   page("2025/csw69-news-fr.html", bank=1, links="2025/csw69-written-statement-fr.pdf", metadate=True,
        text=["La soixante-neuvième session de la Commission de la condition de la femme marque les trente ans de la Déclaration et du Programme d'action de Beijing. Make Mothers Matter y a présenté une déclaration écrite, publiée en français, en anglais et en espagnol sous la cote E/CN.6/2025/NGO/47.",
              "Nous y dressons le bilan de trois décennies d'engagements sur le travail de soin non rémunéré et proposons une feuille de route fondée sur les « 3R » : reconnaître, réduire et redistribuer. Notre délégation porte ce message à New York tout au long de la session."])],
  ["Il y a trente ans, la quatrième Conférence mondiale sur les femmes adoptait la Déclaration et le Programme d'action de Beijing. À l'occasion de la soixante-neuvième session de la Commission de la condition de la femme, consacrée à l'examen de leur mise en œuvre, Make Mothers Matter souhaite faire le point sur un engagement central et pourtant négligé : la reconnaissance du travail de soin non rémunéré.",
   "Le rapport du Secrétaire général sur l'examen et l'évaluation de l'application du Programme d'action (E/CN.6/2025/3) [1] confirme que les femmes assument toujours l'essentiel des soins non rémunérés et que l'écart avec les hommes ne se réduit que très lentement. À ce rythme, il faudrait plusieurs générations pour parvenir à un partage équitable.",
   "Depuis Beijing, la cible 5.4 des objectifs de développement durable (A/RES/70/1) [2] a donné un cadre à cet engagement. Le cadre des « 3R » en donne la méthode : reconnaître, réduire et redistribuer. Trente ans après, il est temps d'y ajouter deux exigences que nos membres formulent avec force : rémunérer correctement les travailleuses du soin et représenter les personnes qui prodiguent des soins là où se prennent les décisions.",
   "Les mères ne demandent pas à être déchargées de leurs enfants ; elles demandent à pouvoir en prendre soin sans y perdre leur santé, leurs revenus et leurs droits. C'est le sens de notre engagement depuis 1947."],
  symbol="E/CN.6/2025/NGO/47", cited=["E/CN.6/2025/3", "A/RES/70/1"],
  lead="ONU New York, CSW69 – Trente ans après Beijing, Make Mothers Matter plaide pour les « 3R ».",
  notes=["Rapport du Secrétaire général, E/CN.6/2025/3.", "Résolution 70/1 de l'Assemblée générale, cible 5.4."],
  headings={2: "Les « 3R » et au-delà"})

S("2025-csw69-written-statement-en", "en", "Beijing+30: recognize, reduce and redistribute care work", "2024-12-11", 2025,
  "CSW", "CSW69", "written-statement", "new-york", ["unpaid-care", "gender-equality", "work-family"],
  [un("2025/csw69-written-statement-en.pdf", "10-21 March 2025",
      "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly: review and appraisal of the implementation of the Beijing Declaration and Platform for Action", bank=6)],
  ["Thirty years ago, the Fourth World Conference on Women adopted the Beijing Declaration and Platform for Action. At the sixty-ninth session of the Commission on the Status of Women, devoted to the review of their implementation, Make Mothers Matter wishes to take stock of a central yet neglected commitment: the recognition of unpaid care work.",
   "The report of the Secretary-General on the review and appraisal of the Platform for Action (E/CN.6/2025/3) [1] confirms that women still perform most unpaid care work and that the gap with men is closing only very slowly. At this pace, it would take generations to reach a fair sharing.",
   "Since Beijing, target 5.4 of the Sustainable Development Goals (A/RES/70/1) [2] has framed this commitment, and the \"3R\" framework gives it a method: recognize, reduce and redistribute. Thirty years on, our members add two demands: reward care workers properly and represent carers where decisions are made.",
   "Mothers are not asking to be relieved of their children; they are asking to care for them without losing their health, their income and their rights."],
  symbol="E/CN.6/2025/NGO/47", cited=["E/CN.6/2025/3", "A/RES/70/1"], original="fr", versionOf="2025-csw69-written-statement",
  notes=["Report of the Secretary-General, E/CN.6/2025/3.", "General Assembly resolution 70/1, target 5.4."])

S("2025-csw69-written-statement-es", "es", "Beijing+30: reconocer, reducir y redistribuir el trabajo de cuidados", "2024-12-11", 2025,
  "CSW", "CSW69", "written-statement", "new-york", ["unpaid-care", "gender-equality", "work-family"],
  [un("2025/csw69-written-statement-es.pdf", "10 a 21 de marzo de 2025",
      "Seguimiento de la Cuarta Conferencia Mundial sobre la Mujer y del vigésimo tercer período extraordinario de sesiones de la Asamblea General: examen y evaluación de la aplicación de la Declaración y Plataforma de Acción de Beijing", bank=3)],
  ["Hace treinta años, la Cuarta Conferencia Mundial sobre la Mujer aprobó la Declaración y Plataforma de Acción de Beijing. Con ocasión del 69º período de sesiones de la Comisión de la Condición Jurídica y Social de la Mujer, dedicado al examen de su aplicación, Make Mothers Matter desea hacer balance de un compromiso central y, sin embargo, descuidado: el reconocimiento del trabajo de cuidados no remunerado.",
   "El informe del Secretario General sobre el examen y la evaluación de la Plataforma de Acción (E/CN.6/2025/3) [1] confirma que las mujeres siguen realizando la mayor parte del trabajo de cuidados no remunerado y que la brecha con los hombres se reduce muy lentamente.",
   "Desde Beijing, la meta 5.4 de los Objetivos de Desarrollo Sostenible (A/RES/70/1) [2] ha dado un marco a este compromiso, y el enfoque de las «3R» le da un método: reconocer, reducir y redistribuir. Treinta años después, nuestras organizaciones miembro añaden dos exigencias: remunerar dignamente a las trabajadoras del cuidado y dar representación a quienes cuidan.",
   "Las madres no piden que se las libere de sus hijos; piden poder cuidarlos sin perder su salud, sus ingresos ni sus derechos."],
  symbol="E/CN.6/2025/NGO/47", cited=["E/CN.6/2025/3", "A/RES/70/1"], original="fr", versionOf="2025-csw69-written-statement",
  notes=["Informe del Secretario General, E/CN.6/2025/3.", "Resolución 70/1 de la Asamblea General, meta 5.4."])

S("2025-csw69-side-event", "en", "CSW69 side event: mothers' mental health, the hidden cost of care", "2025-03-13", 2025,
  "CSW", "CSW69", "side-event", "new-york", ["maternal-mental-health", "unpaid-care"],
  [page("2025/csw69-side-event-mental-health.html", bank=3, typo="typo")],
  ["On the fourth day of the sixty-ninth session, Make Mothers Matter and the Permanent Mission of Portugal co-hosted a side event on maternal mental health and unpaid care, with speakers from the World Health Organization, a perinatal psychologist and mothers from our networks in Uganda and Argentina.",
   "The panel showed how the invisible workload of care erodes mothers' mental health, and how simple measures such as home visits after birth, peer support groups and paid leave can make a difference. More than 120 participants attended in person and online."],
  lead="UN New York, CSW69 – Side event co-hosted with the Permanent Mission of Portugal.")

S("2025-hrc58-written-statement", "fr", "Protéger les jeunes enfants dans l'environnement numérique : soutenir les parents", "2025-02-10", 2025,
  "HRC", "HRC58", "written-statement", "geneva", ["digital", "early-childhood", "education"],
  [un("2025/hrc58-written-statement-fr.pdf", "24 février-4 avril 2025",
      "Promotion et protection de tous les droits de l'homme, civils, politiques, économiques, sociaux et culturels, y compris le droit au développement", bank=5),
   page("2025/cdh58-declaration-ecrite-numerique.html", bank=1, links="2025/hrc58-written-statement-fr.pdf",
        text=["Pour la cinquante-huitième session du Conseil des droits de l'homme, Make Mothers Matter a soumis une déclaration écrite sur la protection des jeunes enfants dans l'environnement numérique, publiée sous la cote A/HRC/58/NGO/45.",
              "Nous y demandons que la responsabilité de la sécurité en ligne ne repose plus sur les seuls parents : les plateformes doivent être sûres dès leur conception, et les familles doivent recevoir une information indépendante sur les effets des écrans sur les tout-petits."])],
  ["Make Mothers Matter se réjouit que le Conseil des droits de l'homme poursuive, lors de sa cinquante-huitième session, ses travaux sur les droits de l'enfant à l'ère du numérique. La Convention relative aux droits de l'enfant (A/RES/44/25) [1] reconnaît aux parents la responsabilité première d'élever leurs enfants, et oblige les États à les aider dans cette tâche.",
   "Or, face au numérique, les parents sont seuls. Les tablettes et smartphones entrent dans la vie des enfants dès les premiers mois, souvent sans que les parents connaissent les effets d'une exposition précoce sur le langage, le sommeil et l'attention. Les recommandations des autorités sanitaires varient d'un pays à l'autre et restent peu connues."],
  symbol="A/HRC/58/NGO/45", cited=["A/RES/44/25"],
  lead="ONU Genève, CDH 58 – Déclaration écrite de Make Mothers Matter.",
  notes=["Résolution 44/25 de l'Assemblée générale du 20 novembre 1989."])

S("2025-hrc58-written-statement-en", "en", "Protecting young children in the digital environment: support parents", "2025-02-10", 2025,
  "HRC", "HRC58", "written-statement", "geneva", ["digital", "early-childhood", "education"],
  [un("2025/hrc58-written-statement-en.pdf", "24 February-4 April 2025",
      "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development", bank=4)],
  ["Make Mothers Matter welcomes the continued attention of the Human Rights Council, at its fifty-eighth session, to children's rights in the digital age. The Convention on the Rights of the Child (A/RES/44/25) [1] recognizes that parents have the primary responsibility for the upbringing of their children and requires States to assist them.",
   "Yet when it comes to digital technologies, parents are on their own. Tablets and smartphones enter children's lives in the first months, often before parents know what early exposure does to language, sleep and attention. Health guidance differs from one country to another and remains little known."],
  symbol="A/HRC/58/NGO/45", cited=["A/RES/44/25"], original="fr", versionOf="2025-hrc58-written-statement",
  notes=["General Assembly resolution 44/25 of 20 November 1989."])

S("2025-hrc59-oral-statement", "fr", "CDH59 : les mères migrantes et le droit à la santé", "2025-06-24", 2025,
  "HRC", "HRC59", "oral-statement", "geneva", ["migration", "maternal-health"],
  [page("2025/cdh59-declaration-orale-meres-migrantes.html", bank=3, typo="acute")],
  ["Monsieur le Président, lors de cette 59e session du Conseil des droits de l'homme, Make Mothers Matter souhaite attirer l'attention sur la santé des mères migrantes. Dans de nombreux pays de transit et de destination, une femme enceinte sans papiers hésite à consulter, de peur d'être signalée aux autorités.",
   "Les conséquences sont graves : grossesses non suivies, accouchements à domicile sans assistance, dépressions non soignées. Nous demandons aux États de garantir un pare-feu entre les services de santé et les services d'immigration, afin que chaque mère puisse être soignée sans crainte."],
  lead="ONU Genève – Déclaration orale lors du dialogue interactif avec le Rapporteur spécial sur les droits de l'homme des migrants.")

S("2025-cpd58-oral-statement", "fr", "CPD58 : la santé des mères, à tous les âges de la vie", "2025-04-08", 2025,
  "CPD", "CPD58", "oral-statement", "new-york", ["maternal-health", "maternal-mental-health"],
  [page("2025/cpd58-declaration-orale-sante.html", bank=2)],
  ["Madame la Présidente, la cinquante-huitième session de la Commission de la population et du développement est consacrée à la santé et au bien-être de tous à tout âge. Make Mothers Matter rappelle que la santé des mères ne se limite pas à la grossesse et à l'accouchement.",
   "La santé mentale des mères, leur santé au travail, leur accès aux soins lorsqu'elles vieillissent sont autant de dimensions oubliées. Une approche fondée sur le parcours de vie doit prendre en compte les effets cumulés des maternités et du travail de soin sur la santé des femmes."],
  lead="ONU New York, CPD 58 – Intervention de Make Mothers Matter.")

S("2025-ffd4-submission", "fr", "Contribution à la quatrième Conférence sur le financement du développement : financer l'économie du soin", "2024-10-15", 2025,
  "FfD4", None, "submission", "seville", ["financing", "unpaid-care", "social-protection"],
  [pdf("2025/ffd4-contribution-financement-soins-fr.pdf", bank=4, kicker="Contribution écrite – FfD4",
       dateline="Paris, 15 octobre 2024", running="Make Mothers Matter – Contribution FfD4"),
   page("2025/ffd4-contribution-news.html", bank=1, links="2025/ffd4-contribution-financement-soins-fr.pdf",
        text=["En vue de la quatrième Conférence internationale sur le financement du développement, qui se tiendra à Séville du 30 juin au 3 juillet 2025, Make Mothers Matter a transmis sa contribution écrite au processus préparatoire.",
              "Nous y demandons que le document final reconnaisse l'économie du soin comme un secteur d'investissement prioritaire et que les politiques budgétaires et fiscales soient évaluées selon leur effet sur le travail non rémunéré des femmes. La contribution existe en français et en espagnol."])],
  ["La quatrième Conférence internationale sur le financement du développement, qui se réunira à Séville en 2025, doit relancer un système de financement à bout de souffle. Make Mothers Matter salue l'ouverture du processus préparatoire à la société civile et souhaite y faire entendre une priorité : le financement de l'économie du soin.",
   "Le Programme d'action d'Addis-Abeba de 2015 (A/RES/69/313) [1] reconnaissait déjà l'importance de l'égalité des sexes pour le développement, mais il restait muet sur les soins. Dix ans plus tard, alors que de nombreux pays consacrent davantage au service de la dette qu'à la santé ou à l'éducation, cet oubli n'est plus tenable."],
  cited=["A/RES/69/313"],
  lead="Séville, FfD4 – Make Mothers Matter transmet sa contribution au processus préparatoire.",
  notes=["Résolution 69/313 de l'Assemblée générale, Programme d'action d'Addis-Abeba."])

S("2025-ffd4-submission-es", "es", "Contribución a la Cuarta Conferencia sobre la Financiación para el Desarrollo: financiar la economía del cuidado", "2024-10-15", 2025,
  "FfD4", None, "submission", "seville", ["financing", "unpaid-care", "social-protection"],
  [pdf("2025/ffd4-contribucion-financiacion-cuidados-es.pdf", bank=3, kicker="Contribución escrita – FfD4",
       dateline="París, 15 de octubre de 2024", running="Make Mothers Matter – Contribución FfD4")],
  ["La Cuarta Conferencia Internacional sobre la Financiación para el Desarrollo, que se reunirá en Sevilla en 2025, debe relanzar un sistema de financiación agotado. Make Mothers Matter celebra la apertura del proceso preparatorio a la sociedad civil y desea hacer oír una prioridad: la financiación de la economía del cuidado.",
   "La Agenda de Acción de Addis Abeba de 2015 (A/RES/69/313) [1] ya reconocía la importancia de la igualdad de género para el desarrollo, pero guardaba silencio sobre los cuidados. Diez años después, cuando muchos países dedican más al servicio de la deuda que a la salud o la educación, ese olvido ya no es sostenible."],
  cited=["A/RES/69/313"], versionOf="2025-ffd4-submission",
  notes=["Resolución 69/313 de la Asamblea General, Agenda de Acción de Addis Abeba."])

S("2025-ffd4-side-event", "es", "Sevilla, FfD4: evento paralelo sobre la financiación de los cuidados", "2025-07-01", 2025,
  "FfD4", None, "side-event", "seville", ["financing", "unpaid-care", "poverty"],
  [page("2025/ffd4-evento-paralelo-sevilla.html", bank=2, metadate=True)],
  ["El 1 de julio, en el marco de la Cuarta Conferencia Internacional sobre la Financiación para el Desarrollo, Make Mothers Matter organizó en Sevilla un evento paralelo titulado «¿Quién paga los cuidados?». Participaron economistas feministas, representantes de ministerios de Hacienda de América Latina y madres de nuestras organizaciones miembro.",
   "Las ponentes mostraron cómo la deuda y la austeridad trasladan a las madres el costo de los servicios públicos recortados, y presentaron ejemplos de sistemas nacionales de cuidados financiados con una fiscalidad progresiva. El debate concluyó con un llamamiento a aplicar el Compromiso de Sevilla con una perspectiva de cuidados."],
  lead="Sevilla, FfD4 – Evento paralelo de Make Mothers Matter.")

S("2025-hlpf2025-written-statement", "fr", "FPHN 2025 : la santé des mères et l'égalité, clés d'une croissance inclusive", "2025-05-09", 2025,
  "HLPF", "HLPF2025", "written-statement", "new-york", ["maternal-health", "gender-equality", "work-family"],
  [un("2025/hlpf2025-written-statement-fr.pdf", "14-23 juillet 2025",
      "Promouvoir des solutions durables, inclusives, fondées sur la science et les données probantes pour le Programme de développement durable à l'horizon 2030 et ses objectifs de développement durable afin de ne laisser personne de côté", item="5", bank=5),
   page("2025/fphn-2025-declaration-ecrite.html", bank=1, links="2025/hlpf2025-written-statement-fr.pdf", charset="windows-1252",
        text=["Le Forum politique de haut niveau pour le développement durable examine en juillet 2025 les objectifs 3 (santé), 5 (égalité des sexes) et 8 (travail décent). Make Mothers Matter y a présenté une déclaration écrite publiée sous la cote E/2025/NGO/23.",
              "Nous y défendons une idée simple : la santé des mères et le partage équitable des soins sont des conditions d'une croissance inclusive. Chaque euro investi dans les soins de maternité et dans les congés parentaux produit des bénéfices durables pour les familles et pour l'économie : selon les études que nous citons, 1 € investi dans un congé de maternité bien rémunéré en rapporte près de 3 à la société. Nos sœurs et nos filles méritent mieux que des promesses."])],
  ["Le Forum politique de haut niveau pour le développement durable, réuni sous les auspices du Conseil économique et social, examine en 2025 les objectifs de développement durable 3, 5, 8, 14 et 17. Make Mothers Matter souhaite mettre en lumière les liens entre la santé maternelle, l'égalité des sexes et le travail décent.",
   "Une grossesse ne devrait jamais coûter son emploi à une femme. Pourtant, dans de nombreux pays, la protection de la maternité reste réservée à une minorité de salariées du secteur formel. Les autres travaillent jusqu'au dernier jour et reprennent quelques jours après l'accouchement, au détriment de leur santé et de celle de leur enfant."],
  symbol="E/2025/NGO/23",
  lead="ONU New York / FPHN – Déclaration écrite de Make Mothers Matter au Forum politique de haut niveau 2025.")

S("2025-eu-anti-poverty-submission", "en", "Contribution to the European Commission consultation on the first EU Anti-Poverty Strategy", "2025-09-30", 2025,
  "EU", None, "submission", "brussels", ["poverty", "early-childhood", "social-protection"],
  [pdf("2025/eu-anti-poverty-strategy-contribution.pdf", bank=4, kicker="Consultation response",
       dateline="Brussels, 30 September 2025", running="Make Mothers Matter – EU Anti-Poverty Strategy")],
  ["Make Mothers Matter welcomes the European Commission's decision to prepare the first EU Anti-Poverty Strategy and submits this contribution to the public consultation on behalf of its European member organizations.",
   "Child poverty is the poverty of parents, and most often of mothers. In the European Union, almost one child in four is at risk of poverty or social exclusion, and single-parent households, mostly headed by women, face the highest risk. The European Child Guarantee has opened the way; the strategy must now address the situation of parents, including their time."],
  lead="Brussels – Response to the public consultation.")

S("2025-ecosoc-joint-letter", "fr", "Lettre conjointe au Président du Conseil économique et social sur les systèmes de soins", "2025-06-02", 2025,
  "ECOSOC", None, "joint-statement", "new-york", ["unpaid-care", "social-protection", "financing"],
  [pdf("2025/ecosoc-lettre-conjointe-systemes-de-soins.pdf", layout="encrypted", bank=3, kicker="Lettre conjointe",
       dateline="New York, le 2 juin 2025", running="Lettre conjointe – ECOSOC",
       sidecar={"title": "Lettre conjointe au Président du Conseil économique et social sur les systèmes de soins",
                "date": "2025-06-02", "language": "fr", "body": "ECOSOC", "type": "joint-statement", "location": "new-york",
                "topics": ["unpaid-care", "social-protection", "financing"]})],
  ["Monsieur le Président, les organisations signataires, dotées du statut consultatif auprès du Conseil économique et social, ont l'honneur de vous adresser la présente lettre à l'approche du débat de haut niveau du Conseil. Nous vous demandons de faire des systèmes de soins un thème transversal des travaux du Conseil et de ses commissions techniques.",
   "Les commissions de la condition de la femme, du développement social et de la population ont chacune abordé la question des soins au cours des dernières sessions. Leurs conclusions se rejoignent, mais restent dispersées. Le Conseil est le lieu naturel pour les rassembler et en assurer le suivi."],
  note="password-protected (user password in statements/README.md); metadata from the sidecar")

# ---------------------------------------------------------------- 2026
S("2026-csocd64-written-statement", "fr", "Après Doha : faire du soin un pilier du développement social", "2025-11-28", 2026,
  "CSocD", "CSocD64", "written-statement", "new-york", ["unpaid-care", "social-protection", "intergenerational"],
  [un("2026/csocd64-written-statement-fr.pdf", "9-13 février 2026",
      "Suite donnée au Sommet mondial pour le développement social et à la vingt-quatrième session extraordinaire de l'Assemblée générale", bank=6),
   page("2026/csocd64-declaration-ecrite-news.html", bank=1, links="2026/csocd64-written-statement-fr.pdf", metadate=True,
        text=["Pour la soixante-quatrième session de la Commission du développement social, la première depuis le deuxième Sommet mondial pour le développement social de Doha, Make Mothers Matter a soumis une déclaration écrite, disponible en français, en anglais et en espagnol sous la cote E/CN.5/2026/NGO/31.",
              "Nous y demandons que la Déclaration politique de Doha se traduise par des systèmes de soins financés, qui soutiennent les mères, les pères, les grands-parents et toutes les personnes qui prennent soin d'un proche."])],
  ["La soixante-quatrième session de la Commission du développement social est la première depuis le deuxième Sommet mondial pour le développement social, réuni à Doha en novembre 2025. Make Mothers Matter se félicite que la Déclaration politique adoptée à Doha mentionne les soins et le soutien comme une composante du développement social.",
   "Il faut désormais passer des mots aux actes. Les systèmes de soins ne se limitent pas aux services : ils comprennent le temps (congés), l'argent (prestations et droits à la retraite) et la reconnaissance (statut des aidants). Ils concernent toutes les générations, des nouveau-nés aux personnes très âgées, et tous ceux qui en prennent soin."],
  symbol="E/CN.5/2026/NGO/31",
  lead="ONU New York, CSocD64 – Make Mothers Matter appelle à des systèmes de soins financés après le Sommet de Doha.")

S("2026-csocd64-written-statement-en", "en", "After Doha: making care a pillar of social development", "2025-11-28", 2026,
  "CSocD", "CSocD64", "written-statement", "new-york", ["unpaid-care", "social-protection", "intergenerational"],
  [un("2026/csocd64-written-statement-en.pdf", "9-13 February 2026",
      "Follow-up to the World Summit for Social Development and the twenty-fourth special session of the General Assembly", bank=5)],
  ["The sixty-fourth session of the Commission for Social Development is the first since the Second World Summit for Social Development, held in Doha in November 2025. Make Mothers Matter welcomes the fact that the political declaration adopted in Doha refers to care and support as a component of social development.",
   "Words must now become action. Care systems are not only about services: they include time (leave), money (benefits and pension credits) and recognition (the status of carers). They concern every generation, from newborns to the oldest old, and everyone who cares for them."],
  symbol="E/CN.5/2026/NGO/31", original="fr", versionOf="2026-csocd64-written-statement")

S("2026-csocd64-written-statement-es", "es", "Después de Doha: hacer del cuidado un pilar del desarrollo social", "2025-11-28", 2026,
  "CSocD", "CSocD64", "written-statement", "new-york", ["unpaid-care", "social-protection", "intergenerational"],
  [un("2026/csocd64-written-statement-es.pdf", "9 a 13 de febrero de 2026",
      "Seguimiento de la Cumbre Mundial sobre Desarrollo Social y del vigésimo cuarto período extraordinario de sesiones de la Asamblea General", bank=3)],
  ["El 64º período de sesiones de la Comisión de Desarrollo Social es el primero desde la Segunda Cumbre Mundial sobre Desarrollo Social, celebrada en Doha en noviembre de 2025. Make Mothers Matter celebra que la declaración política aprobada en Doha mencione los cuidados y el apoyo como un componente del desarrollo social.",
   "Ahora hay que pasar de las palabras a los hechos. Los sistemas de cuidados no se limitan a los servicios: incluyen tiempo (permisos), dinero (prestaciones y derechos de pensión) y reconocimiento (el estatuto de las personas cuidadoras). Conciernen a todas las generaciones, desde los recién nacidos hasta las personas mayores, y a todas las personas que las cuidan."],
  symbol="E/CN.5/2026/NGO/31", original="fr", versionOf="2026-csocd64-written-statement")

S("2026-csw70-written-statement", "fr", "Accès à la justice : les mères face au droit de la famille et de la migration", "2025-12-05", 2026,
  "CSW", "CSW70", "written-statement", "new-york", ["gender-equality", "migration", "poverty"],
  [un("2026/csw70-written-statement-fr.pdf", "9-19 mars 2026",
      "Suite donnée à la quatrième Conférence mondiale sur les femmes et à la vingt-troisième session extraordinaire de l'Assemblée générale", bank=5, typo="plain")],
  ["Le thème prioritaire de la soixante-dixième session de la Commission de la condition de la femme porte sur l'accès à la justice de toutes les femmes et de toutes les filles. Make Mothers Matter souhaite rappeler que, pour beaucoup de mères, la justice commence par le droit de la famille : divorce, garde des enfants, pension alimentaire, héritage.",
   "Une mère qui ne peut pas faire valoir ses droits après une séparation tombe souvent dans la pauvreté avec ses enfants. Les mères migrantes cumulent les obstacles : langue, coût des procédures, crainte de perdre leur titre de séjour, décisions de justice rendues dans un pays et ignorées dans un autre."],
  symbol="E/CN.6/2026/NGO/19")

S("2026-csw70-press-release", "fr", "CSW70 : Make Mothers Matter appelle à une justice accessible aux mères", "2026-03-09", 2026,
  "CSW", "CSW70", "press-release", "new-york", ["gender-equality", "poverty"],
  [page("2026/csw70-communique-justice.html", bank=3, metadate=True)],
  ["Communiqué de presse. À l'ouverture de la soixante-dixième session de la Commission de la condition de la femme, Make Mothers Matter appelle les États à lever les obstacles qui empêchent les mères d'accéder à la justice : coût des procédures, lenteur des décisions, absence d'aide juridictionnelle, non-paiement des pensions alimentaires.",
   "Notre délégation de huit personnes, venues de quatre continents, portera ce message auprès des missions permanentes. Elle interviendra lors de deux événements parallèles consacrés aux mères seules et aux mères migrantes."],
  lead="ONU New York, CSW 70 – Ouverture de la session.")

S("2026-hrc61-oral-statement", "fr", "CDH61 : la santé mentale des mères au travail", "2026-03-04", 2026,
  "HRC", "HRC61", "oral-statement", "geneva", ["maternal-mental-health", "work-family"],
  [page("2026/cdh61-declaration-orale-sante-mentale.html", bank=2)],
  ["Monsieur le Président, lors de cette soixantième-et-unième session du Conseil des droits de l'homme, Make Mothers Matter souhaite évoquer le droit à la santé mentale sous un angle rarement abordé : celui des mères qui travaillent. Le retour à l'emploi après une naissance est une période de grande vulnérabilité psychique, souvent vécue dans la solitude.",
   "Les employeurs ont un rôle à jouer : aménagement des horaires, retour progressif, sensibilisation des managers à la dépression post-natale. Nous appelons les États à intégrer la santé mentale périnatale dans leurs politiques de santé au travail."],
  lead="ONU Genève – Déclaration orale lors du débat général.")

S("2026-digital-parenting-webinar", "fr", "Webinaire : être parent à l'ère des écrans", "2026-01-22", 2026,
  "other", None, "side-event", "online", ["digital", "maternal-mental-health", "education"],
  [page("2026/webinaire-parents-ecrans.html", bank=2)],
  ["Plus de 400 parents se sont connectés le 22 janvier au webinaire organisé par Make Mothers Matter sur la parentalité à l'ère des écrans. Une pédiatre, un chercheur en sciences de l'éducation et deux mères ont répondu pendant deux heures aux questions des participants.",
   "Faut-il interdire les écrans avant trois ans ? Comment parler du harcèlement en ligne avec un adolescent ? Comment ne pas culpabiliser quand on n'y arrive pas ? Les échanges ont montré combien les parents ont besoin d'une information fiable et d'un espace pour partager leurs doutes. Le replay est disponible sur notre chaîne."],
  lead="En ligne – Retour sur le webinaire du 22 janvier.")

# ---------------------------------------------------------------- more French pages
S("2019-hlpf2019-news", "fr", "FPHN 2019 : l'éducation et la lutte contre les inégalités au programme", "2019-07-19", 2019,
  "HLPF", "HLPF2019", "news", "new-york", ["education", "poverty"],
  [page("2019/fphn-2019-education-inegalites.html", bank=3)],
  ["Le Forum politique de haut niveau pour le développement durable s'est achevé vendredi à New York. Cette session de 2019 examinait notamment l'objectif 4 sur l'éducation de qualité et l'objectif 10 sur la réduction des inégalités. Deux membres de Make Mothers Matter ont suivi les travaux et les examens nationaux volontaires présentés par quarante-sept pays.",
   "Nos représentantes ont relevé que très peu d'examens nationaux mentionnent le rôle des parents dans l'éducation des enfants, ni les mères parmi les populations les plus exposées aux inégalités. Elles ont interpellé plusieurs délégations lors d'une réunion avec le grand groupe des femmes."],
  lead="ONU New York / FPHN – Bilan du Forum politique de haut niveau 2019.")

S("2021-joint-letter-parental-leave", "fr", "Lettre ouverte aux ministres européens : pour un congé parental vraiment rémunéré", "2021-05-15", 2021,
  "EU", None, "joint-statement", "brussels", ["work-family", "gender-equality"],
  [page("2021/lettre-ouverte-conge-parental.html", bank=2, asks=True)],
  ["À l'occasion de la Journée internationale des familles, Make Mothers Matter et dix-neuf organisations familiales européennes adressent une lettre ouverte aux ministres de l'emploi et des affaires sociales de l'Union européenne. Deux ans après l'adoption de la directive sur l'équilibre entre vie professionnelle et vie privée, sa transposition reste timide.",
   "Dans plusieurs États membres, le congé parental n'est rémunéré qu'à un niveau symbolique, si bien que seuls les parents aux revenus les plus faibles, presque toujours les mères, le prennent. Un congé mal payé entretient les inégalités qu'il devait réduire. Les signataires demandent une rémunération proche du salaire et une part réservée à chaque parent."],
  lead="Bruxelles – Lettre ouverte signée par vingt organisations familiales.")

S("2022-hrc50-oral-statement", "fr", "CDH50 : le droit des parents à concilier travail et vie de famille", "2022-06-30", 2022,
  "HRC", "HRC50", "oral-statement", "geneva", ["work-family", "gender-equality"],
  [page("2022/cdh50-declaration-orale-conciliation.html", bank=2)],
  ["Monsieur le Président, Make Mothers Matter prend la parole lors de cette 50e session du Conseil des droits de l'homme, dans le débat consacré aux droits des femmes. La discrimination liée à la maternité reste l'une des formes de discrimination les plus répandues au travail : licenciement pendant la grossesse, refus de promotion au retour du congé, remarques sur la disponibilité des mères.",
   "Le droit de fonder une famille et le droit au travail ne devraient jamais entrer en contradiction. Nous appelons les États à ratifier la convention no 183 de l'OIT sur la protection de la maternité et la convention no 156 sur les travailleurs ayant des responsabilités familiales."],
  lead="ONU Genève, CDH 50 – Déclaration orale de Make Mothers Matter.")

S("2024-csw68-oral-statement", "fr", "CSW 68 : sortir les mères de la pauvreté, une question de financement", "2024-03-14", 2024,
  "CSW", "CSW68", "oral-statement", "new-york", ["poverty", "unpaid-care", "financing"],
  [page("2024/csw68-declaration-orale-pauvrete.html", bank=2, shy=True)],
  ["Madame la Présidente, en cette 68ème session de la Commission de la condition de la femme, Make Mothers Matter souhaite faire entendre la voix des mères qui vivent dans la pauvreté. Elles ne manquent ni de courage ni de compétences ; elles manquent de temps, de revenus et de services.",
   "Nous appelons les États à considérer les dépenses consacrées aux soins comme des investissements, à protéger les budgets sociaux des mesures d'austérité et à financer des services de garde d'enfants accessibles aux familles les plus modestes. La pauvreté des mères est aussi celle de leurs enfants."],
  lead="ONU New York, CSW-68 – Déclaration orale lors du débat général.")

S("2023-annual-report", "fr", "Rapport d'activité 2022 de Make Mothers Matter", "2023-06-15", 2023,
  "other", None, "report", "paris", ["unpaid-care", "maternal-mental-health", "early-childhood"],
  [pdf("2023/rapport-activite-2022.pdf", bank=4, kicker="Rapport d'activité", dateline="Paris, juin 2023",
       running="Make Mothers Matter – Rapport d'activité 2022",
       sidecar={"title": "Rapport d'activité 2022 de Make Mothers Matter", "date": "2023-06-15", "type": "report",
                "topics": ["unpaid-care", "maternal-mental-health", "early-childhood"]})],
  ["L'année 2022 a marqué le retour de nos délégations dans les salles des Nations Unies, à New York comme à Genève, après deux années de réunions virtuelles. Make Mothers Matter a présenté quatre déclarations écrites, pris la parole à onze reprises et organisé ou co-organisé six événements parallèles.",
   "Nos trois priorités ont structuré l'année : la reconnaissance du travail de soin non rémunéré, la santé mentale des mères et le développement de la petite enfance. Notre réseau compte désormais quarante-deux organisations membres dans trente pays. Le présent rapport retrace ces activités et présente nos comptes, certifiés par un commissaire aux comptes indépendant."],
  lead="Paris – Rapport d'activité.")

QUERIES = [
    {"query": "E/CN.6/2024/NGO/108", "expected": "2024-csw68-written-statement"},
    {"query": "soins non rémunérés CSocD61", "expected": "2023-csocd61-oral-statement"},
    {"query": "meres migrantes sante CDH59", "expected": "2025-hrc59-oral-statement"},
    {"query": "E/CN.6/2025/NGO/47", "expected": "2025-csw69-written-statement"},
    {"query": "A/HRC/58/NGO/45", "expected": "2025-hrc58-written-statement"},
    {"query": "Beijing+30 3R reconnaître réduire redistribuer", "expected": "2025-csw69-written-statement"},
    {"query": "enquête santé mentale des mères Europe", "expected": "2023-maternal-mental-health-survey"},
    {"query": "violences obstetricales CDH56", "expected": "2024-hrc56-oral-statement"},
    {"query": "obstetric violence respectful maternity care HRC53", "expected": "2023-hrc53-written-statement"},
    {"query": "logement abordable sans-abrisme", "expected": "2020-csocd58-written-statement"},
    {"query": "confinement communiqué épuisement", "expected": "2020-lockdown-press-release"},
    {"query": "Versailles dîner solidarité", "expected": "2022-versailles-dinner"},
    {"query": "London School of Economics valuing care", "expected": "2019-lse-care-conference"},
    {"query": "financiación de los cuidados Sevilla evento paralelo", "expected": "2025-ffd4-side-event"},
    {"query": "contribution FfD4 financement économie du soin", "expected": "2025-ffd4-submission"},
    {"query": "EU Anti-Poverty Strategy consultation", "expected": "2025-eu-anti-poverty-submission"},
    {"query": "International Day of Care and Support", "expected": "2024-international-day-of-care"},
    {"query": "Sommet Parlement européen relance", "expected": "2021-eu-parliament-summit"},
    {"query": "colloque Sorbonne petite enfance", "expected": "2024-paris-sorbonne-conference"},
    {"query": "E/CN.5/2026/NGO/31", "expected": "2026-csocd64-written-statement"},
    {"query": "soixante-dixième session accès à la justice mères", "expected": "2026-csw70-written-statement"},
    {"query": "climate change unpaid care CSW66", "expected": "2022-csw66-written-statement"},
    {"query": "webinaire parents ecrans", "expected": "2026-digital-parenting-webinar"},
    {"query": "participación de las mujeres en la vida pública tiempo", "expected": "2021-csw65-written-statement-es"},
    {"query": "Le Caire trentième anniversaire santé maternelle CPD57", "expected": "2024-cpd57-written-statement"},
    {"query": "joint letter General Assembly COVID recovery care", "expected": "2020-unga-joint-letter-covid"},
]
