### facerights — letter text, European Portuguese (pt).
###
### Translated from the reference locale (en). Legal terms follow the Portuguese language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679), post-1990 spelling as on EUR-Lex
### (receção, eletrónico, ação): «titular dos dados», «responsável pelo tratamento», «subcontratante»,
### «destinatário», «autoridade de controlo», «sem demora injustificada», «direito ao apagamento»,
### «limitação do tratamento», «direito de oposição», «razões imperiosas e legítimas»,
### «manifestamente tornados públicos», «garantias adequadas», «definição de perfis», «coima»...
###
### Register: formal letter from a private person (first person singular) to a company, addressed
### in the third person plural («V. Exas.», «solicito que me enviem», «a vossa resposta»), as usual
### in European Portuguese business letters. Avoid adjectives and participles that agree with the
### author («obrigado/a», «apresentado/a»): the author's gender is unknown.
### Provisions are cited with REF (see "Citations" below): "artigo 15.º, n.º 1, alínea h), do RGPD".
###
### Variables available in every message:
###   $gdpr        short name of the law ("RGPD", or "UK GDPR" for United Kingdom letters);
###                both are masculine: write «do { $gdpr }», «ao { $gdpr }».
###   $controller  "Clearview AI, Inc." (treated as «a empresa», feminine: «a/da/pela/à { $controller }»)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = RGPD
law-short-uk = UK GDPR
# law-full-* are only used as $law_full, always after «do» or «pelo» («o artigo 15 do { $law_full }»,
# «os direitos que me são conferidos pelo { $law_full }»): write them without an article.
law-full-eu = Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados, «RGPD»)
law-full-eea = Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados, «RGPD»), tal como incorporado no Acordo sobre o Espaço Económico Europeu
law-full-uk = Regulamento Geral sobre a Proteção de Dados do Reino Unido (United Kingdom General Data Protection Regulation, «UK GDPR»), conjugado com a Data Protection Act 2018 (Lei de Proteção de Dados de 2018)

## Citations, as Portuguese lawyers and the CNPD write them: "artigo 15.º, n.º 1, alínea h), do
## RGPD" (ordinal «.º» after every article number, "n.º"/"n.os" for paragraphs, "alínea(s)" for
## points). Paragraphs and points are set off by commas, so a citation with a paragraph or point
## that is followed by its complement ("do { $gdpr }") closes with a comma: messages ask for it
## with `case: "cont"`, and for the capitalised form at the start of a sentence with
## `case: "start"`. Lists (the articles a decision found infringed) repeat "artigo" before each
## provision ("artigo 5.º, n.º 1, alínea a), artigo 6.º e artigo 9.º"), because "artigos 12.º,
## n.os 1 e 2 e 15.º" would be ambiguous.
ref-a = artigo { $art }.º
    .start = Artigo { $art }.º
ref-ap = artigo { $art }.º, { $npar ->
        [one] n.º
       *[other] n.os
    } { $par }
    .cont = artigo { $art }.º, { $npar ->
        [one] n.º
       *[other] n.os
    } { $par },
    .start = Artigo { $art }.º, { $npar ->
        [one] n.º
       *[other] n.os
    } { $par },
ref-app = artigo { $art }.º, n.º { $par }, { $npt ->
        [one] alínea
       *[other] alíneas
    } { $pt }
    .cont = artigo { $art }.º, n.º { $par }, { $npt ->
        [one] alínea
       *[other] alíneas
    } { $pt },
    .start = Artigo { $art }.º, n.º { $par }, { $npt ->
        [one] alínea
       *[other] alíneas
    } { $pt },
ref-an = artigo { $art }.º, ponto { $num })
    .cont = artigo { $art }.º, ponto { $num }),
    .start = Artigo { $art }.º, ponto { $num }),
ref-par = { $par }
ref-point = { $letter })
# Inside a list each provision keeps "artigo" (see above).
ref-item-a = artigo { $art }.º
ref-item-ap = artigo { $art }.º, { $npar ->
        [one] n.º
       *[other] n.os
    } { $par }
ref-item-app = artigo { $art }.º, n.º { $par }, { $npt ->
        [one] alínea
       *[other] alíneas
    } { $pt }
ref-item-an = artigo { $art }.º, ponto { $num })
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: «em Itália», «na Grécia», «nos Países Baixos», «no Reino Unido», after «das pessoas
## que se encontram». $code: the ISO code; $name: the country's name in European Portuguese (CLDR
## pt-PT). Most names take the article (na, no, nos), some none in European Portuguese (em França,
## em Itália, em Espanha, em Portugal, em Malta, em Chipre), so every state of the EEA is listed.
country-in = { $code ->
    [AT] na Áustria
    [BE] na Bélgica
    [BG] na Bulgária
    [CH] na Suíça
    [CY] em Chipre
    [CZ] na Chéquia
    [DE] na Alemanha
    [DK] na Dinamarca
    [EE] na Estónia
    [ES] em Espanha
    [FI] na Finlândia
    [FR] em França
    [GB] no Reino Unido
    [GR] na Grécia
    [HR] na Croácia
    [HU] na Hungria
    [IE] na Irlanda
    [IS] na Islândia
    [IT] em Itália
    [LI] no Listenstaine
    [LT] na Lituânia
    [LU] no Luxemburgo
    [LV] na Letónia
    [MT] em Malta
    [NL] nos Países Baixos
    [NO] na Noruega
    [PL] na Polónia
    [PT] em Portugal
    [RO] na Roménia
    [SE] na Suécia
    [SI] na Eslovénia
    [SK] na Eslováquia
   *[other] em { $name }
}

## Letter frame

subject-access = Assunto: Pedido de acesso aos meus dados pessoais nos termos do { REF(15) } do { $gdpr }
subject-erasure = Assunto: Pedido de apagamento dos meus dados pessoais nos termos do { REF(17) } do { $gdpr } e oposição nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }
subject-access-erasure = Assunto: Pedido de acesso nos termos do { REF(15) } do { $gdpr }, de limitação do tratamento nos termos do { REF(18) } do { $gdpr } e de subsequente apagamento nos termos do { REF(17) } do { $gdpr }
salutation = Exmos. Senhores,
closing = Com os melhores cumprimentos,
# $reference: the sender's own case or reference number.
our-reference = A minha referência: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21 de novembro de 2026").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Anexo:
   *[other] Anexos:
}
enclosure-photo = Fotografia do meu rosto, fornecida exclusivamente para me identificar para efeitos do presente pedido
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Página { $page } de { $pages }

## Opening

# $law_full: one of law-full-* (see above: it follows «do» or «pelo»).
intro-access = Venho, pela presente, exercer o meu direito de acesso nos termos do { REF(15) } do { $law_full }. Solicito que me confirmem se a { $controller } trata ou não dados pessoais que me digam respeito e, se for esse o caso, que me facultem o acesso a esses dados pessoais e às informações indicadas abaixo. Não tenho de fundamentar o presente pedido.
intro-erasure = Venho, pela presente, exercer o meu direito ao apagamento nos termos do { REF(17) } do { $law_full }. Solicito que apaguem, sem demora injustificada, todos os dados pessoais que me digam respeito. Simultaneamente, oponho-me, nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }, a qualquer tratamento de dados pessoais que me digam respeito.
intro-access-erasure = Venho, pela presente, exercer os direitos que me são conferidos pelo { $law_full }: em primeiro lugar, o meu direito de acesso ({ REF(15) } do { $gdpr }) e, em seguida, o meu direito ao apagamento ({ REF(17) } do { $gdpr }). Peço primeiro o acesso para saber que dados V. Exas. detêm sobre mim antes de serem apagados. Oponho-me, nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }, a qualquer tratamento de dados pessoais que me digam respeito e, até ao apagamento, solicito que limitem o tratamento ({ REF(18) } do { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision («de 16 de maio de 2024»).
applicability-eu = A empresa { $controller } está sujeita ao { $gdpr }: recolhe imagens de pessoas que se encontram na União Europeia e trata-as para controlar o seu comportamento ({ REF(3, par: 2, pt: "b", case: "cont") } do { $gdpr }). As autoridades de controlo de Itália, da Grécia, de França, da Áustria e dos Países Baixos aplicaram-lhe o { $gdpr } e consideraram ilícito o tratamento que efetua. Segundo a decisão da autoridade de controlo neerlandesa de { $representative_date }, a empresa não tinha designado um representante na União ({ REF(27) } do { $gdpr }). Por conseguinte, dirijo o presente pedido diretamente a V. Exas.
applicability-eea = A empresa { $controller } está sujeita ao { $gdpr }: recolhe imagens de pessoas que se encontram no Espaço Económico Europeu e trata-as para controlar o seu comportamento ({ REF(3, par: 2, pt: "b", case: "cont") } do { $gdpr }). As autoridades de controlo de Itália, da Grécia, de França, da Áustria e dos Países Baixos aplicaram-lhe o { $gdpr } e consideraram ilícito o tratamento que efetua. Segundo a decisão da autoridade de controlo neerlandesa de { $representative_date }, a empresa não tinha designado um representante na União ({ REF(27) } do { $gdpr }). Por conseguinte, dirijo o presente pedido diretamente a V. Exas.
applicability-uk = A empresa { $controller } está sujeita ao { $gdpr }. Em 2025, o Upper Tribunal decidiu que o tratamento por ela efetuado está relacionado com o controlo do comportamento de pessoas que se encontram no Reino Unido ({ REF(3, par: 2, pt: "b", case: "cont") } do { $gdpr }). Dirijo o presente pedido diretamente a V. Exas.

## Access (Article 15)
# The access-copy-* items complete «Solicito que me forneçam uma cópia …, em especial:».

access-heading = Acesso aos meus dados pessoais ({ REF(15) } do { $gdpr })
access-copy = Solicito que me forneçam uma cópia de todos os dados pessoais que me digam respeito e que V. Exas. tratam ({ REF(15, par: 3, case: "cont") } do { $gdpr }), em especial:
access-copy-images = cada imagem em que apareço ou que associam a mim, na resolução em que a conservam;
access-copy-sources = para cada imagem, o endereço (URL) da página web e o do ficheiro de imagem onde foi recolhida, o título da página e as datas em que foi recolhida e atualizada pela última vez;
access-copy-metadata = todos os metadados conservados relativamente a cada imagem, incluindo dados de geolocalização e datas;
access-copy-biometrics = os modelos biométricos (templates), vetores ou valores de hash derivados do meu rosto, bem como quaisquer outros dados que tenham derivado ou inferido a meu respeito;
access-copy-searches = os registos de cada pesquisa em cujos resultados figurei, com a data de cada pesquisa;
access-copy-probe = os registos de todas as pesquisas em que um cliente carregou uma imagem do meu rosto para pesquisar na vossa base de dados, com a imagem, a data da pesquisa e o cliente que a efetuou;
access-copy-recipients = a identidade de cada cliente ou outro destinatário a quem tenham sido divulgados resultados que me digam respeito.
# The access-info-* items complete «Solicito ainda que me prestem as seguintes informações:».
access-info = Solicito ainda que me prestem as seguintes informações ({ REF(15, par: "1 2", case: "cont") } do { $gdpr }):
access-info-purposes = as finalidades de cada operação de tratamento ({ REF(15, par: 1, pt: "a") }) e, para cada finalidade, o fundamento jurídico invocado, que V. Exas. me deviam ter comunicado em qualquer caso ({ REF(14, par: 1, pt: "c") });
access-info-categories = as categorias dos dados pessoais em questão ({ REF(15, par: 1, pt: "b") });
access-info-recipients = os destinatários a quem os dados pessoais foram ou serão divulgados, identificados pelo nome, nomeadamente os destinatários estabelecidos em países terceiros ou pertencentes a organizações internacionais; a indicação de categorias de destinatários não é suficiente quando V. Exas. os possam identificar ({ REF(15, par: 1, pt: "c") }; acórdão do Tribunal de Justiça de 12 de janeiro de 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = os destinatários a quem os dados pessoais foram ou serão divulgados, identificados pelo nome, nomeadamente os destinatários estabelecidos em países terceiros ou pertencentes a organizações internacionais; a indicação de categorias de destinatários não é suficiente quando V. Exas. os possam identificar ({ REF(15, par: 1, pt: "c") });
access-info-retention = o prazo durante o qual cada categoria de dados pessoais será conservada ou, se tal não for possível, os critérios usados para fixar esse prazo ({ REF(15, par: 1, pt: "d") });
access-info-rights = a existência do direito de solicitar a retificação, o apagamento ou a limitação do tratamento dos dados pessoais, e do direito de se opor a esse tratamento ({ REF(15, par: 1, pt: "e") });
access-info-complaint = o direito de apresentar reclamação a uma autoridade de controlo ({ REF(15, par: 1, pt: "f") });
access-info-source = todas as informações disponíveis sobre a origem dos dados pessoais: os sítios e as páginas web concretos, e não apenas categorias de fontes ({ REF(15, par: 1, pt: "g") });
access-info-automated = a existência de decisões automatizadas, incluindo a definição de perfis, e informações úteis relativas à lógica subjacente, bem como a importância e as consequências previstas de tal tratamento para mim ({ REF(15, par: 1, pt: "h") });
access-info-transfers = caso os dados pessoais sejam transferidos para um país terceiro ou uma organização internacional, as garantias adequadas, nos termos do { REF(46) } do { $gdpr }, relativas à transferência ({ REF(15, par: 2) }).
# $reference and $date: the CNIL's decision; "de { $date }" needs no inflection ("de 17 de outubro de 2022").
access-scope = O presente pedido abrange todos os dados pessoais que me digam respeito em todos os sistemas de V. Exas., incluindo os dados pseudonimizados e os dados que tenham derivado ou inferido. Não se limita aos últimos doze meses nem a um número de pedidos por ano, e não depende de eu o repetir: a autoridade de controlo francesa (CNIL) considerou ilícitas tais restrições aplicadas pela { $controller } na sua deliberação n.º { $reference }, de { $date }.
access-role = Solicito ainda que indiquem, para cada operação de tratamento, se a efetuam na qualidade de responsável pelo tratamento ou de subcontratante por conta de um cliente e, neste último caso, por conta de quem ({ REF(4, num: 7) } e { REF(4, num: 8, case: "cont") } do { $gdpr }).
# United Kingdom letters only. REF cannot write "1-A": the citation is written out («n.º 1-A», as
# Portuguese cites an inserted paragraph).
access-search-uk = Tenho direito aos dados pessoais e às informações que V. Exas. possam fornecer com base numa pesquisa razoável e proporcionada (artigo 15.º, n.º 1-A, do { $gdpr }). A vossa base de dados foi concebida para ser pesquisada a partir de um rosto: uma pesquisa nela com o meu rosto, bem como nos registos das pesquisas em que apareci como resultado ou em que o meu rosto foi carregado, é razoável e proporcionada, seja qual for o seu volume.
access-format = Solicito que me forneçam a cópia a título gratuito ({ REF(12, par: 5, case: "cont") } e { REF(15, par: 3, case: "cont") } do { $gdpr }), numa linguagem clara e simples ({ REF(12, par: 1, case: "cont") } do { $gdpr }) e, caso respondam por meios eletrónicos, num formato eletrónico de uso corrente ({ REF(15, par: 3, case: "cont") } do { $gdpr }).

## Erasure (Article 17)

erasure-heading = Apagamento dos meus dados pessoais ({ REF(17) } do { $gdpr })
erasure-after-access = Depois de me terem fornecido a cópia e as informações pedidas acima, solicito que apaguem, sem demora injustificada, todos os dados pessoais que me digam respeito ({ REF(17, par: 1, case: "cont") } do { $gdpr }).
erasure-scope = O apagamento deve abranger:
erasure-scope-images = cada imagem em que apareço e todas as respetivas cópias;
erasure-scope-biometrics = os modelos biométricos (templates), vetores e valores de hash derivados do meu rosto;
erasure-scope-metadata = os metadados e os endereços de origem (URL) associados a essas imagens;
erasure-scope-searches = os resultados de pesquisa, os registos de pesquisa e as associações que me digam respeito;
erasure-scope-backups = todas as cópias existentes em cópias de segurança (backups), em arquivos e nos sistemas dos vossos subcontratantes.
erasure-grounds = Verificam-se os seguintes motivos de apagamento:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } do { $gdpr }: os dados pessoais foram tratados ilicitamente. V. Exas. não dispõem de qualquer fundamento jurídico nos termos do { REF(6, par: 1, case: "cont") } do { $gdpr }. Os dados biométricos ({ REF(4, num: 14, case: "cont") } do { $gdpr }) tratados para identificar uma pessoa singular de forma inequívoca integram as categorias especiais de dados pessoais cujo tratamento é proibido pelo { REF(9, par: 1, case: "cont") } do { $gdpr }. Não se aplica nenhuma das exceções previstas no { REF(9, par: 2) }: não dei o meu consentimento explícito para o tratamento dos meus dados biométricos na vossa base de dados ({ REF(9, par: 2, pt: "a") }), e as imagens que se podem encontrar na Internet não são dados que eu tenha manifestamente tornado públicos para efeitos de tratamento biométrico ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } do { $gdpr }: os dados pessoais foram tratados ilicitamente. V. Exas. não dispõem de qualquer fundamento jurídico nos termos do { REF(6, par: 1, case: "cont") } do { $gdpr }. Os dados biométricos ({ REF(4, num: 14, case: "cont") } do { $gdpr }) tratados para identificar uma pessoa singular de forma inequívoca integram as categorias especiais de dados pessoais cujo tratamento é proibido pelo { REF(9, par: 1, case: "cont") } do { $gdpr }. Não se aplica nenhuma das exceções previstas no { REF(9, par: 2, case: "cont") } do { $gdpr }, conjugado com o anexo 1 (Schedule 1) da Data Protection Act 2018: não dei o meu consentimento explícito para o tratamento dos meus dados biométricos na vossa base de dados ({ REF(9, par: 2, pt: "a") }), e as imagens que se podem encontrar na Internet não são dados que eu tenha manifestamente tornado públicos para efeitos de tratamento biométrico ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } do { $gdpr }: oponho-me ao tratamento nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }, por motivos relacionados com a minha situação particular: o meu rosto é um identificador permanente que não posso alterar, e a sua presença na vossa base de dados permite a qualquer dos vossos clientes identificar-me a partir de qualquer fotografia, independentemente do local e do momento em que tenha sido tirada.
# The person's own words (--objection-grounds), in Portuguese quotation marks; same item as the objection.
erasure-ground-objection-own = Nas minhas próprias palavras: «{ $grounds }»
# Art. 21.º, n.º 1, Portuguese text: «a não ser que apresente razões imperiosas e legítimas para esse tratamento que prevaleçam sobre os interesses, direitos e liberdades do titular dos dados».
erasure-ground-objection-burden = V. Exas. devem, por isso, cessar o tratamento, a não ser que apresentem razões imperiosas e legítimas para esse tratamento que prevaleçam sobre os meus interesses, direitos e liberdades, ou para efeitos de declaração, exercício ou defesa de um direito num processo judicial ({ REF(21, par: 1, case: "cont") } do { $gdpr }). Na medida em que V. Exas. se baseiem no { REF(6, par: 1, pt: "e f", conj: "or", case: "cont") } do { $gdpr }, tais razões não existem: o vosso interesse comercial em vender pesquisas do meu rosto não constitui uma razão dessa natureza.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } do { $gdpr }: na medida em que V. Exas. se baseiem no consentimento, retiro-o.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: «em Itália», from country-in.
# Its name is in its own language and has no Portuguese gender: keep it in parentheses, without an article.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } do { $gdpr }, para além dos motivos acima: a autoridade de controlo ({ $authority }) ordenou a V. Exas. que apagassem os dados pessoais das pessoas que se encontram { $in_country }. No meu entender, o apagamento é, por conseguinte, também necessário para o cumprimento de uma obrigação jurídica a que V. Exas. estão sujeitos.
erasure-exceptions = Não se aplica nenhuma das exceções previstas no { REF(17, par: 3, case: "cont") } do { $gdpr }: o tratamento não se revela necessário ao exercício da liberdade de expressão e de informação, ao cumprimento de uma obrigação legal, ao exercício de funções de interesse público ou ao exercício da autoridade pública, por motivos de interesse público no domínio da saúde pública, para fins de arquivo de interesse público, para fins de investigação científica ou histórica ou para fins estatísticos, nem para efeitos de declaração, exercício ou defesa de um direito num processo judicial. Se invocarem alguma exceção, indiquem-me qual e por que motivo ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
erasure-restriction = Até ao apagamento, limitem o tratamento dos meus dados pessoais ({ REF(18, par: 1, pt: "d", case: "cont") } do { $gdpr }, enquanto verificam a minha oposição): em particular, deixem imediatamente de me apresentar nos resultados de pesquisa.
erasure-recipients = Comuniquem o apagamento a cada destinatário a quem os meus dados pessoais tenham sido divulgados, incluindo cada cliente que tenha recebido as minhas imagens em resultados de pesquisa ({ REF(19) } do { $gdpr }), e informem-me sobre quem são esses destinatários. Caso tenham tornado públicos os meus dados pessoais, tomem as medidas que forem razoáveis para informar os responsáveis pelo tratamento que tratam esses dados de que solicitei o apagamento das ligações para esses dados, bem como das cópias dos mesmos ({ REF(17, par: 2, case: "cont") } do { $gdpr }).
erasure-no-recollection = Informem-me do que farão para garantir que os meus dados pessoais não voltem a ser recolhidos. Se conservarem algum registo para impedir a sua recolha no futuro, indiquem-me exatamente o que contém e com que fundamento jurídico o conservam.
erasure-confirmation = Solicito que me confirmem o apagamento por escrito e que indiquem o que apagaram, incluindo as cópias existentes em cópias de segurança e os modelos derivados.
erasure-free = O seguimento dado ao meu pedido de apagamento, incluindo as comunicações e a confirmação, é gratuito ({ REF(12, par: 5, case: "cont") } do { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Limitação do tratamento até ao apagamento ({ REF(18) } do { $gdpr })
restriction-body = A partir da receção da presente carta e até ao apagamento, limitem o tratamento dos meus dados pessoais ({ REF(18, par: 1, pt: "d", case: "cont") } do { $gdpr }, enquanto verificam a minha oposição nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }): conservem os dados, mas não os utilizem para qualquer outra finalidade que não a resposta ao presente pedido. Em particular, deixem imediatamente de me apresentar nos resultados de pesquisa.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identificação
identification-no-photo = As informações constantes da presente carta são suficientes para lhe dar resposta. Se tiverem dúvidas razoáveis quanto à minha identidade, indiquem-me que informações adicionais são estritamente necessárias ({ REF(12, par: 6, case: "cont") } do { $gdpr }). Se o vosso sistema só puder ser pesquisado com uma fotografia do meu rosto, informem-me disso; nesse caso, fornecerei uma exclusivamente para o presente pedido.
identification-photo = Junto uma fotografia do meu rosto exclusivamente para que possam encontrar os dados pessoais que me digam respeito ({ REF(11, par: 2, case: "cont") } e { REF(12, par: 6, case: "cont") } do { $gdpr }). Dou o meu consentimento explícito ({ REF(9, par: 2, pt: "a", case: "cont") } do { $gdpr }) para uma única pesquisa na vossa base de dados com um modelo biométrico criado a partir desta fotografia, apenas para efeitos do presente pedido. Não consinto qualquer outra utilização: não acrescentem a fotografia nem o modelo à vossa base de dados e não os divulguem. Retiro o meu consentimento logo que tenham respondido ao presente pedido ({ REF(7, par: 3, case: "cont") } do { $gdpr }): apaguem então a fotografia, o modelo e os resultados da pesquisa efetuada com eles, e confirmem-me o apagamento ({ REF(5, par: 1, pt: "b c e", case: "cont") } do { $gdpr }).
identification-id-document = Não enviarei cópia de qualquer documento de identificação, a menos que demonstrem que tal é estritamente necessário. Qualquer cópia desse tipo deve ser apagada imediatamente após a verificação (Comité Europeu para a Proteção de Dados, Diretrizes 01/2022 sobre os direitos dos titulares dos dados – Direito de acesso, pontos 74, 76 e 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Não enviarei cópia de qualquer documento de identificação, a menos que demonstrem que tal é necessário: só podem pedir as informações razoáveis e proporcionadas para confirmar a minha identidade (Information Commissioner's Office, orientações «Right of access»).

## Deadline and form (Article 12)

deadline-heading = Prazo e forma da vossa resposta
deadline-access = Solicito que respondam sem demora injustificada e, o mais tardar, no prazo de um mês a contar da data de receção do presente pedido ({ REF(12, par: 3, case: "cont") } do { $gdpr }). Esse prazo só pode ser prorrogado até dois meses, quando for necessário, tendo em conta a complexidade do pedido e o número de pedidos; nesse caso, devem informar-me da prorrogação e dos motivos da demora no prazo de um mês a contar da data de receção do pedido. Se não derem seguimento ao meu pedido, devem informar-me, no prazo de um mês, das razões para não tomarem medidas e do meu direito de apresentar reclamação a uma autoridade de controlo e de intentar ação judicial ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
deadline-erasure = Solicito que deem seguimento ao meu pedido sem demora injustificada e, o mais tardar, no prazo de um mês a contar da data da sua receção ({ REF(12, par: 3, case: "cont") } do { $gdpr }). Esse prazo só pode ser prorrogado até dois meses, quando for necessário, tendo em conta a complexidade do pedido e o número de pedidos; nesse caso, devem informar-me da prorrogação e dos motivos da demora no prazo de um mês a contar da data de receção do pedido. Se não derem seguimento ao meu pedido, devem informar-me, no prazo de um mês, das razões para não tomarem medidas e do meu direito de apresentar reclamação a uma autoridade de controlo e de intentar ação judicial ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out,
# «artigo 12.º-A», as Portuguese cites an inserted article).
deadline-access-uk = Solicito que respondam sem demora injustificada e, o mais tardar, antes do termo do prazo aplicável (applicable time period), que é de um mês a contar da data de receção do presente pedido (artigo 12.º-A do { $gdpr }). Esse prazo só pode ser prorrogado até dois meses, quando for necessário em razão da complexidade ou do número de pedidos; nesse caso, devem informar-me disso dentro desse mês, indicando os motivos. Se precisarem razoavelmente de mais informações da minha parte para identificar as informações ou os tratamentos a que o meu pedido se refere, peçam-mas sem demora: o prazo só fica suspenso até à minha resposta. Se não derem seguimento ao meu pedido, devem informar-me, dentro desse prazo, das razões para não tomarem medidas e do meu direito de apresentar reclamação ao Information Commissioner e de intentar ação judicial ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
deadline-erasure-uk = Solicito que deem seguimento ao meu pedido sem demora injustificada e, o mais tardar, antes do termo do prazo aplicável (applicable time period), que é de um mês a contar da data de receção do presente pedido (artigo 12.º-A do { $gdpr }). Esse prazo só pode ser prorrogado até dois meses, quando for necessário em razão da complexidade ou do número de pedidos; nesse caso, devem informar-me disso dentro desse mês, indicando os motivos. Se não derem seguimento ao meu pedido, devem informar-me, dentro desse prazo, das razões para não tomarem medidas e do meu direito de apresentar reclamação ao Information Commissioner e de intentar ação judicial ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
no-formalities = Não podem fazer depender a vossa resposta da utilização de um formulário, de um portal web ou de um meio de transmissão específico (Comité Europeu para a Proteção de Dados, Diretrizes 01/2022 sobre os direitos dos titulares dos dados – Direito de acesso, pontos 50 a 53).
no-formalities-uk = Não podem fazer depender a vossa resposta da utilização de um formulário, de um portal web ou de um meio de transmissão específico: um pedido pode ser apresentado sob qualquer forma, oralmente ou por escrito (Information Commissioner's Office, orientações «Right of access»).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Solicito que enviem a vossa resposta para o endereço acima indicado.
reply-to-both = Solicito que enviem a vossa resposta para o endereço postal ou de correio eletrónico acima indicado.
reply-to-email = Solicito que enviem a vossa resposta para o endereço de correio eletrónico acima indicado.

## Decisions against Clearview

decisions-heading = Decisões contra a { $controller }
decisions-own = No país em que resido foram tomadas as seguintes decisões:
# $controller ends with a full stop ("Inc."): never put it at the end of a sentence.
decisions-other = Autoridades de controlo de outros Estados consideraram que o mesmo tratamento efetuado pela { $controller } é ilícito. Invoco as decisões dessas autoridades:
# One decision. $authority: name of the authority or court (in its own language, no Portuguese
# article); $country: its country (CLDR, e.g. "Itália"); $act: one of decision-kind-* with the
# reference; $date: its date ("10 de fevereiro de 2022"), after «de» as in Portuguese legal citations.
decision-citation = { $authority } ({ $country }), { $act } de { $date }
# The Italian Garante's «ordinanza ingiunzione» (a fine with corrective orders), with its Italian name.
decision-kind-injunction-order = decisão sancionatória (ordinanza ingiunzione) n.º { $reference }
decision-kind-decision = decisão { $reference }
decision-kind-formal-notice = notificação formal n.º { $reference }
# The CNIL's sanction: a «délibération» of its restricted committee (formation restreinte).
decision-kind-sanction = deliberação da formação restrita (délibération) n.º { $reference }
decision-kind-penalty-liquidation = deliberação da formação restrita n.º { $reference } (liquidação da sanção pecuniária compulsória)
decision-kind-fines-and-penalty-orders = decisão (coimas e ordens sujeitas a sanção pecuniária compulsória)
# The Austrian DSB's «Bescheid»; the Federal Administrative Court's «Beschluss» annulling it and
# remitting the case (a «despacho», as the Portuguese version of EU law renders «Beschluss», not a
# «sentença» or «acórdão»); a UK tribunal's decision.
decision-kind-bescheid = decisão (Bescheid) { $reference }
decision-kind-remittal-order = despacho (Beschluss) { $reference }
decision-kind-tribunal-decision = decisão { $reference }
decision-kind-letter = carta
decision-kind-enforcement-and-penalty-notices = notificação de execução (enforcement notice) e notificação de sanção pecuniária (monetary penalty notice)
# The following sentences come after decision-citation; their implicit subject is the authority
# or court just cited (Portuguese drops the subject pronoun, so no gender is needed).
# "Coima" is the GDPR's Portuguese term for an administrative fine (Article 83).
# $articles: the provisions found infringed, written with ref-list ("artigo 5.º, n.º 1, alínea a),
# artigo 6.º e artigo 9.º"), after a colon so that no article or preposition depends on it.
decision-articles = Constatou a violação das seguintes disposições do { $gdpr }: { $articles }.
# $amount: an amount with its currency, already formatted.
decision-fine = Aplicou uma coima de { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not «coima».
decision-monetary-penalty = Aplicou uma sanção pecuniária (monetary penalty) de { $amount }.
decision-fines-total = Aplicou coimas num montante total de { $amount }.
decision-penalty-per-day = Fixou ainda uma sanção pecuniária compulsória de { $amount } por cada dia de atraso.
decision-penalty-max = Emitiu ainda ordens sujeitas a sanções pecuniárias compulsórias até um montante total de { $amount }.
decision-penalty-liquidated = Ordenou à { $controller } o pagamento de { $amount } por não ter cumprido a ordem dentro do prazo.
decision-orders = Determinou que a { $controller } devia:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items (infinitives).
decision-requests = Instou a { $controller } a:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = As referidas notificações não são definitivas: o Upper Tribunal remeteu ao First-tier Tribunal o recurso da Clearview contra as mesmas.
# Orders are list items completing «Determinou que a Clearview AI, Inc. devia:» or
# «Instou a Clearview AI, Inc. a:»: each starts with an infinitive and ends with «;».
# facerights replaces the last «;» with a full stop.
# «desse Estado» refers to the country named in the citation just above.
order-ban-collection-territory = cessar a recolha de imagens e de outros dados pessoais das pessoas que se encontram { $in_country } e cessar o tratamento dos dados biométricos dessas pessoas;
order-ban-collection-processing-territory = cessar a recolha, por extração automatizada de dados da web (web scraping), de imagens e metadados das pessoas que se encontram { $in_country } e cessar qualquer outro tratamento dos seus dados pessoais, comuns e biométricos;
order-erase-territory = apagar os dados pessoais das pessoas que se encontram { $in_country };
order-erase-territory-after-access = apagar os dados pessoais das pessoas que se encontram { $in_country }, depois de responder aos pedidos de acesso já recebidos;
order-stop-processing-territory = cessar a recolha e o tratamento, sem fundamento jurídico, dos dados pessoais das pessoas que se encontram { $in_country };
order-facilitate-rights = facilitar o exercício dos direitos dos titulares dos dados e responder ao pedido de acesso do autor da reclamação;
order-answer-complainant-access = responder ao pedido de acesso do autor da reclamação;
order-grant-complainant-erasure = dar seguimento ao pedido de apagamento do autor da reclamação;
order-appoint-representative = designar um representante na União ({ REF(27) } do { $gdpr });
order-stop-processing-erase-territory = cessar o tratamento dos dados pessoais das pessoas que se encontram { $in_country } e remover os dados obtidos ilicitamente;
order-give-art14-information = informar os titulares dos dados nos termos exigidos pelo { REF(14) } do { $gdpr };
order-stop-refusing-access = pôr termo à sua política de não responder aos pedidos de acesso;
order-erase-complainant = apagar os dados pessoais do autor da reclamação;
order-erase-complainant-biometric = apagar os valores de hash biométricos do autor da reclamação;
order-stop-obtaining-uk = deixar de obter e utilizar os dados pessoais de residentes no Reino Unido que estejam publicamente disponíveis na Internet;
order-erase-uk = apagar dos seus sistemas os dados pessoais dos residentes no Reino Unido;
outcome-reconsider-ban = O tribunal considerou que a autoridade devia reapreciar a sua recusa de proibir o tratamento e que a proibição era a única medida adequada; remeteu o processo à autoridade.
outcome-ftt-no-jurisdiction = O tribunal deu provimento ao recurso da Clearview, considerando que o Information Commissioner não tinha competência para emitir as referidas notificações.
outcome-ut-ico-appeal-allowed = O tribunal deu provimento ao recurso do Information Commissioner: o tratamento está relacionado com o controlo do comportamento de pessoas que se encontram no Reino Unido, e o facto de os clientes da Clearview serem organismos públicos estrangeiros não o exclui do âmbito de aplicação do { $gdpr }.
outcome-remitted-ftt = Remeteu ao First-tier Tribunal o recurso da Clearview contra as referidas notificações.
# Short summaries used for decisions of other countries, joined as a list with «e»:
# noun phrases without article, e.g. «coima de 20 000 000 €, proibição de … e ordem de …».
summary-fine = coima de { $amount }
summary-monetary-penalty = sanção pecuniária (monetary penalty) de { $amount }, não definitiva
summary-erasure = ordem de apagamento dos dados pessoais das pessoas que se encontram { $in_country }
summary-ban = proibição de prosseguir a recolha
summary-access = ordem para deixar de recusar responder aos pedidos de acesso
summary-complainant-access = ordem para responder ao pedido de acesso do autor da reclamação
summary-erase-complainant = ordem de apagamento dos dados pessoais do autor da reclamação
summary-representative = ordem de designação de um representante na União
summary-no-fine = sem coima
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, no Portuguese
# article, hence the parentheses); $address: its postal address on one line.
remedies = Se não responderem de forma completa dentro do prazo, apresentarei reclamação à autoridade de controlo competente ({ $authority }, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado-Membro em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização ({ REF(82) } do { $gdpr }).
# EEA letters: «do Estado» (Iceland, Liechtenstein, Norway) instead of «do Estado-Membro».
remedies-eea = Se não responderem de forma completa dentro do prazo, apresentarei reclamação à autoridade de controlo competente ({ $authority }, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização ({ REF(82) } do { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19, n.º 2, BDSG: German
# statutes keep their «§» in Portuguese writing).
remedies-land-of-residence = Se não responderem de forma completa dentro do prazo, apresentarei reclamação à autoridade de controlo da proteção de dados do Land alemão em que resido ({ REF(77) } do { $gdpr }; § 19, n.º 2, da Lei Federal de Proteção de Dados alemã, BDSG). Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado-Membro em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização ({ REF(82) } do { $gdpr }).
# United Kingdom letters: a UK «section» is cited as «secção», the Act's name in English («a Data
# Protection Act 2018», as in law-full-uk).
remedies-uk = V. Exas. devem facilitar a apresentação de reclamações junto de V. Exas. relativas ao tratamento dos meus dados pessoais (secção 164A da Data Protection Act 2018). Se não responderem de forma completa antes do termo do prazo aplicável, apresentarei reclamação junto de V. Exas. ao abrigo dessa secção e, se tal não resolver a questão, apresentarei reclamação à autoridade de controlo competente ({ $authority }, ou a sua sucessora, a Information Commission, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de pedir ao tribunal uma ordem de cumprimento (compliance order, secção 167 da Data Protection Act 2018) e de pedir uma indemnização ({ REF(82) } do { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed («reiteração» do
## pedido) and a complaint to the supervisory authority («reclamação», artigo 77.º). They cite the
## first request by what it asked for (request-name-*), the date Clearview received it
## ($received) and the end of the reply period ($ends), all dates already formatted, after «em» or
## «até». The complaint addresses the authority as «essa autoridade de controlo», as a formal
## letter to a Portuguese public authority does.

# What the first request asked for, WITHOUT article or possessive: the messages write «o meu
# { $request }», «do meu { $request }», «ao meu { $request }», because Portuguese fuses the
# preposition with the article. Masculine («pedido»: «recebido»).
request-name-access = pedido de acesso nos termos do { REF(15) } do { $gdpr }
request-name-erasure = pedido de apagamento nos termos do { REF(17) } do { $gdpr } e de oposição nos termos do { REF(21, par: 1, case: "cont") } do { $gdpr }
request-name-access-erasure = pedido de acesso nos termos do { REF(15) } do { $gdpr }, de limitação do tratamento nos termos do { REF(18) } do { $gdpr } e de subsequente apagamento nos termos do { REF(17) } do { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Assunto: Reiteração do meu { $request }, recebido por V. Exas. em { $received }
# $ends: the last day of the reply period.
reminder-facts = Em { $received }, V. Exas. receberam o meu { $request }, de que junto cópia. O prazo para a vossa resposta terminou em { $ends } ou, caso esse dia tenha sido feriado, no dia útil seguinte ({ REF(12, par: 3, case: "cont") } do { $gdpr }).
reminder-facts-uk = Em { $received }, V. Exas. receberam o meu { $request }, de que junto cópia. O prazo aplicável (applicable time period) para a vossa resposta terminou em { $ends } ou, caso esse dia tenha sido feriado (bank holiday), no dia útil seguinte (artigo 12.º-A do { $gdpr }).
reminder-no-reply = Não recebi qualquer resposta de V. Exas., nem qualquer informação sobre uma prorrogação do prazo ou sobre as razões que vos levaram a não dar seguimento ao meu pedido ({ REF(12, par: "3 4", case: "cont") } do { $gdpr }).
reminder-incomplete = A vossa resposta está incompleta: não contém tudo o que solicitei e V. Exas. não indicaram as razões pelas quais omitiram parte do solicitado ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = V. Exas. encontram-se, por isso, em violação do { $gdpr }. Solicito que deem integral cumprimento ao meu pedido sem mais demora e, em qualquer caso, até { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Caso contrário, apresentarei, sem mais aviso, reclamação à autoridade de controlo competente ({ $authority }, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado-Membro em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização por quaisquer danos que me tenham sido causados ({ REF(82) } do { $gdpr }).
reminder-remedies-eea = Caso contrário, apresentarei, sem mais aviso, reclamação à autoridade de controlo competente ({ $authority }, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização por quaisquer danos que me tenham sido causados ({ REF(82) } do { $gdpr }).
reminder-remedies-land-of-residence = Caso contrário, apresentarei, sem mais aviso, reclamação à autoridade de controlo da proteção de dados do Land alemão em que resido ({ REF(77) } do { $gdpr }; § 19, n.º 2, da Lei Federal de Proteção de Dados alemã, BDSG). Reservo-me o direito de intentar uma ação contra V. Exas. nos tribunais do Estado-Membro em que tenho a minha residência habitual ({ REF(79, par: 2, case: "cont") } do { $gdpr }) e de pedir uma indemnização por quaisquer danos que me tenham sido causados ({ REF(82) } do { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# («secção 164A da Data Protection Act 2018», as in remedies-uk).
reminder-remedies-uk = A presente carta constitui igualmente a minha reclamação junto de V. Exas. ao abrigo da secção 164A da Data Protection Act 2018: solicito que acusem a sua receção no prazo de 30 dias e que me comuniquem o seu resultado sem demora injustificada. Se não derem cumprimento ao meu pedido, apresentarei reclamação à autoridade de controlo competente ({ $authority }, ou a sua sucessora, a Information Commission, { $address }), nos termos do { REF(77) } do { $gdpr }. Reservo-me o direito de pedir ao tribunal uma ordem de cumprimento (compliance order, secção 167 da Data Protection Act 2018) e de pedir uma indemnização ({ REF(82) } do { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Cópia do meu { $request }, recebido em { $received }
enclosure-proof = Comprovativo de envio e, se disponível, de entrega
enclosure-reply = Cópia da resposta da { $controller }
enclosure-reminder = Cópia da minha carta de reiteração de { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Assunto: Reclamação nos termos do { REF(77) } do { $gdpr } contra a { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Exmos. Senhores,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Venho, pela presente, apresentar reclamação nos termos do { REF(77) } do { $gdpr } contra a { $controller }, { $controller_address }. A reclamação diz respeito ao meu { $request }, recebido pela { $controller } em { $received }, de que junto cópia.
# What happened ($outcome): one of these.
complaint-no-reply = A { $controller } não respondeu ao meu pedido, e o prazo para a resposta terminou em { $ends } ou, caso esse dia tenha sido feriado, no dia útil seguinte ({ REF(12, par: 3, case: "cont") } do { $gdpr }). Não me informou de qualquer prorrogação nem das razões que a levaram a não tomar medidas ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
complaint-no-reply-uk = A { $controller } não respondeu ao meu pedido, e o prazo aplicável (applicable time period) para a resposta terminou em { $ends } ou, caso esse dia tenha sido feriado (bank holiday), no dia útil seguinte (artigo 12.º-A do { $gdpr }). Não me informou de qualquer prorrogação nem das razões que a levaram a não tomar medidas ({ REF(12, par: 4, case: "cont") } do { $gdpr }).
complaint-incomplete = A { $controller } respondeu, mas a resposta está incompleta: não contém tudo o que solicitei e não indica as razões pelas quais omitiu parte do solicitado. O prazo para uma resposta completa terminou em { $ends } ou, caso esse dia tenha sido feriado, no dia útil seguinte ({ REF(12, par: 3, case: "cont") } do { $gdpr }). Junto cópia da resposta.
complaint-incomplete-uk = A { $controller } respondeu, mas a resposta está incompleta: não contém tudo o que solicitei e não indica as razões pelas quais omitiu parte do solicitado. O prazo aplicável (applicable time period) para uma resposta completa terminou em { $ends } ou, caso esse dia tenha sido feriado (bank holiday), no dia útil seguinte (artigo 12.º-A do { $gdpr }). Junto cópia da resposta.
complaint-refused = A { $controller } recusou dar seguimento ao meu pedido. Junto cópia da sua resposta.
complaint-identity-demanded = A { $controller } fez depender a sua resposta de uma identificação que o meu pedido não exigia, como a cópia de um documento de identificação. Junto cópia da sua resposta.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Em { $reminded }, reiterei o meu pedido junto da { $controller }, que continua a não lhe dar cumprimento. Junto cópia da carta de reiteração.
complaint-reminded-uk = Em { $reminded }, apresentei reclamação junto da { $controller } ao abrigo da secção 164A da Data Protection Act 2018; a questão não foi resolvida. Junto cópia dessa reclamação.
complaint-infringements = No meu entender, a { $controller } violou assim, em especial:
# Infringements, as list items continuing complaint-infringements («o artigo …»), each ending with «;».
infringement-time-limit = o { REF(12, par: 3, case: "cont") } do { $gdpr }, por não ter dado seguimento ao meu pedido dentro do prazo;
infringement-time-limit-uk = o { REF(12, par: 3, case: "cont") } do { $gdpr }, conjugado com o artigo 12.º-A do { $gdpr }, por não ter dado seguimento ao meu pedido dentro do prazo aplicável;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = o { REF(12, par: "3 4", case: "cont") } do { $gdpr }, por não ter dado integral seguimento ao meu pedido dentro do prazo nem indicado as razões pelas quais omitiu parte do solicitado;
infringement-incomplete-uk = o { REF(12, par: "3 4", case: "cont") } do { $gdpr }, conjugado com o artigo 12.º-A do { $gdpr }, por não ter dado integral seguimento ao meu pedido dentro do prazo aplicável nem indicado as razões pelas quais omitiu parte do solicitado;
infringement-no-reasons = o { REF(12, par: 4, case: "cont") } do { $gdpr }, por não me ter informado das razões que a levaram a não tomar medidas nem da possibilidade de apresentar reclamação;
infringement-access = o { REF(15) } do { $gdpr }, por não me ter dado acesso aos meus dados pessoais nem às informações sobre o seu tratamento;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = o { REF(18, par: 1, pt: "d", case: "cont") } e o { REF(21, par: 1, case: "cont") } do { $gdpr }, por não ter limitado o tratamento dos meus dados pessoais nem lhe ter posto termo após a minha oposição;
infringement-erasure = o { REF(17, par: 1, case: "cont") } e o { REF(21, par: 1, case: "cont") } do { $gdpr }, por não ter apagado os meus dados pessoais nem cessado o seu tratamento, embora se verifiquem motivos para o apagamento e eu me tenha oposto ao tratamento;
infringement-identification = o { REF(12, par: 2, case: "cont") } e o { REF(12, par: 6, case: "cont") } do { $gdpr }, por ter feito depender o exercício dos meus direitos de uma identificação que não é necessária, bem como o { REF(5, par: 1, pt: "c", case: "cont") } do { $gdpr }, por pedir mais dados pessoais do que os necessários;
infringement-refusal = o { REF(12, par: 4, case: "cont") } do { $gdpr }, por ter recusado dar seguimento ao meu pedido sem um fundamento reconhecido pelo { $gdpr }, bem como o { REF(12, par: 2, case: "cont") } do { $gdpr }, na medida em que invoca não estar em condições de me identificar;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Várias autoridades de controlo já adotaram as seguintes decisões contra a { $controller }:
complaint-requests = Venho, assim, solicitar a essa autoridade de controlo:
# Items continuing complaint-requests («que …»), in the words of artigos 57.º, 58.º and 77.º of the Portuguese GDPR text.
complaint-ask-handle = que trate a minha reclamação e investigue o seu objeto ({ REF(57, par: 1, pt: "f", case: "cont") } do { $gdpr });
complaint-ask-order = que ordene à { $controller } que satisfaça o meu pedido ({ REF(58, par: 2, pt: "c", case: "cont") } do { $gdpr }) e exerça os seus demais poderes de correção ({ REF(58, par: 2, case: "cont") } e { REF(83) } do { $gdpr });
complaint-ask-inform = que me informe do andamento e do resultado da reclamação ({ REF(77, par: 2, case: "cont") } do { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = que me informe do andamento e do resultado da reclamação (secção 165 da Data Protection Act 2018).
complaint-consent-share = Autorizo essa autoridade de controlo a transmitir a presente reclamação, com o meu nome, à { $controller } para efeitos da sua tramitação.
