### facerights — interface (assistente), português europeu.

wizard-welcome = O facerights redige uma carta para perguntar à Clearview AI que dados tem sobre o seu rosto, ou para exigir que os apague. Nada sai deste computador. Prima Ctrl-C a qualquer momento para parar; nada é escrito antes de confirmar.
ui-language = Idioma destas perguntas
country-search = Onde vive? Escreva parte do nome do país ou o seu código (Enter mostra a lista)
country-pick = Escolha o seu país
country-chosen = → { $country } ({ $code })
country-none = Nenhum país corresponde a «{ $input }». O facerights abrange a UE, a Islândia, o Liechtenstein, a Noruega, o Reino Unido, a Suíça, a Austrália, o Canadá, o Illinois e a Califórnia.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Em que Land alemão (estado federado) vive? É à autoridade de proteção de dados desse Land que apresentaria reclamação.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Em que província ou território vive? As províncias da Colúmbia Britânica, de Alberta e do Quebeque têm cada uma a sua própria lei de proteção de dados para o setor privado.
region-other-CA = Outra província ou território (lei federal, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Ao abrigo desta lei ({ $law }), o facerights não tem este tipo de carta: { $task }. Escolha outra opção.
letter-language = Idioma da carta
language-complete = completo
language-draft = rascunho, ainda não revisto por um falante nativo
request-kind = Que carta?
request-access = Acesso (art. 15): perguntar que dados a Clearview tem sobre si. Conserva as provas.
request-erasure = Apagamento (art. 17): exigir que a Clearview apague tudo. Destrói as provas do que tinha.
request-access-erasure = Acesso e depois apagamento: primeiro obter uma cópia, depois mandar apagar tudo. Recomendado.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Acesso: perguntar que dados a Clearview tem sobre si. Conserva as provas.
request-erasure-regime = Eliminação: exigir que a Clearview apague tudo. Destrói as provas do que tinha.
request-access-erasure-regime = Acesso e depois eliminação: primeiro obter uma cópia, depois mandar apagar tudo. Recomendado.
name = O seu nome completo (tal como vai assinar)
email = O seu endereço de e-mail para a resposta (opcional, Enter para saltar)
address-line = Morada, linha { $number } (Enter numa linha vazia para terminar)
place = Local da assinatura (a sua localidade, opcional)
photo-note = A Clearview só consegue pesquisar na sua base de dados com a fotografia de um rosto, não pelo nome. Se juntar uma fotografia, a carta indica que só pode ser usada para encontrar os seus dados, que não pode ser acrescentada à base de dados e que tem de ser apagada depois. Mesmo assim, enviá-la tem um custo: dá à Clearview uma imagem nova do seu rosto.
photo-question = Vai juntar uma fotografia do seu rosto?
# Shown after the person says yes to the photo.
photo-clean = Antes de imprimir ou enviar a fotografia: remova os metadados (localização, data, câmara), recorte-a para que mostre apenas o seu rosto e mais ninguém, e use uma fotografia que não se importe que a Clearview veja uma vez.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Numa carta de apagamento, opõe-se ao tratamento «por motivos relacionados com a sua situação particular» (art. 21.º, n.º 1, do RGPD). A carta já indica os motivos que valem para todos (o rosto é um identificador permanente). Pode acrescentar os seus em poucas frases, por exemplo porque é que ser identificável a partir de uma fotografia representaria um risco para si. São reproduzidos como as suas próprias palavras.
objection-question = Os seus motivos (opcional, Enter para saltar)
format = Formato de saída
format-text = Texto (para colar num e-mail ou imprimir)
format-pdf = PDF (para imprimir, assinar e enviar pelo correio)
output-path = Guardar a carta como
overwrite = { $path } já existe. Substituir?
summary-title = Resumo
summary-country = País
summary-language = Idioma da carta
summary-request = Carta
summary-file = Ficheiro
preview-title = Início da carta:
confirm-write = Escrever a carta?
written = Carta guardada em { $path }.
cancelled = Nada foi escrito.
invalid-answer = { $problem }
next-steps-title = O que fazer a seguir
next-sign = Leia a carta, imprima-a e assine-a (no espaço por cima do seu nome impresso).
next-send = Envie-a pelo correio para { $recipient } (se possível, registada com aviso de receção), ou cole o texto num e-mail se tiver um endereço da Clearview.
next-copy = Guarde uma cópia da carta e o comprovativo de envio.
next-deadline = A Clearview tem de responder no prazo de um mês a contar da receção. Se enviar a carta hoje, a data aproximada é: { $date } (art. 12(3)). O prazo começa quando a carta chega, por isso conte com o tempo do correio.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Se enviar a carta hoje, a Clearview deverá responder até cerca desta data: { $date } ({ $provision }). O prazo começa quando a carta chega, por isso conte com o tempo do correio.
next-complain = Se não receber uma resposta completa a tempo, pode apresentar reclamação à autoridade de controlo: { $authority }, { $address } ({ $website }). Junte a sua carta e o comprovativo de envio.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Se não receber uma resposta completa a tempo, pode apresentar reclamação à autoridade de proteção de dados do Land alemão em que vive; `facerights jurisdictions` enumera-as (DE-BY, DE-NW, …). Junte a sua carta e o comprovativo de envio.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Se não receber uma resposta completa a tempo, reclame primeiro junto da Clearview (secção 164A da Data Protection Act 2018) e depois junto da autoridade de controlo: { $authority }, { $address } ({ $website }). Junte as suas cartas e os comprovativos de envio.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Se não receber uma resposta completa a tempo, reclame primeiro junto da Clearview (é o que faz a carta de reiteração) e, decorridos 30 dias, junto da autoridade de controlo: { $authority } ({ $website }). Junte as suas cartas e os comprovativos de envio.
next-complain-ca = A falta de resposta no prazo de 30 dias equivale a uma recusa (PIPEDA s. 8(5)): pode então apresentar reclamação por escrito, no prazo de seis meses, junto da autoridade competente: { $authority }, { $address } ({ $website }). Junte as suas cartas e os comprovativos de envio.
next-complain-bc = Se não receber uma resposta completa a tempo, pode pedir uma revisão à autoridade competente: { $authority } ({ $website }); o pedido de revisão tem um prazo próprio de 30 dias úteis.
next-complain-ab = Se não receber uma resposta completa a tempo, pode pedir por escrito uma revisão à autoridade competente: { $authority } ({ $website }), no prazo de 30 dias a contar da decisão da Clearview.
next-complain-qc = A falta de resposta no prazo de 30 dias equivale a uma recusa: pode então apresentar um pedido de exame do desacordo (demande d'examen de mésentente) à autoridade competente: { $authority }, { $address } ({ $website }).
next-complain-ch = Se não receber uma resposta completa a tempo, pode apresentar uma denúncia à autoridade federal: { $authority } ({ $website }); esta pode abrir uma investigação, mas quem apresenta a denúncia não é parte no processo. Os seus direitos de acesso e eliminação fazem-se valer nos tribunais cíveis (art. 32 FADP).
next-complain-cal = Se não receber uma resposta completa a tempo, pode apresentar reclamação junto da autoridade de controlo: { $authority } ({ $website }); esta fiscaliza o cumprimento da CCPA, mas não atua em seu nome a título individual.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Nenhuma autoridade de controlo aceita reclamações individuais ao abrigo da Illinois Biometric Information Privacy Act: guarde a carta e o comprovativo de envio, que servirão de prova se levar o assunto mais longe, por si ou através de um advogado.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = a carta não indica nenhuma autoridade de controlo: na Alemanha, é a do Land em que vive. Use --jurisdiction { $example } (ou uma coluna `jurisdiction` com esses códigos) para a indicar; `facerights jurisdictions` enumera os códigos.
draft-note = Nota: o texto da carta no idioma escolhido ({ $language }) é um rascunho que nenhum falante nativo com conhecimentos jurídicos reviu ainda. Leia-o antes de o enviar.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (cartas nesta língua: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = sim
answer-no = não
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Ficheiro escrito: { $path }
note-replaced = Ficheiro substituído: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } linhas em { $seconds } s ({ $rate } linhas/s): { $written } escritas, { $skipped } ignoradas (já existiam), { $failed } com erro; registo: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = não escrito
batch-merged = { $letters } cartas ({ $pages } páginas) reunidas em { $path }
batch-merge-not-written = O PDF conjunto { $path } não foi escrito: a execução não terminou; execute novamente o mesmo comando para o concluir
batch-interrupted = Interrompido: a terminar as cartas em curso e a escrever o registo (interrompa novamente para parar de imediato, sem o registo)
batch-taken-back = O registo não tinha espaço para listar { $count } cartas: foram novamente removidas e a próxima execução volta a escrevê-las

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = O que pretende fazer?
task-request = Escrever um pedido à Clearview (acesso ou apagamento)
task-reminder = Reiterar o pedido à Clearview: não respondeu (por completo) dentro do prazo
task-complaint = Apresentar reclamação contra a Clearview à autoridade de proteção de dados
first-request-question = Que pedido enviou?
# The date the request reached Clearview.
received-question = Quando é que a Clearview o recebeu? (AAAA-MM-DD: a data de entrega, no caso de uma carta; a data de envio, no caso de um e-mail)
outcome-question = O que fez a Clearview?
outcome-no-reply = Nada: nenhuma resposta
outcome-incomplete = Respondeu, mas não com tudo o que pediu
outcome-refused = Recusou
outcome-identity-demanded = Pediu um documento de identificação ou uma fotografia nova antes de responder
reminded-question = Quando enviou a carta de reiteração? (AAAA-MM-DD; Enter se não a enviou)
# After a request letter. $ends: the last day of the reply period; $provision: "art. 12.º, n.º 3, RGPD";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = Prazo: a Clearview tem de responder até { $ends } ({ $provision }), a contar da receção em { $received }; se esse dia for feriado, o prazo passa para o dia útil seguinte. Sem uma resposta completa, escreva a carta de reiteração a partir de { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = O prazo pressupõe que a Clearview recebe a carta no dia da sua data; para uma carta enviada pelo correio, indique a data de entrega com --received AAAA-MM-DD.
calendar-question = Guardar o prazo num ficheiro de calendário (.ics), com um lembrete?
calendar-path = Guardar o ficheiro de calendário como
# $path: the .ics file written.
note-calendar = Ficheiro escrito: { $path }; abra-o para acrescentar o prazo ao seu calendário.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Prazo de resposta da Clearview ({ $request })
calendar-description = A Clearview AI, Inc. recebeu o seu { $request } em { $received } e tem de responder até { $ends }. Se não tiver respondido por completo, escreva uma carta de reiteração com o facerights a partir de { $follow_up } («Reiterar o pedido à Clearview»).
calendar-alarm = O prazo de resposta da Clearview termina dentro de 3 dias.
request-short-access = pedido de acesso
request-short-erasure = pedido de apagamento
request-short-access-erasure = pedido de acesso e apagamento
# E-mail drafts (--format eml).
note-eml-no-recipient = O rascunho de e-mail não tem destinatário: o facerights não conhece nenhum endereço de e-mail confirmado da Clearview. Preencha o endereço que tiver ou envie a carta pelo correio.
note-eml-no-sender = O rascunho de e-mail não tem remetente: indique-o com --email, ou o seu programa de correio preenchê-lo-á.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } também aceita reclamações através do seu formulário: { $url } — pode colar aí o texto da carta e juntar os anexos.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = O ICO espera que reclame primeiro junto da Clearview (secção 164A da Data Protection Act 2018): a carta de reiteração é uma reclamação desse tipo; indique a sua data com --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = O OAIC espera que reclame primeiro junto da Clearview e lhe dê 30 dias: a carta de reiteração é uma reclamação desse tipo; indique a sua data com --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } não aceita reclamações redigidas nesta língua (línguas aceites: { $languages }). Redija a reclamação com --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = artigo 12.º, n.º 3, do RGPD
provision-eea-gdpr = artigo 12.º, n.º 3, do RGPD
provision-uk-gdpr = artigo 12.º-A do UK GDPR
