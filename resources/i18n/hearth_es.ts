<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/server/service.py" line="77"/>
        <source>The local API could not listen on port {port} ({error}). Choose another port in Settings.</source>
        <translation>La API local no pudo escuchar en el puerto {port} ({error}). Elija otro puerto en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="102"/>
        <source>the network, port {port}</source>
        <translation>la red, puerto {port}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/server/service.py" line="104"/>
        <source>API on {where} · answering %n</source>
        <translation>
            <numerusform>API en {where} · respondiendo %n solicitud</numerusform>
            <numerusform>API en {where} · respondiendo %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="105"/>
        <source>API on {where}</source>
        <translation>API en {where}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/chat/attachments.py" line="76"/>
        <source>The file could not be attached: {problem}</source>
        <translation>No se pudo adjuntar el archivo: {problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="20"/>
        <source>Files attached to this chat</source>
        <translation>Archivos adjuntos a este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="39"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="42"/>
        <source>{file} · reading…</source>
        <translation>{file} · leyendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="44"/>
        <source>{file} · %n tokens</source>
        <translation>
            <numerusform>{file} · %n token</numerusform>
            <numerusform>{file} · %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="45"/>
        <source>{file} · %n passages</source>
        <translation>
            <numerusform>{file} · %n fragmento</numerusform>
            <numerusform>{file} · %n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="58"/>
        <source>Remove {file} from this chat</source>
        <translation>Quitar {file} de este chat</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="49"/>
        <source>Quant</source>
        <translation>Cuant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="50"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="51"/>
        <source>On this PC</source>
        <translation>En este PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="52"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="122"/>
        <source>For documents (embedding)</source>
        <translation>Para documentos (embeddings)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="140"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="142"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="144"/>
        <source>Images (later)</source>
        <translation>Imágenes (más adelante)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="150"/>
        <source>Reasoning: it thinks before it answers; Hearth shows the thinking apart from the answer.</source>
        <translation>Razonamiento: piensa antes de responder; Hearth muestra el razonamiento aparte de la respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="153"/>
        <source>Tools: it can call functions that an app gives it (through the local API).</source>
        <translation>Herramientas: puede llamar a funciones que le proporciona una aplicación (a través de la API local).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="156"/>
        <source>Images (later): it can read pictures with its projector file; Hearth does not send it pictures yet.</source>
        <translation>Imágenes (más adelante): puede leer imágenes con su archivo proyector; Hearth aún no le envía imágenes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="191"/>
        <source>Its exact size and sha256 are not published; the download is checked against Hugging Face&apos;s own size and hash.</source>
        <translation>Su tamaño exacto y su sha256 no están publicados; la descarga se comprueba con el tamaño y el hash de Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="195"/>
        <source>This version of Hearth cannot run it.</source>
        <translation>Esta versión de Hearth no puede ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="215"/>
        <source>Models that turn documents into numbers, so that a chat can find the passages it needs. They do not chat.</source>
        <translation>Modelos que convierten los documentos en números para que un chat encuentre los fragmentos que necesita. No conversan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="229"/>
        <source>Unsupported</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="231"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="235"/>
        <source>about {0} tokens/s</source>
        <translation>unos {0} tokens/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="236"/>
        <source>under 1 token/s</source>
        <translation>menos de 1 token/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="237"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="242"/>
        <source>An estimate from this computer&apos;s {0} cores, before any reply was measured.</source>
        <translation>Una estimación a partir de los {0} núcleos de este equipo, antes de medir ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="245"/>
        <source>An estimate from this computer&apos;s measured speed: {0} tokens/s with a {1} model.</source>
        <translation>Una estimación a partir de la velocidad medida en este equipo: {0} tokens/s con un modelo de {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="248"/>
        <source>Fast enough to chat.</source>
        <translation>Lo bastante rápido para conversar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="249"/>
        <source>Under {0} tokens/s a reply comes more slowly than you read it.</source>
        <translation>Por debajo de {0} tokens/s, la respuesta llega más despacio de lo que usted lee.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="258"/>
        <source>{dimension} dimensions · up to {tokens} tokens</source>
        <translation>{dimension} dimensiones · hasta {tokens} tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="261"/>
        <source>many languages</source>
        <translation>muchos idiomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="262"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="270"/>
        <source> · gated</source>
        <translation> · acceso restringido</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="273"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/chat/session.py" line="420"/>
        <source>The reply could not be saved ({problem}). It stays on screen; free some disk space and Hearth will save the next ones.</source>
        <translation>No se pudo guardar la respuesta ({problem}). Sigue en pantalla; libere espacio en disco y Hearth guardará las siguientes.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Chat settings…</source>
        <translation>Ajustes del chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>This conversation&apos;s system prompt, temperature, reply length and context</source>
        <translation>Prompt del sistema, temperatura, longitud de respuesta y contexto de esta conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="103"/>
        <location filename="../../app/ui/chat_view.py" line="280"/>
        <source>The model this conversation uses</source>
        <translation>El modelo que usa esta conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="104"/>
        <source>Model for this conversation</source>
        <translation>Modelo para esta conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="120"/>
        <source>The document collections this conversation reads (File &gt; Documents makes them)</source>
        <translation>Las colecciones de documentos que lee esta conversación (Archivo &gt; Documentos las crea)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="138"/>
        <location filename="../../app/ui/chat_view.py" line="139"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140"/>
        <source>Load the model again</source>
        <translation>Volver a cargar el modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <location filename="../../app/ui/chat_view.py" line="143"/>
        <source>Choose another model</source>
        <translation>Elegir otro modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="173"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Hearth…  (Intro para enviar, Mayús+Intro para nueva línea)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="176"/>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the box.</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva, Esc detiene una respuesta, Tab sale del cuadro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="185"/>
        <source>Editing your message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Editando su mensaje: Intro lo envía como versión nueva (la anterior se conserva), Esc cancela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="189"/>
        <location filename="../../app/ui/chat_view.py" line="436"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="193"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="195"/>
        <source>Attach files to this chat</source>
        <translation>Adjuntar archivos a este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="197"/>
        <source>PDF, Word, text, Markdown, web pages and code: the model reads them with your questions. You can also drop files on the window.</source>
        <translation>PDF, Word, texto, Markdown, páginas web y código: el modelo los lee con sus preguntas. También puede soltar archivos en la ventana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="245"/>
        <source>Documents: {names}</source>
        <translation>Documentos: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="247"/>
        <source>Documents: none</source>
        <translation>Documentos: ninguno</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="279"/>
        <source>The model this conversation uses: {model}</source>
        <translation>El modelo de esta conversación: {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="314"/>
        <source>… (the rest is in the message)</source>
        <translation>… (el resto está en el mensaje)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="316"/>
        <source>Reply: {text}</source>
        <translation>Respuesta: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="318"/>
        <source>The reply failed: {error}</source>
        <translation>La respuesta falló: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="319"/>
        <source>Reply stopped: {text}</source>
        <translation>Respuesta detenida: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335"/>
        <source>What the model reads: the system prompt, this conversation and what you are typing.</source>
        <translation>Lo que lee el modelo: el prompt del sistema, esta conversación y lo que está escribiendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="337"/>
        <source>Nearly full: soon the oldest messages will no longer fit, and the model will not see them.</source>
        <translation>Casi lleno: pronto los mensajes más antiguos dejarán de caber y el modelo no los verá.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339"/>
        <source>Full: the oldest messages no longer fit and are left out of what the model reads (the chat marks where its view begins).</source>
        <translation>Lleno: los mensajes más antiguos ya no caben y quedan fuera de lo que lee el modelo (el chat marca dónde empieza lo que ve).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="345"/>
        <source>The server does not say how many tokens this model reads, so the meter counts what is sent (about four characters a token) without a limit.</source>
        <translation>El servidor no indica cuántos tokens lee este modelo, así que el medidor cuenta lo enviado (unos cuatro caracteres por token) sin límite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="350"/>
        <source>What you are typing is too long for this model: cut about {n} tokens (or start a new chat).</source>
        <translation>Lo que escribe es demasiado largo para este modelo: recorte unos {n} tokens (o empiece un chat nuevo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="387"/>
        <source>Ask anything. Your chats stay on this computer.</source>
        <translation>Pregunte lo que quiera. Sus chats se quedan en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>Ask anything. What you write here is sent to {host}.</source>
        <translation>Pregunte lo que quiera. Lo que escriba aquí se envía a {host}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="432"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="433"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>Hearth is replying in another chat</source>
        <translation>Hearth está respondiendo en otro chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="440"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="441"/>
        <source>The model is not ready yet</source>
        <translation>El modelo aún no está listo</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/chat/collections.py" line="243"/>
        <source>The documents index is not open.</source>
        <translation>El índice de documentos no está abierto.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="256"/>
        <source>The indexing is still stopping; try again in a moment.</source>
        <translation>La indexación aún se está deteniendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="270"/>
        <source>The documents index could not be replaced ({problem}). Restart Hearth and rebuild it again.</source>
        <translation>No se pudo sustituir el índice de documentos ({problem}). Reinicie Hearth y vuelva a reconstruirlo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="315"/>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="317"/>
        <source>There is already a collection called {name}.</source>
        <translation>Ya existe una colección llamada {name}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="338"/>
        <source>{path} is not there.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="507"/>
        <source>The embedding model is missing from this installation, so documents cannot be indexed. Reinstalling Hearth brings it back.</source>
        <translation>Falta el modelo de embeddings en esta instalación, así que no se pueden indexar documentos. Reinstalar Hearth lo recupera.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="614"/>
        <source>The indexing of {name} is still stopping; try again in a moment.</source>
        <translation>La indexación de {name} aún se está deteniendo; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../app/chat/connections.py" line="60"/>
        <source>Give the connection a name (without a colon).</source>
        <translation>Dé un nombre a la conexión (sin dos puntos).</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="62"/>
        <source>The address must look like http://host:port (or https://).</source>
        <translation>La dirección debe tener la forma http://host:puerto (o https://).</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="64"/>
        <source>There is already a connection called “{name}”.</source>
        <translation>Ya hay una conexión llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="33"/>
        <source>A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, with an OpenAI-compatible API). Its models join the model list; what you write in a conversation using one is sent to that server. Hearth contacts no server you did not add here.</source>
        <translation>Un servidor con un modelo más grande (llama-server, vLLM, Ollama, LM Studio o TGI, con una API compatible con OpenAI). Sus modelos se suman a la lista de modelos; lo que escriba en una conversación que use uno de ellos se envía a ese servidor. Hearth no contacta con ningún servidor que usted no haya añadido aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="40"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="47"/>
        <source>optional; kept in the system keyring</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="48"/>
        <source>Add and list its models</source>
        <translation>Añadir y listar sus modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="50"/>
        <source>List models again</source>
        <translation>Volver a listar modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="52"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="56"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="57"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="71"/>
        <source>Connection “{name}”</source>
        <translation>Conexión «{name}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="77"/>
        <source>no models listed yet</source>
        <translation>aún no hay modelos listados</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="91"/>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/chat/context_meter.py" line="56"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? tokens</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="58"/>
        <source>{used} / {window} tokens</source>
        <translation>{used} / {window} tokens</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="186"/>
        <source>This message is too long for the model: it takes about {used} tokens of the {room} the model can read. Cut about {cut} tokens, or split it into several messages.</source>
        <translation>Este mensaje es demasiado largo para el modelo: ocupa unos {used} tokens de los {room} que el modelo puede leer. Recorte unos {cut} tokens o divídalo en varios mensajes.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="125"/>
        <source>● replying…</source>
        <translation>● respondiendo…</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../../app/chat/exporting.py" line="47"/>
        <location filename="../../app/chat/exporting.py" line="87"/>
        <source>This conversation is gone.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="51"/>
        <source>Export conversation: {note}</source>
        <translation>Exportar la conversación: {note}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="52"/>
        <source>Export conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="54"/>
        <source>Markdown, the versions shown (*.md)</source>
        <translation>Markdown, las versiones mostradas (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="55"/>
        <source>JSON, the versions shown (*.json)</source>
        <translation>JSON, las versiones mostradas (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="56"/>
        <source>JSON with every version (*.json)</source>
        <translation>JSON con todas las versiones (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="93"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="96"/>
        <source>Exported every version to {path}</source>
        <translation>Todas las versiones exportadas a {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="98"/>
        <source>Exported the versions shown to {path}</source>
        <translation>Versiones mostradas exportadas a {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="76"/>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="77"/>
        <source>Delete “{title}” and all of its messages for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente «{title}» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="229"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="230"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="233"/>
        <source>Search all chats…</source>
        <translation>Buscar en todos los chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="238"/>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="242"/>
        <location filename="../../app/ui/conversation_list.py" line="252"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="255"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="259"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="263"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="270"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="273"/>
        <source>Passages found in your documents</source>
        <translation>Fragmentos encontrados en sus documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="442"/>
        <source>{file} · {where}
{text}</source>
        <translation>{file} · {where}
{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Pin to the top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="109"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="111"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="113"/>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="114"/>
        <source>Older</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="120"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="123"/>
        <source>%n min ago</source>
        <translation>hace %n min</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="126"/>
        <source>%n h ago</source>
        <translation>hace %n h</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="129"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="131"/>
        <source>%n days ago</source>
        <translation>hace %n días</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="247"/>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="231"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="233"/>
        <source>Started from the preset “{name}”. Changes apply to this conversation only.</source>
        <translation>Creado a partir de la plantilla «{name}». Los cambios solo se aplican a esta conversación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="235"/>
        <source>Changes apply to this conversation only.</source>
        <translation>Los cambios solo se aplican a esta conversación.</translation>
    </message>
</context>
<context>
    <name>DocumentProblem</name>
    <message>
        <location filename="../../app/chat/document_problems.py" line="20"/>
        <source>It is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="21"/>
        <source>It is not a regular file (a device, pipe or socket).</source>
        <translation>No es un archivo normal (es un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="22"/>
        <source>It changed while being read: try again once it is saved.</source>
        <translation>Cambió mientras se leía: inténtelo de nuevo cuando esté guardado.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="24"/>
        <source>It changed while it was being read; it will be read again the next time the collection is updated.</source>
        <translation>Cambió mientras se leía; se volverá a leer la próxima vez que se actualice la colección.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="27"/>
        <source>It is empty.</source>
        <translation>Está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="28"/>
        <source>Hearth may not read it (permission denied).</source>
        <translation>Hearth no tiene permiso para leerlo (acceso denegado).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="29"/>
        <source>It is a link that loops back on itself.</source>
        <translation>Es un enlace que apunta a sí mismo en bucle.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="30"/>
        <source>It is a link to something that is not there.</source>
        <translation>Es un enlace a algo que no existe.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="31"/>
        <source>It is not there any more (moved or deleted?).</source>
        <translation>Ya no está (¿se movió o se eliminó?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="32"/>
        <source>It is not there any more (deleted or moved while indexing).</source>
        <translation>Ya no está (se eliminó o se movió durante la indexación).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="34"/>
        <source>It was deleted while being read.</source>
        <translation>Se eliminó mientras se leía.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="35"/>
        <source>Its drive cannot be read (removed or failing?).</source>
        <translation>No se puede leer su unidad (¿extraída o averiada?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="36"/>
        <source>It could not be opened: {error}.</source>
        <translation>No se pudo abrir: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="37"/>
        <source>It could not be read: {error}.</source>
        <translation>No se pudo leer: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="38"/>
        <source>Too large to index: over {limit}.</source>
        <translation>Demasiado grande para indexar: más de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="39"/>
        <source>Too large to index: {size} (the limit is {limit}).</source>
        <translation>Demasiado grande para indexar: {size} (el límite es {limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="40"/>
        <source>Not a document Hearth reads: a zip archive ({suffix}).</source>
        <translation>No es un documento que Hearth lea: es un archivo zip ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="41"/>
        <source>Not a document Hearth reads: a binary file ({suffix}).</source>
        <translation>No es un documento que Hearth lea: es un archivo binario ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="42"/>
        <source>An old Office file (.doc, .xls or .ppt), which Hearth does not read: save it as .docx or PDF.</source>
        <translation>Un archivo antiguo de Office (.doc, .xls o .ppt), que Hearth no lee: guárdelo como .docx o PDF.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="45"/>
        <source>Not a PDF, though its name says so: it does not start as one.</source>
        <translation>No es un PDF, aunque su nombre lo indique: no empieza como tal.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="47"/>
        <source>Not a Word document, though its name says so: it is not a zip.</source>
        <translation>No es un documento de Word, aunque su nombre lo indique: no es un zip.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="49"/>
        <source>Not a Word document: a zip archive without a document in it.</source>
        <translation>No es un documento de Word: es un archivo zip sin ningún documento dentro.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="51"/>
        <source>Not text: it looks like a binary file.</source>
        <translation>No es texto: parece un archivo binario.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="52"/>
        <source>It has no text, only blank space.</source>
        <translation>No tiene texto, solo espacios en blanco.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="53"/>
        <source>No text in it to index.</source>
        <translation>No tiene texto que indexar.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="54"/>
        <source>The web page has no text in it.</source>
        <translation>La página web no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="55"/>
        <source>The Word document has no text in it.</source>
        <translation>El documento de Word no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="56"/>
        <source>No text in it: its pages are blank.</source>
        <translation>No tiene texto: sus páginas están en blanco.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="57"/>
        <source>No text in it: its pages are images (a scan?).</source>
        <translation>No tiene texto: sus páginas son imágenes (¿un escaneo?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="58"/>
        <source>It is password-protected.</source>
        <translation>Está protegido con contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="59"/>
        <source>It is protected in a way that Hearth cannot open.</source>
        <translation>Está protegido de una forma que Hearth no puede abrir.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="60"/>
        <source>The PDF could not be read: it is damaged.</source>
        <translation>No se pudo leer el PDF: está dañado.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="61"/>
        <source>It has {count} pages; Hearth indexes at most {limit}.</source>
        <translation>Tiene {count} páginas; Hearth indexa como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="62"/>
        <source>It holds more text than Hearth indexes from one file ({limit}).</source>
        <translation>Contiene más texto del que Hearth indexa de un solo archivo ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="64"/>
        <source>Reading it needs more memory than Hearth allows for one file.</source>
        <translation>Leerlo requiere más memoria de la que Hearth permite para un solo archivo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="66"/>
        <source>The {kind} could not be read: it is nested too deeply.</source>
        <translation>No se pudo leer {kind}: el anidamiento es demasiado profundo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="67"/>
        <source>The {kind} could not be read: {error}</source>
        <translation>No se pudo leer {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="68"/>
        <source>The Word document could not be read: {error}</source>
        <translation>No se pudo leer el documento de Word: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="69"/>
        <source>The Word document could not be read: it holds {count} parts (a zip bomb?).</source>
        <translation>No se pudo leer el documento de Word: contiene {count} partes (¿una bomba zip?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="72"/>
        <source>It would unpack to {size} from {packed} (a zip bomb?).</source>
        <translation>Al descomprimirlo pasaría de {packed} a {size} (¿una bomba zip?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="74"/>
        <source>The reader stopped before it could read it.</source>
        <translation>El lector se detuvo antes de poder leerlo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="75"/>
        <source>Reading it took longer than {seconds} s, so it was stopped.</source>
        <translation>Leerlo tardó más de {seconds} s, así que se detuvo.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="77"/>
        <source>The reader crashed on it (signal {code}).</source>
        <translation>El lector falló con este archivo (señal {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="78"/>
        <source>The reader crashed on it (exit code {code}).</source>
        <translation>El lector falló con este archivo (código de salida {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="82"/>
        <source>PDF</source>
        <translation>el PDF</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="83"/>
        <source>Word document</source>
        <translation>el documento de Word</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="84"/>
        <source>web page</source>
        <translation>la página web</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="85"/>
        <source>Markdown file</source>
        <translation>el archivo Markdown</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="86"/>
        <source>text file</source>
        <translation>el archivo de texto</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="87"/>
        <source>code file</source>
        <translation>el archivo de código</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../app/ui/documents_window.py" line="67"/>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="68"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Documentos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="75"/>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="81"/>
        <location filename="../../app/ui/documents_window.py" line="337"/>
        <source>Reading now…</source>
        <translation>Leyendo ahora…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="83"/>
        <source>Indexed · one passage</source>
        <translation>Indexado · un fragmento</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="87"/>
        <location filename="../../app/ui/documents_window.py" line="338"/>
        <source>Not indexed</source>
        <translation>No indexado</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="88"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="169"/>
        <source>Why it was not indexed</source>
        <translation>Por qué no se indexó</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="199"/>
        <location filename="../../app/ui/documents_window.py" line="642"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="212"/>
        <source>Problem with the documents index</source>
        <translation>Problema con el índice de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="213"/>
        <source>Rebuild the index…</source>
        <translation>Reconstruir el índice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="222"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="225"/>
        <source>&amp;Collections</source>
        <translation>&amp;Colecciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="227"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="229"/>
        <source>&amp;Delete collection…</source>
        <translation>&amp;Eliminar colección…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="246"/>
        <source>A collection is a set of folders and files that your chats can search and cite, all on this computer. Choose New collection… to make the first one.</source>
        <translation>Una colección es un conjunto de carpetas y archivos en los que sus chats pueden buscar y que pueden citar, todo en este ordenador. Elija «Nueva colección…» para crear la primera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="262"/>
        <source>Close the Documents window</source>
        <translation>Cerrar la ventana Documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="283"/>
        <source>Folders and files in the collection</source>
        <translation>Carpetas y archivos de la colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="287"/>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="289"/>
        <source>Add f&amp;older…</source>
        <translation>Añadir carpe&amp;ta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="291"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="292"/>
        <source>Remove the chosen folder or file</source>
        <translation>Quitar la carpeta o el archivo elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="300"/>
        <location filename="../../app/ui/documents_window.py" line="427"/>
        <source>&amp;Index now</source>
        <translation>&amp;Indexar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="303"/>
        <source>Indexing</source>
        <translation>Indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="304"/>
        <location filename="../../app/ui/documents_window.py" line="512"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="306"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="307"/>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="315"/>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="323"/>
        <source>Files in the collection</source>
        <translation>Archivos de la colección</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="336"/>
        <source>Indexed · %n passages</source>
        <translation>
            <numerusform>Indexado · %n fragmento</numerusform>
            <numerusform>Indexado · %n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="344"/>
        <source>The chosen file</source>
        <translation>El archivo elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="401"/>
        <source>Folders and files in {name}</source>
        <translation>Carpetas y archivos de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="426"/>
        <source>&amp;Update</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="448"/>
        <source>Nothing in it yet: Add folder… or Add files…, and they are indexed at once.</source>
        <translation>Aún está vacía: use «Añadir carpeta…» o «Añadir archivos…» y se indexarán enseguida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="451"/>
        <source>Files: none indexed yet.</source>
        <translation>Archivos: ninguno indexado todavía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="458"/>
        <source>Files: {total} · indexed {indexed} · passages {passages}</source>
        <translation>Archivos: {total} · indexados {indexed} · fragmentos {passages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="462"/>
        <source> · waiting {count}</source>
        <translation> · en espera {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="465"/>
        <source> · not indexed {count} (listed first, with the reason)</source>
        <translation> · no indexados {count} (al principio de la lista, con el motivo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="478"/>
        <source>Choose a file to see where it is and its state.</source>
        <translation>Elija un archivo para ver dónde está y su estado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="480"/>
        <source>{path}
Not indexed: {reason}</source>
        <translation>{path}
No indexado: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="498"/>
        <source>Paused after {done} of {total}. Resume goes on with the next file.</source>
        <translation>En pausa tras {done} de {total}. «Reanudar» sigue con el archivo siguiente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="501"/>
        <source>Indexing {number} of {total}: {name}</source>
        <translation>Indexando {number} de {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="504"/>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="506"/>
        <source>Waiting until {other} is indexed.</source>
        <translation>Esperando a que termine de indexarse {other}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="511"/>
        <source>Resu&amp;me</source>
        <translation>Reanu&amp;dar</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="535"/>
        <source>Indexing stopped: {problem}</source>
        <translation>Indexación detenida: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="541"/>
        <source>Cancelled. What was indexed is kept; Update goes on from there.</source>
        <translation>Cancelado. Lo indexado se conserva; «Actualizar» continúa desde ahí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="543"/>
        <source>Up to date at {time}: {new} read, {same} unchanged.</source>
        <translation>Al día a las {time}: {new} leídos, {same} sin cambios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="547"/>
        <source>%n could not be read (see below).</source>
        <translation>
            <numerusform>%n no se pudo leer (vea abajo).</numerusform>
            <numerusform>%n no se pudieron leer (vea abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="550"/>
        <source>%n gone from disk, forgotten.</source>
        <translation>
            <numerusform>%n ya no está en el disco, olvidado.</numerusform>
            <numerusform>%n ya no están en el disco, olvidados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="552"/>
        <source>Not there (a removed drive?): {paths}; what was indexed from it is kept.</source>
        <translation>No está (¿una unidad extraída?): {paths}; lo indexado de ahí se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="562"/>
        <location filename="../../app/ui/documents_window.py" line="575"/>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="563"/>
        <source>Name of the new collection (for example Tax 2026):</source>
        <translation>Nombre de la nueva colección (por ejemplo Impuestos 2026):</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="588"/>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="589"/>
        <source>Delete the collection {name}? What was indexed from it is forgotten; the files themselves stay where they are.</source>
        <translation>¿Eliminar la colección {name}? Lo que se indexó de ella se olvida; los archivos siguen donde están.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="613"/>
        <source>Remove from the collection</source>
        <translation>Quitar de la colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="614"/>
        <source>Remove {path} from {name}? What was indexed from it is forgotten; the files stay on disk.</source>
        <translation>¿Quitar {path} de {name}? Lo que se indexó de ahí se olvida; los archivos siguen en el disco.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="631"/>
        <source>Rebuild the documents index</source>
        <translation>Reconstruir el índice de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="632"/>
        <source>Replace the damaged index with a new, empty one? The collections it can still name are kept; Index now reads their files again. Your chats and your files are not touched.</source>
        <translation>¿Sustituir el índice dañado por uno nuevo y vacío? Se conservan las colecciones que aún puede nombrar; «Indexar ahora» vuelve a leer sus archivos. Sus chats y sus archivos no se tocan.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="81"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="101"/>
        <location filename="../../app/ui/model_manager.py" line="140"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>{done} of {total} · {speed} MB/s · {eta} left</source>
        <translation>{done} de {total} · {speed} MB/s · faltan {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>Paused at {done} of {total}; resume any time, even after restarting Hearth.</source>
        <translation>En pausa en {done} de {total}; reanude cuando quiera, incluso tras reiniciar Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="130"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="132"/>
        <source>Downloaded and verified.</source>
        <translation>Descargado y verificado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="134"/>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Cancelado; se eliminó el archivo parcial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="136"/>
        <source>Waiting for the download before it.</source>
        <translation>Esperando a la descarga anterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="138"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="139"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="153"/>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="154"/>
        <source>Cancel the download of {name} and delete what was downloaded so far?</source>
        <translation>¿Cancelar la descarga de {name} y borrar lo descargado hasta ahora?</translation>
    </message>
</context>
<context>
    <name>GpuLayersEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="83"/>
        <source>Auto: as many as fit in the GPU&apos;s memory</source>
        <translation>Automático: tantas como quepan en la memoria de la GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="85"/>
        <source>None: run on the CPU only</source>
        <translation>Ninguna: ejecutar solo en la CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="86"/>
        <source>This many layers:</source>
        <translation>Este número de capas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88"/>
        <source>Layers on the GPU</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="92"/>
        <source>Number of layers on the GPU</source>
        <translation>Número de capas en la GPU</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../app/chat/history_import.py" line="58"/>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35"/>
        <source>Choose an export</source>
        <translation>Elegir una exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36"/>
        <source>Exports (*.zip *.json *.jsonl *.chat);;All files (*)</source>
        <translation>Exportaciones (*.zip *.json *.jsonl *.chat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Bring in your conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All. The other app&apos;s files are only read, never changed; importing the same export again adds only what is new.</source>
        <translation>Traiga sus conversaciones de ChatGPT, Open WebUI, Jan, LM Studio o GPT4All. Los archivos de la otra aplicación solo se leen, nunca se modifican; si importa de nuevo la misma exportación, solo se añade lo nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Conversations found on this computer</source>
        <translation>Conversaciones encontradas en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>The app the export comes from</source>
        <translation>La aplicación de la que procede la exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Detect the app</source>
        <translation>Detectar la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Choose an export file</source>
        <translation>Elegir un archivo de exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Choose another app&apos;s folder</source>
        <translation>Elegir la carpeta de otra aplicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>What was imported</source>
        <translation>Lo que se importó</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>What was imported, and what was skipped and why, shows here.</source>
        <translation>Aquí se muestra lo que se importó, lo que se omitió y por qué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Stop the import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Found %n conversation(s) from {app} in {folder}</source>
        <translation>
            <numerusform>Se encontró %n conversación de {app} en {folder}</numerusform>
            <numerusform>Se encontraron %n conversaciones de {app} en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Import the conversations from {app}</source>
        <translation>Importar las conversaciones de {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Reading {path}…</source>
        <translation>Leyendo {path}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Stopped: what was imported before stopping is kept.</source>
        <translation>Detenida: se conserva lo importado antes de detenerla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>Every conversation in it was imported before: nothing new.</source>
        <translation>Todas sus conversaciones se importaron antes: nada nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source>From {app}:</source>
        <translation>De {app}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n conversación nueva</numerusform>
            <numerusform>%n conversaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>%n conversation(s) with new messages</source>
        <translation>
            <numerusform>%n conversación con mensajes nuevos</numerusform>
            <numerusform>%n conversaciones con mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n ya importada</numerusform>
            <numerusform>%n ya importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="209"/>
        <source>%n message(s), of which {versions} other versions</source>
        <translation>
            <numerusform>%n mensaje, incluidas {versions} otras versiones</numerusform>
            <numerusform>%n mensajes, incluidas {versions} otras versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>Skipped %n:</source>
        <translation>
            <numerusform>Se omitió %n:</numerusform>
            <numerusform>Se omitieron %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>  … and %n more (the command line&apos;s --json lists them all)</source>
        <translation>
            <numerusform>  … y %n más (la opción --json de la línea de comandos los lista todos)</numerusform>
            <numerusform>  … y %n más (la opción --json de la línea de comandos los lista todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="221"/>
        <source>Imported with %n problem(s):</source>
        <translation>
            <numerusform>Importado con %n problema:</numerusform>
            <numerusform>Importado con %n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="113"/>
        <source>Text size %1%</source>
        <translation>Tamaño del texto %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <location filename="../../app/ui/window_status.py" line="21"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Blocked a link Hearth does not open: {url}</source>
        <translation>Se bloqueó un enlace que Hearth no abre: {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Another import is running. Drop {file} again once it is done.</source>
        <translation>Hay otra importación en curso. Suelte {file} de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>{file} is a conversation export from {app}. Import its conversations into Hearth?</source>
        <translation>{file} es una exportación de conversaciones de {app}. ¿Importar sus conversaciones a Hearth?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Attach files to this chat</source>
        <translation>Adjuntar archivos a este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>This conversation could not be read: {problem}</source>
        <translation>No se pudo leer esta conversación: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Your message could not be saved ({problem}). It is still in the box below; free some disk space and press Enter again.</source>
        <translation>No se pudo guardar su mensaje ({problem}). Sigue en el cuadro de abajo; libere espacio en disco y pulse Intro de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Local API on the network</source>
        <translation>API local en la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Other computers that can reach this one will be able to use the model (with the token), and what they send is processed here. Listen on the network?</source>
        <translation>Otros equipos que puedan llegar a este podrán usar el modelo (con el token), y lo que envíen se procesará aquí. ¿Escuchar en la red?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Other apps on this computer can now use {address}/v1 with the bearer token:

{token}

Settings shows it again.</source>
        <translation>Otras aplicaciones de este equipo ya pueden usar {address}/v1 con el token de portador:

{token}

Ajustes lo vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>{app} {version}
Private, offline chat with open models.
Your data: {folder}</source>
        <translation>{app} {version}
Chat privado y sin conexión con modelos abiertos.
Sus datos: {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>%n tokens · {speed} tokens/s</source>
        <translation>
            <numerusform>%n token · {speed} tokens/s</numerusform>
            <numerusform>%n tokens · {speed} tokens/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="45"/>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="51"/>
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="52"/>
        <location filename="../../app/ui/window_menus.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="84"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>New chat from &amp;preset…</source>
        <translation>Nuevo chat desde &amp;plantilla…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar la conversación…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="42"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>&amp;Bigger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Actual text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="22"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="23"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="24"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="25"/>
        <source>Model failed to load</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="65"/>
        <source>Loading… {percent}%</source>
        <translation>Cargando… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="105"/>
        <source>The model could not be loaded. {problem} Your conversations are still here to read.</source>
        <translation>No se pudo cargar el modelo. {problem} Sus conversaciones siguen aquí para leerlas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="113"/>
        <source>Setting up the bundled model (first start only)…</source>
        <translation>Preparando el modelo incluido (solo la primera vez)…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Version {which} of {count}</source>
        <translation>Versión {which} de {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this reply</source>
        <translation>esta respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this message</source>
        <translation>este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="86"/>
        <source>message {n} (a reply)</source>
        <translation>mensaje {n} (una respuesta)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="87"/>
        <source>message {n} (yours)</source>
        <translation>mensaje {n} (suyo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="96"/>
        <source>Previous version of {subject}</source>
        <translation>Versión anterior de {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="97"/>
        <source>Next version of {subject}</source>
        <translation>Versión siguiente de {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="98"/>
        <source>Edit {subject}</source>
        <translation>Editar {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="99"/>
        <source>Edit and send as a new version (the old one stays)</source>
        <translation>Editar y enviar como versión nueva (la anterior se conserva)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Regenerate {subject}</source>
        <translation>Regenerar {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Another reply; this one stays as a version</source>
        <translation>Otra respuesta; esta se conserva como versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="102"/>
        <source>Continue {subject}</source>
        <translation>Continuar {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="103"/>
        <source>Continue this reply from where it stopped</source>
        <translation>Continuar esta respuesta donde se detuvo</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="104"/>
        <source>Delete {subject}</source>
        <translation>Eliminar {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="105"/>
        <source>Delete this message and what follows (Ctrl+Z undoes)</source>
        <translation>Eliminar este mensaje y lo que sigue (Ctrl+Z lo deshace)</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <location filename="../../app/ui/message_column.py" line="67"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="106"/>
        <source>Show {page} earlier messages ({count} in all)</source>
        <translation>Mostrar {page} mensajes anteriores ({count} en total)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="117"/>
        <source>⋯  Messages above this line no longer fit the model&apos;s context window and were not sent with the last question  ⋯</source>
        <translation>⋯  Los mensajes por encima de esta línea ya no caben en la ventana de contexto del modelo y no se enviaron con la última pregunta  ⋯</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <location filename="../../app/chat/message_commands.py" line="49"/>
        <source>Restore the deleted message</source>
        <translation>Restaurar el mensaje eliminado</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="51"/>
        <source>Deleted the message and what followed it. Ctrl+Z brings it back.</source>
        <translation>Se eliminaron el mensaje y lo que le seguía. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="60"/>
        <source>{problem} Your text is still in the box.</source>
        <translation>{problem} Su texto sigue en el cuadro.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="269"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="284"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="287"/>
        <source>Copy this message as Markdown</source>
        <translation>Copiar este mensaje como Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="346"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="351"/>
        <source>[{number}] {file} · {where}</source>
        <translation>[{number}] {file} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="356"/>
        <source>Source {number}: {file}, {where}</source>
        <translation>Fuente {number}: {file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="389"/>
        <source>replying…</source>
        <translation>respondiendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="390"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="391"/>
        <source>interrupted — Hearth closed before this reply finished</source>
        <translation>interrumpida: Hearth se cerró antes de terminar esta respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="393"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="417"/>
        <source>Stopped while the model was thinking, before its answer.</source>
        <translation>Detenida mientras el modelo pensaba, antes de su respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="419"/>
        <source>Hearth closed while the model was thinking, before its answer.</source>
        <translation>Hearth se cerró mientras el modelo pensaba, antes de su respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="421"/>
        <source>The reply reached its length limit while the model was still thinking. Raise the maximum reply length in Settings and regenerate.</source>
        <translation>La respuesta alcanzó su longitud máxima mientras el modelo aún pensaba. Aumente la longitud máxima de respuesta en Ajustes y regenérela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="427"/>
        <source>Stopped before any text. Regenerate asks again.</source>
        <translation>Detenida antes de cualquier texto. Regenerar vuelve a preguntar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="428"/>
        <source>Hearth closed before any text came. Regenerate asks again.</source>
        <translation>Hearth se cerró antes de que llegara texto. Regenerar vuelve a preguntar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="430"/>
        <source>The model gave an empty reply.</source>
        <translation>El modelo dio una respuesta vacía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="482"/>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="483"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="567"/>
        <source>Showing all… {percent}%</source>
        <translation>Mostrando todo… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="574"/>
        <source>Show all ({count} characters)</source>
        <translation>Mostrar todo ({count} caracteres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="576"/>
        <source>Show all of this message ({count} characters)</source>
        <translation>Mostrar todo este mensaje ({count} caracteres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="577"/>
        <source>Only the start of this long message is shown</source>
        <translation>Solo se muestra el principio de este mensaje largo</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <location filename="../../app/chat/model_choice.py" line="117"/>
        <source>This conversation used {model} on the connection “{name}”, which has been removed. Choose a model for it above.</source>
        <translation>Esta conversación usaba {model} en la conexión «{name}», que se ha eliminado. Elija un modelo para ella arriba.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="119"/>
        <source>The default model, {model} on “{name}”, is no longer available: its connection has been removed. Choose a model above or in Settings.</source>
        <translation>El modelo predeterminado, {model} en «{name}», ya no está disponible: su conexión se ha eliminado. Elija un modelo arriba o en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="127"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>No hay ningún modelo configurado. Elija un archivo de modelo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="136"/>
        <source>The model this conversation used, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose another model for it above, or get it again in {app}.</source>
        <translation>El modelo que usaba esta conversación, {name} de {app}, ya no está en este equipo: {app} lo eliminó o lo movió. Elija otro arriba o vuelva a obtenerlo en {app}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="139"/>
        <source>The default model, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose a model above or in Models.</source>
        <translation>El modelo predeterminado, {name} de {app}, ya no está en este equipo: {app} lo eliminó o lo movió. Elija un modelo arriba o en Modelos.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="145"/>
        <source>The model this conversation used, {name}, is no longer on this computer. Choose another model for it above, or download it again in Models.</source>
        <translation>El modelo que usaba esta conversación, {name}, ya no está en este equipo. Elija otro arriba o vuelva a descargarlo en Modelos.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="178"/>
        <source>chat template</source>
        <translation>plantilla de chat</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="179"/>
        <source>plain transcript</source>
        <translation>transcripción simple</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="181"/>
        <source> · base model</source>
        <translation> · modelo base</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="182"/>
        <source>{tokens} ctx</source>
        <translation>{tokens} ctx</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="183"/>
        <source>context size unknown</source>
        <translation>tamaño de contexto desconocido</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="188"/>
        <location filename="../../app/chat/model_choice.py" line="275"/>
        <location filename="../../app/chat/model_choice.py" line="287"/>
        <source>{name} ({app})</source>
        <translation>{name} ({app})</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="197"/>
        <source>What you write in this conversation is sent to {host}.</source>
        <translation>Lo que escriba en esta conversación se envía a {host}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="313"/>
        <source>The model changes after the current reply.</source>
        <translation>El modelo cambiará tras la respuesta en curso.</translation>
    </message>
</context>
<context>
    <name>ModelFileEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>the bundled model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Browse for a model file</source>
        <translation>Buscar un archivo de modelo</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="172"/>
        <location filename="../../app/ui/model_manager.py" line="206"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="208"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="213"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="232"/>
        <source>Catalog of models</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>owner/repository</source>
        <translation>propietario/repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Hugging Face repository</source>
        <translation>Repositorio de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>File name in the repository</source>
        <translation>Nombre del archivo en el repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="252"/>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Download from Hugging Face</source>
        <translation>Descargar de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="254"/>
        <location filename="../../app/ui/model_manager.py" line="605"/>
        <source>Import a .gguf file…</source>
        <translation>Importar un archivo .gguf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="257"/>
        <source>Any GGUF:</source>
        <translation>Cualquier GGUF:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="269"/>
        <source>This computer has {memory} of memory free for a model (a GPU&apos;s included). Models that fit and should write at least 8 tokens a second here come first; the speeds are estimates from the replies measured on this computer. Downloads come from Hugging Face; nothing is sent anywhere until you press Download.</source>
        <translation>Este equipo tiene {memory} de memoria libre para un modelo (incluida la GPU). Primero aparecen los modelos que caben y deberían escribir al menos 8 tokens por segundo aquí; las velocidades se estiman a partir de las respuestas medidas en este equipo. Las descargas vienen de Hugging Face; no se envía nada hasta que pulse Descargar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <source>Too large for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="296"/>
        <source>{name} needs about {needed} of memory and this computer has {free}. It will probably not run. Download anyway?</source>
        <translation>{name} necesita unos {needed} de memoria y este equipo tiene {free}. Probablemente no funcionará. ¿Descargar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="308"/>
        <source>Enter a repository like owner/name and a file name ending in .gguf.</source>
        <translation>Escriba un repositorio como propietario/nombre y un nombre de archivo que termine en .gguf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="320"/>
        <source>No downloads yet. Pick a model in the Catalog tab.</source>
        <translation>Aún no hay descargas. Elija un modelo en la pestaña Catálogo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="344"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Quant</source>
        <translation>Cuant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="355"/>
        <source>Use as default</source>
        <translation>Usar como predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="357"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="359"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="383"/>
        <location filename="../../app/ui/model_manager.py" line="503"/>
        <source>{name}  (in use)</source>
        <translation>{name}  (en uso)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="406"/>
        <location filename="../../app/ui/model_manager.py" line="409"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="407"/>
        <source>{name} is in use. Choose another model first.</source>
        <translation>{name} está en uso. Elija primero otro modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="410"/>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>¿Eliminar {name} ({size}) de este equipo?
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="421"/>
        <source>Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this computer. Hearth uses them where they are, without copying them, and never changes or deletes their files: Remove only makes Hearth forget one.</source>
        <translation>Modelos que otras aplicaciones (LM Studio, Ollama, GPT4All, Jan) descargaron en este equipo. Hearth los usa donde están, sin copiarlos, y nunca modifica ni elimina sus archivos: «Quitar» solo hace que Hearth olvide uno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="427"/>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="429"/>
        <source>Models from other apps on this computer</source>
        <translation>Modelos de otras aplicaciones en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="445"/>
        <location filename="../../app/ui/model_manager.py" line="549"/>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="447"/>
        <source>Use the chosen model where it is</source>
        <translation>Usar el modelo elegido donde está</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="449"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="451"/>
        <source>Remove the chosen model from this list; its file stays</source>
        <translation>Quitar el modelo elegido de esta lista; su archivo se conserva</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="453"/>
        <source>Look again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="454"/>
        <source>Look again in other apps&apos; folders</source>
        <translation>Volver a buscar en las carpetas de otras aplicaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="475"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation>Buscando en las carpetas de otras aplicaciones…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="488"/>
        <source>Missing: {app} deleted or moved it</source>
        <translation>Falta: {app} lo eliminó o lo movió</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="490"/>
        <source>Cannot be used: {reason}</source>
        <translation>No se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="492"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="494"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="516"/>
        <source>No models were found in the folders of LM Studio, Ollama, GPT4All or Jan.</source>
        <translation>No se encontraron modelos en las carpetas de LM Studio, Ollama, GPT4All ni Jan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="518"/>
        <source>Press Look again to look in other apps&apos; folders.</source>
        <translation>Pulse «Volver a buscar» para buscar en las carpetas de otras aplicaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="520"/>
        <source>Models from other apps: %n; {missing} of them no longer there.</source>
        <translation>
            <numerusform>Modelos de otras aplicaciones: %n; {missing} ya no está.</numerusform>
            <numerusform>Modelos de otras aplicaciones: %n; ya no están: {missing}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="523"/>
        <source>Models from other apps: %n, used where they are.</source>
        <translation>
            <numerusform>Modelos de otras aplicaciones: %n, usado donde está.</numerusform>
            <numerusform>Modelos de otras aplicaciones: %n, usados donde están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="550"/>
        <source>An import is still running; try again when it is done.</source>
        <translation>Todavía hay una importación en curso; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="571"/>
        <source>This model cannot be used</source>
        <translation>Este modelo no se puede usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="577"/>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="578"/>
        <source>Stop offering {name}? Its file stays where {app} keeps it:
{path}</source>
        <translation>¿Dejar de ofrecer {name}? Su archivo se queda donde {app} lo guarda:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="587"/>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="588"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Another import is still running.</source>
        <translation>Todavía hay otra importación en curso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="601"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>{name} was imported. {note}</source>
        <translation>{name} se ha importado. {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="616"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
</context>
<context>
    <name>ModelOfferBar</name>
    <message>
        <location filename="../../app/ui/model_offer.py" line="22"/>
        <source>Offer of an instruct model</source>
        <translation>Oferta de un modelo instruct</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="27"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="29"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="30"/>
        <source>Hide this for good; the Models window has them all</source>
        <translation>Ocultar para siempre; la ventana Modelos los tiene todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="32"/>
        <source>Not now: hide this offer for good</source>
        <translation>Ahora no: ocultar esta oferta para siempre</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="50"/>
        <source>{0} is a base model: it continues text rather than following instructions, so its answers are rough.</source>
        <translation>{0} es un modelo base: continúa el texto en lugar de seguir instrucciones, así que sus respuestas son toscas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="53"/>
        <source>{0} follows instructions and fits this computer.</source>
        <translation>{0} sigue instrucciones y cabe en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="57"/>
        <source>about {0} tokens a second</source>
        <translation>unos {0} tokens por segundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="58"/>
        <source>under a token a second</source>
        <translation>menos de un token por segundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="59"/>
        <source>{0} follows instructions, fits this computer and should write {1} here.</source>
        <translation>{0} sigue instrucciones, cabe en este equipo y debería escribir {1} aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="61"/>
        <source>{0} follows instructions and fits this computer, though it would write only {1} here.</source>
        <translation>{0} sigue instrucciones y cabe en este equipo, aunque aquí solo escribiría {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="65"/>
        <source>Download {0} ({1})</source>
        <translation>Descargar {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../app/chat/model_setup.py" line="59"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>No hay ningún modelo configurado. Elija un archivo de modelo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_setup.py" line="48"/>
        <source>Setting up the bundled model was cancelled.</source>
        <translation>Se canceló la preparación del modelo incluido.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/chat/navigator.py" line="83"/>
        <source>A new chat could not be started: {problem}</source>
        <translation>No se pudo iniciar un chat nuevo: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="98"/>
        <source>Restore “{title}”</source>
        <translation>Restaurar «{title}»</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="100"/>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>«{title}» se movió a la papelera. Ctrl+Z lo recupera.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/chat/preferences.py" line="48"/>
        <source>Could not save the settings: {problem}</source>
        <translation>No se pudieron guardar los ajustes: {problem}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="79"/>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="92"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="100"/>
        <source>My preset</source>
        <translation>Mi plantilla</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="113"/>
        <source>New chat from preset</source>
        <translation>Nuevo chat desde plantilla</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="118"/>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="128"/>
        <source>New preset…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="130"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="132"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="134"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="143"/>
        <source>Start chat</source>
        <translation>Empezar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="156"/>
        <source>  (yours)</source>
        <translation>  (suya)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="199"/>
        <source>My preset</source>
        <translation>Mi plantilla</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="37"/>
        <source>Instructions the model follows</source>
        <translation>Instrucciones que sigue el modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="42"/>
        <source>Lower is steadier, higher is more varied</source>
        <translation>Más bajo es más estable; más alto, más variado</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="51"/>
        <source>as much as the model allows</source>
        <translation>todo lo que permita el modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="54"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="55"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="56"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="57"/>
        <source>Longest reply (tokens)</source>
        <translation>Respuesta más larga (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="58"/>
        <source>Context length (tokens)</source>
        <translation>Longitud de contexto (tokens)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Default system prompt</source>
        <translation>Prompt del sistema predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Used by new conversations; each conversation can change its own.</source>
        <translation>Lo usan las conversaciones nuevas; cada una puede cambiar el suyo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Maximum reply length (tokens)</source>
        <translation>Longitud máxima de respuesta (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Random seed (-1 = different every time)</source>
        <translation>Semilla aleatoria (-1 = distinta cada vez)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Context length (tokens)</source>
        <translation>Longitud de contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Capped at the model&apos;s own maximum.</source>
        <translation>Limitada al máximo del propio modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Layers on the GPU (-2 = Auto, -1 = all, 0 = none)</source>
        <translation>Capas en la GPU (-2 = automático, -1 = todas, 0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.</source>
        <translation>Automático pone en la GPU tantas capas como quepan en su memoria libre junto con el contexto; sin GPU, ninguna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>CPU threads (0 = automatic)</source>
        <translation>Hilos de CPU (0 = automático)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Empty means the bundled model.</source>
        <translation>Vacío significa el modelo incluido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Ofrecer el modelo cargado a otras aplicaciones de este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.</source>
        <translation>Una API compatible con OpenAI en 127.0.0.1 (/v1/models, /v1/chat/completions), protegida por el token que se muestra abajo. Desactivada por defecto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Port for the local API</source>
        <translation>Puerto de la API local</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Also let other computers on the network use it (not only this one)</source>
        <translation>Permitir también que otros equipos de la red la usen (no solo este)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.</source>
        <translation>Escucha en todas las interfaces de red en lugar de 127.0.0.1. Cualquiera que pueda llegar a este equipo y tenga el token podrá usar el modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>Memory for going back to recent conversations (MB, 0 = automatic)</source>
        <translation>Memoria para volver a conversaciones recientes (MB, 0 = automático)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>Each recent conversation&apos;s state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer&apos;s memory, at most 2 GB.</source>
        <translation>Se guarda el estado de cada conversación reciente, de modo que volver a ella no relee su historial. Automático: una octava parte de la memoria de este equipo, como mucho 2 GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Language (applied at the next start)</source>
        <translation>Idioma (se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="63"/>
        <source>System follows this computer&apos;s language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese.</source>
        <translation>«Sistema» sigue el idioma de este equipo. Hearth habla inglés, alemán, francés, español, chino simplificado y japonés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Embedding model for documents</source>
        <translation>Modelo de embeddings para documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again.</source>
        <translation>Cómo se buscan sus documentos por su significado. El incluido lee mejor el inglés; en Modelos (Para documentos) puede descargar uno más potente o multilingüe. Sus documentos se indexan entonces de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Search what reasoning models thought, too</source>
        <translation>Buscar también en lo que pensaron los modelos de razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Search finds words in the replies&apos; answers; with this on, also in the thinking that reasoning models write before they answer.</source>
        <translation>La búsqueda encuentra palabras en las respuestas; con esta opción, también en lo que los modelos de razonamiento escriben mientras piensan antes de responder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Choose a model file</source>
        <translation>Elegir un archivo de modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="143"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>saved — type a new one to replace it</source>
        <translation>guardado: escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Forget token</source>
        <translation>Olvidar el token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>Forget the Hugging Face token</source>
        <translation>Olvidar el token de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Hugging Face token (for gated models)</source>
        <translation>Token de Hugging Face (para modelos restringidos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Token for the local API</source>
        <translation>Token de la API local</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Where the local API&apos;s token is kept</source>
        <translation>Dónde se guarda el token de la API local</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Other apps send it as a bearer token.</source>
        <translation>Otras aplicaciones lo envían como token de portador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Layers on the GPU</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="228"/>
        <source>Bundled: all-MiniLM-L6-v2 (English)</source>
        <translation>Incluido: all-MiniLM-L6-v2 (inglés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>{file} (missing: the bundled one is used)</source>
        <translation>{file} (no está: se usa el incluido)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="238"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="271"/>
        <source>Your token is stored in the system keyring.</source>
        <translation>Su token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="273"/>
        <source>No system keyring is available, so your token is kept in {file}, readable only by you.</source>
        <translation>No hay llavero del sistema, así que su token se guarda en {file}, legible solo por usted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="275"/>
        <source>No system keyring is available, so your token is kept in memory only and forgotten when Hearth closes.</source>
        <translation>No hay llavero del sistema, así que su token solo se guarda en memoria y se olvida al cerrar Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="282"/>
        <source>Kept in {file}, readable only by you: this computer has no system keyring.</source>
        <translation>Se guarda en {file}, legible solo por usted: este equipo no tiene llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="285"/>
        <source>Kept in the system keyring.</source>
        <translation>Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="286"/>
        <source>Kept in memory only, so it changes when Hearth restarts: there is no system keyring, and the settings folder could not be written.</source>
        <translation>Solo se guarda en memoria, así que cambia al reiniciar Hearth: no hay llavero del sistema y no se pudo escribir en la carpeta de ajustes.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="82"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="35"/>
        <source>Stop the reply being written</source>
        <translation>Detener la respuesta que se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="37"/>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Message box</source>
        <translation>Cuadro de mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="39"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="41"/>
        <source>Start a new line</source>
        <translation>Empezar una línea nueva</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="43"/>
        <source>Cancel editing a message</source>
        <translation>Cancelar la edición de un mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Search box</source>
        <translation>Cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Go to the results</source>
        <translation>Ir a los resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="47"/>
        <source>Open the first result</source>
        <translation>Abrir el primer resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51"/>
        <source>Open the conversation and go to its message box</source>
        <translation>Abrir la conversación e ir a su cuadro de mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="72"/>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="101"/>
        <source>Everything in Hearth can be done from the keyboard. Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the system&apos;s.</source>
        <translation>Todo en Hearth se puede hacer con el teclado. Tamaño del texto: Ctrl+= más grande, Ctrl+- más pequeño, Ctrl+0 el del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="110"/>
        <source>Shortcuts, by where they work</source>
        <translation>Atajos, según dónde funcionan</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="129"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="138"/>
        <source>Close keyboard shortcuts</source>
        <translation>Cerrar los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="41"/>
        <source>Source {number}: {file}</source>
        <translation>Fuente {number}: {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="44"/>
        <source>{file}, {where}</source>
        <translation>{file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="52"/>
        <source>The passage the reply was given</source>
        <translation>El fragmento que recibió la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="55"/>
        <source>Open the file…</source>
        <translation>Abrir el archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="56"/>
        <source>Open {file}</source>
        <translation>Abrir {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="71"/>
        <source>{file} is not there any more.</source>
        <translation>{file} ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="75"/>
        <source>Open {file} in the app your system uses for it?</source>
        <translation>¿Abrir {file} con la aplicación que su sistema usa para él?</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/chat/summarize.py" line="117"/>
        <location filename="../../app/chat/summarize.py" line="133"/>
        <source>**Part {number}.** {text}</source>
        <translation>**Parte {number}.** {text}</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="121"/>
        <source>**Summary of {file}**</source>
        <translation>**Resumen de {file}**</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="123"/>
        <source>*The parts, one by one:*</source>
        <translation>*Las partes, una a una:*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="125"/>
        <source>*Summarizing {file}: part {number} of {count}…*</source>
        <translation>*Resumiendo {file}: parte {number} de {count}…*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="129"/>
        <source>*Combining the summaries of the {count} parts…*</source>
        <translation>*Uniendo los resúmenes de las {count} partes…*</translation>
    </message>
</context>
<context>
    <name>ThinkingBlock</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="156"/>
        <source>The model&apos;s thinking</source>
        <translation>El razonamiento del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="185"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thinking cut off</source>
        <translation>Razonamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thought</source>
        <translation>Pensó</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="190"/>
        <source>Thinking cut off after {seconds} s</source>
        <translation>Razonamiento interrumpido tras {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="191"/>
        <source>Thought for {seconds} s</source>
        <translation>Pensó durante {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="198"/>
        <source>{label}: hide the model&apos;s thinking</source>
        <translation>{label}: ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="199"/>
        <source>{label}: show the model&apos;s thinking</source>
        <translation>{label}: mostrar el razonamiento del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="200"/>
        <source>Hide the thinking</source>
        <translation>Ocultar el razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="201"/>
        <source>Show what the model thought before answering</source>
        <translation>Mostrar lo que pensó el modelo antes de responder</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="33"/>
        <source>Deleted conversations stay here for %n days, then go for good.</source>
        <translation>
            <numerusform>Las conversaciones eliminadas se quedan aquí %n día y después se borran definitivamente.</numerusform>
            <numerusform>Las conversaciones eliminadas se quedan aquí %n días y después se borran definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="38"/>
        <source>Conversations in the Trash</source>
        <translation>Conversaciones en la papelera</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="40"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="44"/>
        <source>Delete for good…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="46"/>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="65"/>
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="101"/>
        <source>all %n conversations in the trash</source>
        <translation>
            <numerusform>la %n conversación de la papelera</numerusform>
            <numerusform>las %n conversaciones de la papelera</numerusform>
        </translation>
    </message>
</context>
</TS>
