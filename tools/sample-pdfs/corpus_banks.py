"""Topic paragraphs, recommendations and closings of the sample statements, written for this project.

French text is typed with ASCII apostrophes and plain spaces before ':' ';' '?' '!'; generate.py sets the
typography of each file (typographic apostrophes and no-break spaces, or the mess real pages carry).
"""

ASK_HEADINGS = {"fr": "Nos recommandations", "en": "Our recommendations", "es": "Nuestras recomendaciones"}

BANK = {"fr": {
    "unpaid-care": [
        "Partout dans le monde, les mères assument l'essentiel du travail de soin non rémunéré : nourrir, soigner, éduquer, accompagner les proches âgés ou malades. Selon les estimations de l'Organisation internationale du Travail, les femmes y consacrent chaque jour plus de quatre heures, soit trois fois plus que les hommes. Ce travail invisible soutient toute l'économie, mais il n'entre dans aucune statistique officielle et n'ouvre presque aucun droit. Il est temps de le reconnaître pour ce qu'il est : un travail, et un pilier du bien-être collectif.",
        "La cible 5.4 des objectifs de développement durable demande aux États de reconnaître et de valoriser les soins et travaux domestiques non rémunérés. Make Mothers Matter plaide depuis des années pour le cadre dit des « 3R » : reconnaître ce travail, le réduire grâce à des infrastructures et des services de qualité, et le redistribuer plus équitablement entre les femmes et les hommes, ainsi qu'entre les familles, l'État et les entreprises. Aucune de ces trois étapes ne peut être sautée ; la reconnaissance passe d'abord par la mesure, au moyen d'enquêtes régulières sur l'emploi du temps.",
    ],
    "maternal-mental-health": [
        "Une mère sur cinq connaît pendant la grossesse ou dans l'année qui suit la naissance un trouble de santé mentale, le plus souvent une dépression ou un trouble anxieux. Dans les pays à revenu faible, cette proportion est plus élevée encore. Pourtant, la santé mentale maternelle reste un angle mort des politiques publiques : les troubles ne sont ni repérés ni soignés, par manque de professionnels formés, par peur du jugement, ou parce que les mères elles-mêmes pensent devoir « tenir » coûte que coûte.",
        "L'épuisement des mères n'est pas une fatalité individuelle. Il naît de la charge mentale, de l'isolement, de la précarité et de l'absence de relais. Les conséquences touchent la mère, mais aussi l'enfant, dont le développement dépend de la qualité du lien avec ses parents dans les premiers mois. Investir dans la santé mentale des mères, c'est investir dans la santé de toute la famille et de la génération qui vient.",
    ],
    "digital": [
        "La transformation numérique bouleverse la vie des familles. Elle ouvre des possibilités nouvelles, du télétravail aux services publics en ligne, mais elle creuse aussi de nouvelles inégalités. La fracture numérique entre les femmes et les hommes reste profonde : dans les pays les moins avancés, les femmes ont nettement moins accès à l'internet mobile que les hommes. Les mères peu connectées sont privées d'informations, de formations et de droits qui ne sont plus accessibles qu'en ligne.",
        "Les mères nous disent aussi leur inquiétude face aux écrans : exposition précoce des jeunes enfants, harcèlement en ligne, contenus violents, exploitation des données personnelles des enfants. Elles se sentent souvent seules pour fixer des règles face à des plateformes conçues pour capter l'attention. La responsabilité ne peut reposer sur les seuls parents ; les technologies numériques doivent être sûres dès leur conception, et les entreprises doivent rendre des comptes.",
    ],
    "early-childhood": [
        "Les mille premiers jours de la vie, de la grossesse au deuxième anniversaire, façonnent la santé, l'apprentissage et le bien-être de toute une vie. Les neurosciences le confirment : un environnement stable, une alimentation suffisante et des interactions chaleureuses avec des adultes disponibles sont décisifs. Le développement de la petite enfance n'est donc pas une affaire privée ; c'est un investissement public parmi les plus rentables qui soient.",
        "Des services d'accueil de la petite enfance accessibles, abordables et de qualité répondent à un double objectif : ils soutiennent le développement des enfants et permettent aux mères de reprendre une activité si elles le souhaitent. Mais ces services restent rares, chers ou éloignés pour la plupart des familles, en particulier en zone rurale. Les parents doivent aussi pouvoir prendre le temps d'être présents auprès de leurs tout-petits.",
    ],
    "social-protection": [
        "Plus de la moitié de la population mondiale n'a accès à aucune forme de protection sociale. Les mères sont particulièrement exposées : les interruptions de carrière liées aux soins réduisent leurs droits à la retraite, à l'assurance chômage et à l'assurance maladie. Un système de protection sociale qui ne reconnaît que l'emploi rémunéré pénalise précisément celles qui font vivre les familles.",
        "Des socles de protection sociale universels, conformes à la recommandation 202 de l'OIT, doivent inclure des allocations familiales, une couverture maternité pour toutes les femmes, y compris dans l'économie informelle, et des crédits de retraite pour les périodes consacrées aux soins. Ces mesures ne sont pas un coût : elles préviennent la pauvreté des enfants et la précarité des femmes âgées.",
    ],
    "gender-equality": [
        "L'égalité entre les femmes et les hommes ne sera pas atteinte tant que la maternité restera une cause de discrimination. L'écart de rémunération entre mères et femmes sans enfant, souvent appelé « pénalité de maternité », persiste dans tous les pays où il est mesuré. Il s'ajoute à l'écart entre femmes et hommes et s'accumule tout au long de la vie, jusqu'à la retraite.",
        "Trente ans après la Déclaration et le Programme d'action de Beijing, les progrès vers l'égalité des sexes restent lents et fragiles. Les crises successives, pandémie, conflits, inflation, ont montré combien les acquis des femmes peuvent reculer vite lorsque les services publics se retirent et que les soins retombent sur les familles. L'égalité de genre exige de regarder en face la répartition du travail au sein des foyers.",
    ],
    "work-family": [
        "Concilier vie professionnelle et vie familiale reste un défi quotidien pour les parents, et d'abord pour les mères. Horaires rigides, temps de trajet, manque de places d'accueil : beaucoup de femmes réduisent leur temps de travail ou quittent leur emploi faute de solution. Un congé parental bien rémunéré et partagé entre les deux parents, des horaires flexibles et le droit à la déconnexion sont des leviers éprouvés.",
        "Les pères veulent s'impliquer davantage auprès de leurs enfants, mais les normes sociales et l'organisation du travail les en empêchent souvent. Là où un congé de paternité ou une part non transférable du congé parental ont été introduits, la répartition des tâches évolue durablement. La conciliation travail-famille n'est pas une affaire de femmes : c'est une condition de l'égalité et du bien-être des enfants.",
    ],
    "financing": [
        "Les politiques de soin et de soutien aux familles manquent avant tout de financement. Les budgets publics, contraints par le poids de la dette, sacrifient souvent les services sociaux en premier. Or chaque dollar investi dans l'économie du soin crée des emplois, majoritairement occupés par des femmes, et libère du temps pour celles qui assument les soins sans rémunération. Le financement du développement doit prendre en compte ce rendement social.",
        "Une fiscalité juste est la condition d'un financement durable : lutte contre l'évasion fiscale, coopération fiscale internationale sous l'égide des Nations Unies, budgets publics analysés selon leur effet sur les femmes et sur les soins. Les institutions financières internationales doivent cesser d'imposer des mesures d'austérité qui reportent sur les mères le coût des services publics supprimés.",
    ],
    "intergenerational": [
        "Les familles sont le premier lieu de solidarité entre les générations. Les grands-parents gardent les petits-enfants, les adultes prennent soin de leurs parents vieillissants, souvent en même temps qu'ils élèvent leurs propres enfants. Cette « génération sandwich », composée surtout de femmes, porte une double charge qui pèse sur sa santé et sur ses revenus. L'équité intergénérationnelle passe par la reconnaissance de ces liens.",
        "Penser l'équité intergénérationnelle, c'est aussi se demander quel monde nous laisserons à nos enfants : climat, dette publique, systèmes de retraite. Les mères nous le disent : elles prennent des décisions chaque jour en pensant à l'avenir de leurs enfants. Les politiques publiques devraient faire de même et mesurer leur effet sur les générations futures.",
    ],
    "poverty": [
        "La pauvreté a souvent le visage d'une mère seule. Dans de nombreux pays, les familles monoparentales, dirigées à plus de 80 % par des femmes, sont deux fois plus exposées à la pauvreté que les autres. Le manque de temps et le manque d'argent se renforcent l'un l'autre : sans mode de garde, pas d'emploi stable ; sans revenu, pas de mode de garde. Briser ce cercle suppose d'agir en même temps sur les revenus, les services et le temps.",
        "Les mères qui vivent dans la précarité déploient des trésors d'ingéniosité pour nourrir, loger et scolariser leurs enfants. Elles sont les premières expertes de la pauvreté et doivent être associées à la conception des politiques qui les concernent. Les transferts monétaires versés directement aux mères ont montré leur efficacité pour la nutrition et la scolarisation des enfants.",
    ],
    "maternal-health": [
        "Chaque jour, environ 700 femmes meurent encore de causes liées à la grossesse et à l'accouchement, presque toutes de causes évitables. La santé maternelle exige un accès universel à des soins prénatals, à un accouchement assisté par un personnel qualifié et à un suivi après la naissance. Elle exige aussi le respect : trop de femmes subissent des violences obstétricales et des soins sans consentement.",
        "Des soins de maternité respectueux reposent sur l'information, le consentement et la continuité : une sage-femme connue, un suivi qui ne s'arrête pas à la sortie de la maternité, une attention à la santé mentale comme à la santé physique. Les mères doivent pouvoir choisir, être écoutées et être accompagnées, quel que soit leur revenu ou leur statut.",
    ],
    "education": [
        "L'éducation des filles est l'un des leviers les plus puissants du développement : une mère instruite a des enfants en meilleure santé, mieux nourris et plus souvent scolarisés. Mais l'éducation ne s'arrête pas à l'école. Les parents sont les premiers éducateurs de leurs enfants, et ils ont besoin d'être soutenus dans ce rôle par des programmes d'accompagnement à la parentalité accessibles à tous.",
        "Les stéréotypes sur le partage des tâches s'apprennent dès l'enfance. L'école a un rôle à jouer pour montrer aux garçons comme aux filles que prendre soin des autres est une compétence humaine, et non un destin féminin. L'éducation aux compétences du soin, à la vie familiale et au numérique devrait faire partie des programmes.",
    ],
    "migration": [
        "Des millions de mères migrent pour travailler, souvent dans le secteur des soins ou du travail domestique, et laissent leurs enfants aux soins de grands-mères ou de proches. Ces chaînes mondiales du soin reposent sur des femmes dont les droits sont peu protégés : contrats précaires, absence de protection sociale, séparation prolongée d'avec leurs enfants. Les mères migrantes méritent une attention particulière.",
        "Les mères réfugiées ou déplacées vivent la grossesse, l'accouchement et les premières années de leurs enfants dans des conditions extrêmes. Leur accès aux soins, à un hébergement sûr et à l'école pour leurs enfants doit être garanti, quel que soit leur statut administratif. Le regroupement familial est un droit qui protège l'intérêt supérieur de l'enfant.",
    ],
}, "en": {
    "unpaid-care": [
        "Unpaid care work is the foundation on which every economy rests, yet it remains invisible in national accounts and in most policies. Women perform more than three-quarters of it worldwide, and mothers carry the heaviest share. This work has a cost: lost income, interrupted careers, lower pensions and poorer health. It also has immense value, which the International Labour Organization estimates at around 9 per cent of global GDP.",
        "Target 5.4 of the Sustainable Development Goals commits States to recognize and value unpaid care and domestic work. Make Mothers Matter calls for a consistent application of the \"3R\" framework: recognize unpaid care work as work, reduce its drudgery through infrastructure and quality public services, and redistribute it more fairly between women and men and between families, the State and employers. Regular time-use surveys are the first step, because what is not measured is not valued.",
    ],
    "maternal-mental-health": [
        "One mother in five experiences a mental health condition during pregnancy or in the first year after birth. Perinatal depression and anxiety are common, treatable and yet largely undetected, because health workers are not trained to ask and mothers are afraid to be judged. Suicide is among the leading causes of maternal death in several high-income countries.",
        "Maternal mental health is shaped by social conditions: isolation, poverty, violence, insecure work and the relentless mental load of caring. Prevention therefore starts well beyond the health system, with support networks, decent leave and recognition of the work mothers do.",
    ],
    "digital": [
        "Digital technologies have transformed how families work, learn and access services, but the digital divide still excludes millions of mothers, especially in rural areas and in least developed countries. When benefits, health information and school communication move online, mothers who are not connected lose access to their rights.",
        "Parents also face new responsibilities they were never prepared for: protecting children from harmful content, cyberbullying and the commercial exploitation of their data. This burden cannot rest on parents alone. Technology companies must design platforms that are safe by default, and States must regulate them.",
    ],
    "early-childhood": [
        "The first thousand days of life lay the foundations of health, learning and well-being. Nurturing care, adequate nutrition and responsive relationships with parents and caregivers shape brain development in ways that last a lifetime. Early childhood development is one of the best investments a society can make.",
        "Affordable, quality early childhood education and care services benefit children and allow mothers to choose whether and how to return to paid work. Yet such services remain scarce or unaffordable for most families, and the care workforce that provides them is underpaid.",
    ],
    "social-protection": [
        "More than half of the world's population has no access to any form of social protection. Mothers are especially exposed because care-related career breaks reduce their entitlements to pensions, unemployment benefits and health insurance. Social protection systems designed around continuous paid employment penalize those who care.",
        "Universal social protection floors, in line with ILO Recommendation No. 202, should include child benefits, maternity protection for all women including those in the informal economy, and pension credits for periods spent caring for children or dependent relatives.",
    ],
    "gender-equality": [
        "Gender equality will remain out of reach as long as motherhood is a source of discrimination. The motherhood pay penalty persists in every country where it has been measured, and it compounds over a lifetime into a pension gap.",
        "Thirty years after the Beijing Declaration and Platform for Action, progress towards gender equality remains slow and fragile. Crises have shown how quickly women's gains can be reversed when public services retreat and care falls back on families.",
    ],
    "work-family": [
        "Balancing work and family life is a daily struggle for parents, and first of all for mothers. Well-paid parental leave shared between both parents, flexible working arrangements and the right to disconnect are proven tools to support it.",
        "Fathers want to be more involved in caring for their children, but workplace cultures and social norms hold them back. Where non-transferable paternity leave has been introduced, the sharing of care has changed durably.",
    ],
    "financing": [
        "Care policies are chronically underfunded. Debt burdens and austerity measures squeeze social spending first, and the cost is transferred to women, who fill the gaps with unpaid work. Investing in the care economy creates decent jobs and frees time for those who care.",
        "Sustainable financing requires fair taxation, international tax cooperation under the auspices of the United Nations and gender-responsive budgeting that makes the effect of public spending on unpaid care visible.",
    ],
    "intergenerational": [
        "Families are the first place of solidarity between generations. Grandparents care for grandchildren, adults care for ageing parents, often while raising their own children. This sandwich generation, mostly women, carries a double load that affects health and income.",
    ],
    "poverty": [
        "Poverty often has the face of a single mother. Single-parent households, more than 80 per cent of them headed by women, are twice as likely to be poor. Time poverty and income poverty reinforce each other: without childcare there is no stable job, and without income there is no childcare.",
        "Mothers living in poverty are experts in their own lives and must be involved in designing the policies that concern them. Cash transfers paid directly to mothers have proven effective for child nutrition and school attendance.",
    ],
    "maternal-health": [
        "Every day, around 700 women still die from preventable causes related to pregnancy and childbirth. Universal access to antenatal care, skilled birth attendance and postnatal follow-up is essential, and so is respect: too many women experience obstetric violence and care without consent.",
    ],
    "education": [
        "Educating girls is one of the most powerful levers of development, and parents are their children's first educators. They need support in that role through parenting programmes open to every family.",
    ],
    "migration": [
        "Millions of mothers migrate to work, often in care and domestic work, leaving their own children in the care of grandmothers or relatives. These global care chains rest on women whose rights are poorly protected. Migrant mothers deserve specific attention, including the right to family reunification.",
    ],
}, "es": {
    "unpaid-care": [
        "El trabajo de cuidados no remunerado sostiene todas las economías, pero sigue siendo invisible en las cuentas nacionales. Las mujeres realizan más de las tres cuartas partes de ese trabajo, y las madres cargan con la mayor parte. La meta 5.4 de los Objetivos de Desarrollo Sostenible pide reconocer y valorar los cuidados y el trabajo doméstico no remunerados. Make Mothers Matter defiende el enfoque de las «3R»: reconocer, reducir y redistribuir el trabajo de cuidados entre mujeres y hombres, y entre las familias, el Estado y las empresas.",
    ],
    "maternal-mental-health": [
        "Una de cada cinco madres sufre un trastorno de salud mental durante el embarazo o en el año que sigue al parto. La salud mental materna sigue siendo un punto ciego de las políticas públicas: la depresión perinatal rara vez se detecta y casi nunca se trata, por falta de profesionales formados y por miedo al juicio ajeno.",
    ],
    "digital": [
        "La transformación digital abre oportunidades para las familias, pero la brecha digital sigue excluyendo a millones de madres, sobre todo en zonas rurales. Cuando los servicios públicos pasan a ser solo en línea, las madres sin conexión pierden el acceso a sus derechos. Las tecnologías digitales deben ser seguras desde su diseño.",
    ],
    "early-childhood": [
        "Los primeros mil días de vida determinan la salud y el aprendizaje de toda una vida. Los servicios de atención y educación de la primera infancia, accesibles y de calidad, benefician a los niños y permiten a las madres elegir si vuelven al trabajo remunerado.",
    ],
    "social-protection": [
        "Más de la mitad de la población mundial no tiene acceso a ninguna forma de protección social. Las madres que interrumpen su carrera para cuidar pierden derechos de pensión y de seguro. Los pisos de protección social deben incluir prestaciones por hijo, protección de la maternidad para todas las mujeres y créditos de pensión por los periodos de cuidado.",
    ],
    "gender-equality": [
        "No habrá igualdad de género mientras la maternidad siga siendo motivo de discriminación. La penalización salarial por maternidad persiste en todos los países donde se ha medido y se acumula a lo largo de la vida hasta convertirse en una brecha de pensiones.",
    ],
    "work-family": [
        "Conciliar la vida laboral y familiar sigue siendo un desafío diario para las madres. Un permiso parental bien remunerado y compartido entre ambos progenitores, horarios flexibles y el derecho a la desconexión son herramientas probadas.",
    ],
    "financing": [
        "Las políticas de cuidados carecen de financiación. La deuda y las medidas de austeridad recortan primero el gasto social, y el costo recae sobre las mujeres. Invertir en la economía del cuidado crea empleo decente y libera tiempo para quienes cuidan; la financiación para el desarrollo debe tenerlo en cuenta.",
    ],
    "intergenerational": [
        "Las familias son el primer lugar de solidaridad entre generaciones. Abuelas que cuidan de sus nietos, madres que cuidan a la vez de sus hijos y de sus padres mayores: la equidad intergeneracional exige reconocer estos vínculos.",
    ],
    "poverty": [
        "La pobreza tiene a menudo el rostro de una madre sola. La pobreza de tiempo y la pobreza de ingresos se refuerzan mutuamente: sin servicios de cuidado no hay empleo estable, y sin ingresos no hay cuidado posible.",
    ],
    "maternal-health": [
        "Cada día mueren todavía unas 700 mujeres por causas evitables relacionadas con el embarazo y el parto. La salud materna exige acceso universal a la atención prenatal, al parto asistido y al seguimiento posnatal, así como un trato respetuoso.",
    ],
    "education": [
        "La educación de las niñas es una de las palancas más poderosas del desarrollo, y los padres son los primeros educadores de sus hijos. Necesitan apoyo en esa tarea.",
    ],
    "migration": [
        "Millones de madres migran para trabajar, a menudo en el sector de los cuidados, y dejan a sus hijos al cuidado de abuelas o familiares. Las madres migrantes merecen protección específica, incluido el derecho a la reunificación familiar.",
    ],
}}

ASKS = {"fr": {
    "unpaid-care": "Mesurer régulièrement le travail de soin non rémunéré par des enquêtes nationales sur l'emploi du temps et en tenir compte dans les comptes nationaux.",
    "maternal-mental-health": "Intégrer le dépistage et la prise en charge de la santé mentale maternelle dans les soins de santé primaires et former les professionnels de la périnatalité.",
    "digital": "Réduire la fracture numérique de genre et imposer aux plateformes des obligations de sécurité dès la conception pour protéger les enfants.",
    "early-childhood": "Investir dans des services d'accueil de la petite enfance accessibles, abordables et de qualité, avec des professionnels correctement rémunérés.",
    "social-protection": "Étendre la protection sociale aux travailleuses de l'économie informelle et accorder des droits à la retraite pour les périodes consacrées aux soins.",
    "gender-equality": "Combattre la discrimination liée à la maternité dans l'emploi et mesurer l'écart de rémunération entre mères et non-mères.",
    "work-family": "Garantir un congé parental bien rémunéré, dont une part réservée à chaque parent, et le droit à des horaires adaptés.",
    "financing": "Consacrer une part suffisante des budgets publics et de l'aide au développement aux infrastructures et services de soin.",
    "intergenerational": "Soutenir les aidants familiaux de toutes les générations par des congés, des services de répit et une reconnaissance de leurs droits.",
    "poverty": "Associer les mères en situation de pauvreté à la conception et à l'évaluation des politiques de lutte contre la pauvreté.",
    "maternal-health": "Garantir à toutes les femmes des soins de maternité respectueux, gratuits et continus, de la grossesse à la première année de l'enfant.",
    "education": "Soutenir les parents dans leur rôle éducatif et inscrire l'éducation au partage des soins dans les programmes scolaires.",
    "migration": "Protéger les droits des mères migrantes, y compris le droit au regroupement familial et l'accès aux soins quel que soit leur statut.",
}, "en": {
    "unpaid-care": "Measure unpaid care work through regular time-use surveys and reflect it in national accounts and policy.",
    "maternal-mental-health": "Integrate screening and treatment of maternal mental health conditions into primary health care and train perinatal professionals.",
    "digital": "Close the gender digital divide and require platforms to be safe by design for children.",
    "early-childhood": "Invest in accessible, affordable and quality early childhood education and care, with decently paid staff.",
    "social-protection": "Extend social protection to women in the informal economy and grant pension credits for care periods.",
    "gender-equality": "Tackle discrimination based on motherhood in employment and measure the motherhood pay gap.",
    "work-family": "Guarantee well-paid parental leave with a non-transferable share for each parent.",
    "financing": "Dedicate adequate public budgets and development finance to care infrastructure and services.",
    "intergenerational": "Support family carers of all generations through leave, respite services and recognized rights.",
    "poverty": "Involve mothers living in poverty in designing and evaluating anti-poverty policies.",
    "maternal-health": "Ensure respectful, free and continuous maternity care for all women.",
    "education": "Support parents in their educational role and teach the sharing of care at school.",
    "migration": "Protect the rights of migrant mothers, including family reunification and access to health care regardless of status.",
}, "es": {
    "unpaid-care": "Medir el trabajo de cuidados no remunerado mediante encuestas periódicas sobre el uso del tiempo.",
    "maternal-mental-health": "Integrar la detección y el tratamiento de la salud mental materna en la atención primaria.",
    "digital": "Cerrar la brecha digital de género y exigir plataformas seguras desde su diseño.",
    "early-childhood": "Invertir en servicios de primera infancia accesibles, asequibles y de calidad.",
    "social-protection": "Extender la protección social a las trabajadoras de la economía informal.",
    "gender-equality": "Combatir la discriminación por maternidad en el empleo.",
    "work-family": "Garantizar un permiso parental bien remunerado con una parte intransferible para cada progenitor.",
    "financing": "Destinar presupuestos públicos suficientes a la infraestructura y los servicios de cuidados.",
    "intergenerational": "Apoyar a las personas cuidadoras de todas las generaciones.",
    "poverty": "Asociar a las madres en situación de pobreza al diseño de las políticas que les conciernen.",
    "maternal-health": "Garantizar una atención a la maternidad respetuosa, gratuita y continua.",
    "education": "Apoyar a los padres en su papel educativo.",
    "migration": "Proteger los derechos de las madres migrantes, incluida la reunificación familiar.",
}}

CLOSINGS = {"fr": [
    "Make Mothers Matter se tient prête à partager l'expérience de ses organisations membres et à contribuer aux travaux des États. Les mères ne demandent pas la charité : elles demandent que leur travail soit reconnu et que leur voix soit entendue.",
    "Reconnaître le rôle des mères, c'est construire des sociétés plus justes, plus solidaires et plus durables. Make Mothers Matter appelle les États membres à traduire ces engagements en politiques concrètes et financées.",
    "Nous remercions la présidence et restons à la disposition des délégations pour poursuivre ce dialogue. Les mères du monde entier attendent des actes.",
], "en": [
    "Make Mothers Matter stands ready to share the experience of its member organizations and to support Member States in this work. Mothers are not asking for charity; they are asking for recognition and a voice.",
    "Recognizing the role of mothers is a precondition for fairer, more resilient and more sustainable societies. We call on Member States to turn these commitments into funded policies.",
], "es": [
    "Make Mothers Matter está dispuesta a compartir la experiencia de sus organizaciones miembro. Las madres no piden caridad: piden reconocimiento y voz.",
    "Reconocer el papel de las madres es condición para construir sociedades más justas y sostenibles. Pedimos a los Estados miembros que conviertan estos compromisos en políticas financiadas.",
]}
