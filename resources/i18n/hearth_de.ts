<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/server/service.py" line="77"/>
        <source>The local API could not listen on port {port} ({error}). Choose another port in Settings.</source>
        <translation>Die lokale API konnte nicht auf Port {port} lauschen ({error}). Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="102"/>
        <source>the network, port {port}</source>
        <translation>dem Netzwerk, Port {port}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/server/service.py" line="104"/>
        <source>API on {where} · answering %n</source>
        <translation>
            <numerusform>API auf {where} · beantwortet %n Anfrage</numerusform>
            <numerusform>API auf {where} · beantwortet %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="105"/>
        <source>API on {where}</source>
        <translation>API auf {where}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/chat/attachments.py" line="76"/>
        <source>The file could not be attached: {problem}</source>
        <translation>Die Datei konnte nicht angehängt werden: {problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="20"/>
        <source>Files attached to this chat</source>
        <translation>An diesen Chat angehängte Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="39"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="42"/>
        <source>{file} · reading…</source>
        <translation>{file} · wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="44"/>
        <source>{file} · %n tokens</source>
        <translation>
            <numerusform>{file} · %n Token</numerusform>
            <numerusform>{file} · %n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="45"/>
        <source>{file} · %n passages</source>
        <translation>
            <numerusform>{file} · %n Abschnitt</numerusform>
            <numerusform>{file} · %n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="58"/>
        <source>Remove {file} from this chat</source>
        <translation>{file} aus diesem Chat entfernen</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="49"/>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="50"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="51"/>
        <source>On this PC</source>
        <translation>Auf diesem PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="52"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="122"/>
        <source>For documents (embedding)</source>
        <translation>Für Dokumente (Embedding)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="140"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="142"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="144"/>
        <source>Images (later)</source>
        <translation>Bilder (später)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="150"/>
        <source>Reasoning: it thinks before it answers; Hearth shows the thinking apart from the answer.</source>
        <translation>Reasoning: Das Modell denkt nach, bevor es antwortet; Hearth zeigt das Nachdenken getrennt von der Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="153"/>
        <source>Tools: it can call functions that an app gives it (through the local API).</source>
        <translation>Werkzeuge: Das Modell kann Funktionen aufrufen, die eine App ihm bereitstellt (über die lokale API).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="156"/>
        <source>Images (later): it can read pictures with its projector file; Hearth does not send it pictures yet.</source>
        <translation>Bilder (später): Mit seiner Projektordatei kann das Modell Bilder lesen; Hearth sendet ihm noch keine Bilder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="191"/>
        <source>Its exact size and sha256 are not published; the download is checked against Hugging Face&apos;s own size and hash.</source>
        <translation>Genaue Größe und SHA-256 sind nicht veröffentlicht; der Download wird mit Größe und Hash von Hugging Face geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="195"/>
        <source>This version of Hearth cannot run it.</source>
        <translation>Diese Version von Hearth kann es nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="215"/>
        <source>Models that turn documents into numbers, so that a chat can find the passages it needs. They do not chat.</source>
        <translation>Modelle, die Dokumente in Zahlen umwandeln, damit ein Chat die Textstellen findet, die er braucht. Sie chatten nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="229"/>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="231"/>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="235"/>
        <source>about {0} tokens/s</source>
        <translation>etwa {0} Tokens/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="236"/>
        <source>under 1 token/s</source>
        <translation>unter 1 Token/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="237"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="242"/>
        <source>An estimate from this computer&apos;s {0} cores, before any reply was measured.</source>
        <translation>Eine Schätzung anhand der {0} Kerne dieses Computers, bevor eine Antwort gemessen wurde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="245"/>
        <source>An estimate from this computer&apos;s measured speed: {0} tokens/s with a {1} model.</source>
        <translation>Eine Schätzung anhand der gemessenen Geschwindigkeit dieses Computers: {0} Tokens/s mit einem Modell von {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="248"/>
        <source>Fast enough to chat.</source>
        <translation>Schnell genug zum Chatten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="249"/>
        <source>Under {0} tokens/s a reply comes more slowly than you read it.</source>
        <translation>Unter {0} Tokens/s entsteht eine Antwort langsamer, als Sie lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="258"/>
        <source>{dimension} dimensions · up to {tokens} tokens</source>
        <translation>{dimension} Dimensionen · bis zu {tokens} Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="261"/>
        <source>many languages</source>
        <translation>viele Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="262"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="270"/>
        <source> · gated</source>
        <translation> · zugangsbeschränkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="273"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/chat/session.py" line="420"/>
        <source>The reply could not be saved ({problem}). It stays on screen; free some disk space and Hearth will save the next ones.</source>
        <translation>Die Antwort konnte nicht gespeichert werden ({problem}). Sie bleibt sichtbar; geben Sie etwas Speicherplatz frei, dann speichert Hearth die nächsten.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Chat settings…</source>
        <translation>Chat-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>This conversation&apos;s system prompt, temperature, reply length and context</source>
        <translation>Systemprompt, Temperatur, Antwortlänge und Kontext dieser Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="103"/>
        <location filename="../../app/ui/chat_view.py" line="280"/>
        <source>The model this conversation uses</source>
        <translation>Das Modell dieser Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="104"/>
        <source>Model for this conversation</source>
        <translation>Modell für diese Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="120"/>
        <source>The document collections this conversation reads (File &gt; Documents makes them)</source>
        <translation>Die Dokumentsammlungen, die dieses Gespräch liest (Datei &gt; Dokumente legt sie an)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="138"/>
        <location filename="../../app/ui/chat_view.py" line="139"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140"/>
        <source>Load the model again</source>
        <translation>Modell erneut laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <location filename="../../app/ui/chat_view.py" line="143"/>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="173"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Hearth…  (Eingabe zum Senden, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="176"/>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the box.</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, Esc stoppt eine Antwort, Tab verlässt das Feld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="185"/>
        <source>Editing your message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Eingabe sendet sie als neue Version (die alte bleibt), Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="189"/>
        <location filename="../../app/ui/chat_view.py" line="436"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="193"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="195"/>
        <source>Attach files to this chat</source>
        <translation>Dateien an diesen Chat anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="197"/>
        <source>PDF, Word, text, Markdown, web pages and code: the model reads them with your questions. You can also drop files on the window.</source>
        <translation>PDF, Word, Text, Markdown, Webseiten und Code: Das Modell liest sie mit Ihren Fragen. Sie können Dateien auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="245"/>
        <source>Documents: {names}</source>
        <translation>Dokumente: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="247"/>
        <source>Documents: none</source>
        <translation>Dokumente: keine</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="279"/>
        <source>The model this conversation uses: {model}</source>
        <translation>Das Modell dieser Unterhaltung: {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="314"/>
        <source>… (the rest is in the message)</source>
        <translation>… (der Rest steht in der Nachricht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="316"/>
        <source>Reply: {text}</source>
        <translation>Antwort: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="318"/>
        <source>The reply failed: {error}</source>
        <translation>Die Antwort ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="319"/>
        <source>Reply stopped: {text}</source>
        <translation>Antwort gestoppt: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335"/>
        <source>What the model reads: the system prompt, this conversation and what you are typing.</source>
        <translation>Was das Modell liest: den Systemprompt, diese Unterhaltung und was Sie gerade eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="337"/>
        <source>Nearly full: soon the oldest messages will no longer fit, and the model will not see them.</source>
        <translation>Fast voll: bald passen die ältesten Nachrichten nicht mehr hinein, und das Modell sieht sie nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339"/>
        <source>Full: the oldest messages no longer fit and are left out of what the model reads (the chat marks where its view begins).</source>
        <translation>Voll: die ältesten Nachrichten passen nicht mehr und fehlen in dem, was das Modell liest (der Chat markiert, wo seine Sicht beginnt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="345"/>
        <source>The server does not say how many tokens this model reads, so the meter counts what is sent (about four characters a token) without a limit.</source>
        <translation>Der Server gibt nicht an, wie viele Tokens dieses Modell liest; die Anzeige zählt daher das Gesendete (etwa vier Zeichen pro Token) ohne Obergrenze.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="350"/>
        <source>What you are typing is too long for this model: cut about {n} tokens (or start a new chat).</source>
        <translation>Ihr Text ist für dieses Modell zu lang: kürzen Sie ihn um etwa {n} Tokens (oder beginnen Sie einen neuen Chat).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="387"/>
        <source>Ask anything. Your chats stay on this computer.</source>
        <translation>Fragen Sie, was Sie möchten. Ihre Chats bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>Ask anything. What you write here is sent to {host}.</source>
        <translation>Fragen Sie, was Sie möchten. Was Sie hier schreiben, wird an {host} gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="432"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="433"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>Hearth is replying in another chat</source>
        <translation>Hearth antwortet in einem anderen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="440"/>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="441"/>
        <source>The model is not ready yet</source>
        <translation>Das Modell ist noch nicht bereit</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/chat/collections.py" line="243"/>
        <source>The documents index is not open.</source>
        <translation>Der Dokumentindex ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="256"/>
        <source>The indexing is still stopping; try again in a moment.</source>
        <translation>Die Indexierung wird noch beendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="270"/>
        <source>The documents index could not be replaced ({problem}). Restart Hearth and rebuild it again.</source>
        <translation>Der Dokumentindex konnte nicht ersetzt werden ({problem}). Starten Sie Hearth neu und bauen Sie ihn erneut auf.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="315"/>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="317"/>
        <source>There is already a collection called {name}.</source>
        <translation>Es gibt bereits eine Sammlung namens {name}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="338"/>
        <source>{path} is not there.</source>
        <translation>{path} ist nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="507"/>
        <source>The embedding model is missing from this installation, so documents cannot be indexed. Reinstalling Hearth brings it back.</source>
        <translation>In dieser Installation fehlt das Embedding-Modell, daher können keine Dokumente indexiert werden. Eine Neuinstallation von Hearth stellt es wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="614"/>
        <source>The indexing of {name} is still stopping; try again in a moment.</source>
        <translation>Die Indexierung von {name} wird noch beendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../app/chat/connections.py" line="60"/>
        <source>Give the connection a name (without a colon).</source>
        <translation>Geben Sie der Verbindung einen Namen (ohne Doppelpunkt).</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="62"/>
        <source>The address must look like http://host:port (or https://).</source>
        <translation>Die Adresse muss wie http://host:port (oder https://) aussehen.</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="64"/>
        <source>There is already a connection called “{name}”.</source>
        <translation>Es gibt bereits eine Verbindung namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="33"/>
        <source>A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, with an OpenAI-compatible API). Its models join the model list; what you write in a conversation using one is sent to that server. Hearth contacts no server you did not add here.</source>
        <translation>Ein Server mit einem größeren Modell (llama-server, vLLM, Ollama, LM Studio oder TGI mit OpenAI-kompatibler API). Seine Modelle erscheinen in der Modellliste; was Sie in einer Unterhaltung mit einem davon schreiben, wird an diesen Server gesendet. Hearth kontaktiert keinen Server, den Sie nicht hier hinzugefügt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="40"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="47"/>
        <source>optional; kept in the system keyring</source>
        <translation>optional; im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="48"/>
        <source>Add and list its models</source>
        <translation>Hinzufügen und Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="50"/>
        <source>List models again</source>
        <translation>Modelle neu auflisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="52"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="56"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="57"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="71"/>
        <source>Connection “{name}”</source>
        <translation>Verbindung „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="77"/>
        <source>no models listed yet</source>
        <translation>noch keine Modelle aufgelistet</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="91"/>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/chat/context_meter.py" line="56"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? Tokens</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="58"/>
        <source>{used} / {window} tokens</source>
        <translation>{used} / {window} Tokens</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="186"/>
        <source>This message is too long for the model: it takes about {used} tokens of the {room} the model can read. Cut about {cut} tokens, or split it into several messages.</source>
        <translation>Diese Nachricht ist für das Modell zu lang: sie braucht etwa {used} der {room} Tokens, die das Modell lesen kann. Kürzen Sie sie um etwa {cut} Tokens oder teilen Sie sie auf mehrere Nachrichten auf.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="125"/>
        <source>● replying…</source>
        <translation>● antwortet…</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../../app/chat/exporting.py" line="47"/>
        <location filename="../../app/chat/exporting.py" line="87"/>
        <source>This conversation is gone.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="51"/>
        <source>Export conversation: {note}</source>
        <translation>Unterhaltung exportieren: {note}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="52"/>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="54"/>
        <source>Markdown, the versions shown (*.md)</source>
        <translation>Markdown, die angezeigten Versionen (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="55"/>
        <source>JSON, the versions shown (*.json)</source>
        <translation>JSON, die angezeigten Versionen (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="56"/>
        <source>JSON with every version (*.json)</source>
        <translation>JSON mit allen Versionen (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="93"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="96"/>
        <source>Exported every version to {path}</source>
        <translation>Alle Versionen nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="98"/>
        <source>Exported the versions shown to {path}</source>
        <translation>Die angezeigten Versionen nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="76"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="77"/>
        <source>Delete “{title}” and all of its messages for good? This cannot be undone.</source>
        <translation>„{title}“ mit allen Nachrichten endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="229"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="230"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="233"/>
        <source>Search all chats…</source>
        <translation>Alle Chats durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="238"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="242"/>
        <location filename="../../app/ui/conversation_list.py" line="252"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="255"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="259"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="263"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="270"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="273"/>
        <source>Passages found in your documents</source>
        <translation>In Ihren Dokumenten gefundene Abschnitte</translation>
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
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="109"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="111"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="113"/>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="114"/>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="120"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="123"/>
        <source>%n min ago</source>
        <translation>vor %n Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="126"/>
        <source>%n h ago</source>
        <translation>vor %n Std.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="129"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="131"/>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="247"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="231"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="233"/>
        <source>Started from the preset “{name}”. Changes apply to this conversation only.</source>
        <translation>Begonnen mit der Vorlage „{name}“. Änderungen gelten nur für diese Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="235"/>
        <source>Changes apply to this conversation only.</source>
        <translation>Änderungen gelten nur für diese Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>DocumentProblem</name>
    <message>
        <location filename="../../app/chat/document_problems.py" line="20"/>
        <source>It is a folder, not a file.</source>
        <translation>Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="21"/>
        <source>It is not a regular file (a device, pipe or socket).</source>
        <translation>Es ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="22"/>
        <source>It changed while being read: try again once it is saved.</source>
        <translation>Die Datei hat sich beim Lesen geändert: Versuchen Sie es erneut, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="24"/>
        <source>It changed while it was being read; it will be read again the next time the collection is updated.</source>
        <translation>Die Datei hat sich beim Lesen geändert; sie wird beim nächsten Aktualisieren der Sammlung erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="27"/>
        <source>It is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="28"/>
        <source>Hearth may not read it (permission denied).</source>
        <translation>Hearth darf die Datei nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="29"/>
        <source>It is a link that loops back on itself.</source>
        <translation>Es ist eine Verknüpfung, die auf sich selbst zurückverweist.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="30"/>
        <source>It is a link to something that is not there.</source>
        <translation>Es ist eine Verknüpfung zu etwas, das nicht vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="31"/>
        <source>It is not there any more (moved or deleted?).</source>
        <translation>Die Datei ist nicht mehr vorhanden (verschoben oder gelöscht?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="32"/>
        <source>It is not there any more (deleted or moved while indexing).</source>
        <translation>Die Datei ist nicht mehr vorhanden (während der Indexierung gelöscht oder verschoben).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="34"/>
        <source>It was deleted while being read.</source>
        <translation>Die Datei wurde beim Lesen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="35"/>
        <source>Its drive cannot be read (removed or failing?).</source>
        <translation>Das Laufwerk kann nicht gelesen werden (entfernt oder defekt?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="36"/>
        <source>It could not be opened: {error}.</source>
        <translation>Die Datei konnte nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="37"/>
        <source>It could not be read: {error}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="38"/>
        <source>Too large to index: over {limit}.</source>
        <translation>Zu groß zum Indexieren: über {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="39"/>
        <source>Too large to index: {size} (the limit is {limit}).</source>
        <translation>Zu groß zum Indexieren: {size} (die Grenze liegt bei {limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="40"/>
        <source>Not a document Hearth reads: a zip archive ({suffix}).</source>
        <translation>Kein Dokument, das Hearth liest: ein ZIP-Archiv ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="41"/>
        <source>Not a document Hearth reads: a binary file ({suffix}).</source>
        <translation>Kein Dokument, das Hearth liest: eine Binärdatei ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="42"/>
        <source>An old Office file (.doc, .xls or .ppt), which Hearth does not read: save it as .docx or PDF.</source>
        <translation>Eine alte Office-Datei (.doc, .xls oder .ppt), die Hearth nicht liest: Speichern Sie sie als .docx oder PDF.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="45"/>
        <source>Not a PDF, though its name says so: it does not start as one.</source>
        <translation>Kein PDF, obwohl der Name es angibt: Die Datei beginnt nicht wie ein PDF.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="47"/>
        <source>Not a Word document, though its name says so: it is not a zip.</source>
        <translation>Kein Word-Dokument, obwohl der Name es angibt: Die Datei ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="49"/>
        <source>Not a Word document: a zip archive without a document in it.</source>
        <translation>Kein Word-Dokument: ein ZIP-Archiv ohne Dokument darin.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="51"/>
        <source>Not text: it looks like a binary file.</source>
        <translation>Kein Text: Es sieht nach einer Binärdatei aus.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="52"/>
        <source>It has no text, only blank space.</source>
        <translation>Die Datei enthält keinen Text, nur Leerraum.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="53"/>
        <source>No text in it to index.</source>
        <translation>Kein Text zum Indexieren darin.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="54"/>
        <source>The web page has no text in it.</source>
        <translation>Die Webseite enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="55"/>
        <source>The Word document has no text in it.</source>
        <translation>Das Word-Dokument enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="56"/>
        <source>No text in it: its pages are blank.</source>
        <translation>Kein Text darin: Die Seiten sind leer.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="57"/>
        <source>No text in it: its pages are images (a scan?).</source>
        <translation>Kein Text darin: Die Seiten sind Bilder (ein Scan?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="58"/>
        <source>It is password-protected.</source>
        <translation>Die Datei ist passwortgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="59"/>
        <source>It is protected in a way that Hearth cannot open.</source>
        <translation>Die Datei ist auf eine Weise geschützt, die Hearth nicht öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="60"/>
        <source>The PDF could not be read: it is damaged.</source>
        <translation>Das PDF konnte nicht gelesen werden: Es ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="61"/>
        <source>It has {count} pages; Hearth indexes at most {limit}.</source>
        <translation>Die Datei hat {count} Seiten; Hearth indexiert höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="62"/>
        <source>It holds more text than Hearth indexes from one file ({limit}).</source>
        <translation>Die Datei enthält mehr Text, als Hearth aus einer einzelnen Datei indexiert ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="64"/>
        <source>Reading it needs more memory than Hearth allows for one file.</source>
        <translation>Zum Lesen wird mehr Speicher benötigt, als Hearth für eine einzelne Datei zulässt.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="66"/>
        <source>The {kind} could not be read: it is nested too deeply.</source>
        <translation>{kind} konnte nicht gelesen werden: zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="67"/>
        <source>The {kind} could not be read: {error}</source>
        <translation>{kind} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="68"/>
        <source>The Word document could not be read: {error}</source>
        <translation>Das Word-Dokument konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="69"/>
        <source>The Word document could not be read: it holds {count} parts (a zip bomb?).</source>
        <translation>Das Word-Dokument konnte nicht gelesen werden: Es enthält {count} Teile (eine ZIP-Bombe?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="72"/>
        <source>It would unpack to {size} from {packed} (a zip bomb?).</source>
        <translation>Entpackt würde es von {packed} auf {size} anwachsen (eine ZIP-Bombe?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="74"/>
        <source>The reader stopped before it could read it.</source>
        <translation>Der Leseprozess wurde beendet, bevor er die Datei lesen konnte.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="75"/>
        <source>Reading it took longer than {seconds} s, so it was stopped.</source>
        <translation>Das Lesen dauerte länger als {seconds} s und wurde daher abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="77"/>
        <source>The reader crashed on it (signal {code}).</source>
        <translation>Der Leseprozess ist dabei abgestürzt (Signal {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="78"/>
        <source>The reader crashed on it (exit code {code}).</source>
        <translation>Der Leseprozess ist dabei abgestürzt (Exit-Code {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="82"/>
        <source>PDF</source>
        <translation>Das PDF</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="83"/>
        <source>Word document</source>
        <translation>Das Word-Dokument</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="84"/>
        <source>web page</source>
        <translation>Die Webseite</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="85"/>
        <source>Markdown file</source>
        <translation>Die Markdown-Datei</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="86"/>
        <source>text file</source>
        <translation>Die Textdatei</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="87"/>
        <source>code file</source>
        <translation>Die Codedatei</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../app/ui/documents_window.py" line="67"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="68"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Dokumente ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="75"/>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="81"/>
        <location filename="../../app/ui/documents_window.py" line="337"/>
        <source>Reading now…</source>
        <translation>Wird gerade gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="83"/>
        <source>Indexed · one passage</source>
        <translation>Indexiert · eine Textstelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="87"/>
        <location filename="../../app/ui/documents_window.py" line="338"/>
        <source>Not indexed</source>
        <translation>Nicht indexiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="88"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="169"/>
        <source>Why it was not indexed</source>
        <translation>Warum nicht indexiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="199"/>
        <location filename="../../app/ui/documents_window.py" line="642"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="212"/>
        <source>Problem with the documents index</source>
        <translation>Problem mit dem Dokumentindex</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="213"/>
        <source>Rebuild the index…</source>
        <translation>Index neu aufbauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="222"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="225"/>
        <source>&amp;Collections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="227"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="229"/>
        <source>&amp;Delete collection…</source>
        <translation>Sammlung &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="246"/>
        <source>A collection is a set of folders and files that your chats can search and cite, all on this computer. Choose New collection… to make the first one.</source>
        <translation>Eine Sammlung ist eine Gruppe von Ordnern und Dateien, die Ihre Chats durchsuchen und zitieren können – alles auf diesem Computer. Wählen Sie „Neue Sammlung…“, um die erste anzulegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="262"/>
        <source>Close the Documents window</source>
        <translation>Fenster „Dokumente“ schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="283"/>
        <source>Folders and files in the collection</source>
        <translation>Ordner und Dateien der Sammlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="287"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="289"/>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="291"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="292"/>
        <source>Remove the chosen folder or file</source>
        <translation>Gewählten Ordner oder gewählte Datei entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="300"/>
        <location filename="../../app/ui/documents_window.py" line="427"/>
        <source>&amp;Index now</source>
        <translation>Jetzt &amp;indexieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="303"/>
        <source>Indexing</source>
        <translation>Indexierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="304"/>
        <location filename="../../app/ui/documents_window.py" line="512"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="306"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="307"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="315"/>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indexierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="323"/>
        <source>Files in the collection</source>
        <translation>Dateien der Sammlung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="336"/>
        <source>Indexed · %n passages</source>
        <translation>
            <numerusform>Indexiert · %n Textstelle</numerusform>
            <numerusform>Indexiert · %n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="344"/>
        <source>The chosen file</source>
        <translation>Die gewählte Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="401"/>
        <source>Folders and files in {name}</source>
        <translation>Ordner und Dateien in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="426"/>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="448"/>
        <source>Nothing in it yet: Add folder… or Add files…, and they are indexed at once.</source>
        <translation>Noch leer: Mit „Ordner hinzufügen…“ oder „Dateien hinzufügen…“ werden sie sofort indexiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="451"/>
        <source>Files: none indexed yet.</source>
        <translation>Dateien: noch keine indexiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="458"/>
        <source>Files: {total} · indexed {indexed} · passages {passages}</source>
        <translation>Dateien: {total} · indexiert {indexed} · Textstellen {passages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="462"/>
        <source> · waiting {count}</source>
        <translation> · wartend {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="465"/>
        <source> · not indexed {count} (listed first, with the reason)</source>
        <translation> · nicht indexiert {count} (zuerst aufgeführt, mit Grund)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="478"/>
        <source>Choose a file to see where it is and its state.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wo sie liegt und in welchem Zustand sie ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="480"/>
        <source>{path}
Not indexed: {reason}</source>
        <translation>{path}
Nicht indexiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="498"/>
        <source>Paused after {done} of {total}. Resume goes on with the next file.</source>
        <translation>Angehalten nach {done} von {total}. „Fortsetzen“ macht mit der nächsten Datei weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="501"/>
        <source>Indexing {number} of {total}: {name}</source>
        <translation>Indexiere {number} von {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="504"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="506"/>
        <source>Waiting until {other} is indexed.</source>
        <translation>Wartet, bis {other} indexiert ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="511"/>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="535"/>
        <source>Indexing stopped: {problem}</source>
        <translation>Indexierung angehalten: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="541"/>
        <source>Cancelled. What was indexed is kept; Update goes on from there.</source>
        <translation>Abgebrochen. Bereits Indexiertes bleibt erhalten; „Aktualisieren“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="543"/>
        <source>Up to date at {time}: {new} read, {same} unchanged.</source>
        <translation>Aktuell um {time}: {new} gelesen, {same} unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="547"/>
        <source>%n could not be read (see below).</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden (siehe unten).</numerusform>
            <numerusform>%n konnten nicht gelesen werden (siehe unten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="550"/>
        <source>%n gone from disk, forgotten.</source>
        <translation>
            <numerusform>%n von der Festplatte verschwunden, vergessen.</numerusform>
            <numerusform>%n von der Festplatte verschwunden, vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="552"/>
        <source>Not there (a removed drive?): {paths}; what was indexed from it is kept.</source>
        <translation>Nicht vorhanden (ein entferntes Laufwerk?): {paths}; was daraus indexiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="562"/>
        <location filename="../../app/ui/documents_window.py" line="575"/>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="563"/>
        <source>Name of the new collection (for example Tax 2026):</source>
        <translation>Name der neuen Sammlung (zum Beispiel Steuer 2026):</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="588"/>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="589"/>
        <source>Delete the collection {name}? What was indexed from it is forgotten; the files themselves stay where they are.</source>
        <translation>Die Sammlung {name} löschen? Was daraus indexiert wurde, wird vergessen; die Dateien selbst bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="613"/>
        <source>Remove from the collection</source>
        <translation>Aus der Sammlung entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="614"/>
        <source>Remove {path} from {name}? What was indexed from it is forgotten; the files stay on disk.</source>
        <translation>{path} aus {name} entfernen? Was daraus indexiert wurde, wird vergessen; die Dateien bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="631"/>
        <source>Rebuild the documents index</source>
        <translation>Dokumentindex neu aufbauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="632"/>
        <source>Replace the damaged index with a new, empty one? The collections it can still name are kept; Index now reads their files again. Your chats and your files are not touched.</source>
        <translation>Den beschädigten Index durch einen neuen, leeren ersetzen? Die Sammlungen, die er noch nennen kann, bleiben erhalten; „Jetzt indexieren“ liest ihre Dateien erneut. Ihre Chats und Dateien bleiben unberührt.</translation>
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
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="101"/>
        <location filename="../../app/ui/model_manager.py" line="140"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>{done} of {total} · {speed} MB/s · {eta} left</source>
        <translation>{done} von {total} · {speed} MB/s · noch {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>Paused at {done} of {total}; resume any time, even after restarting Hearth.</source>
        <translation>Angehalten bei {done} von {total}; jederzeit fortsetzbar, auch nach einem Neustart von Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="130"/>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="132"/>
        <source>Downloaded and verified.</source>
        <translation>Heruntergeladen und geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="134"/>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Abgebrochen; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="136"/>
        <source>Waiting for the download before it.</source>
        <translation>Wartet auf den vorherigen Download.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="138"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="139"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="153"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="154"/>
        <source>Cancel the download of {name} and delete what was downloaded so far?</source>
        <translation>Download von {name} abbrechen und das bisher Heruntergeladene löschen?</translation>
    </message>
</context>
<context>
    <name>GpuLayersEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="83"/>
        <source>Auto: as many as fit in the GPU&apos;s memory</source>
        <translation>Automatisch: so viele, wie in den GPU-Speicher passen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="85"/>
        <source>None: run on the CPU only</source>
        <translation>Keine: nur auf der CPU ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="86"/>
        <source>This many layers:</source>
        <translation>So viele Schichten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88"/>
        <source>Layers on the GPU</source>
        <translation>Schichten auf der GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="92"/>
        <source>Number of layers on the GPU</source>
        <translation>Anzahl der Schichten auf der GPU</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../app/chat/history_import.py" line="58"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35"/>
        <source>Choose an export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36"/>
        <source>Exports (*.zip *.json *.jsonl *.chat);;All files (*)</source>
        <translation>Exporte (*.zip *.json *.jsonl *.chat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Bring in your conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All. The other app&apos;s files are only read, never changed; importing the same export again adds only what is new.</source>
        <translation>Holen Sie Ihre Unterhaltungen aus ChatGPT, Open WebUI, Jan, LM Studio oder GPT4All herüber. Die Dateien der anderen App werden nur gelesen, nie verändert; wird derselbe Export erneut importiert, kommt nur Neues hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Conversations found on this computer</source>
        <translation>Auf diesem Computer gefundene Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>The app the export comes from</source>
        <translation>Die App, aus der der Export stammt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Detect the app</source>
        <translation>App automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Choose an export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Choose another app&apos;s folder</source>
        <translation>Ordner einer anderen App wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>What was imported</source>
        <translation>Was importiert wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>What was imported, and what was skipped and why, shows here.</source>
        <translation>Hier steht, was importiert wurde, was übersprungen wurde und warum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>&amp;Stop import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Stop the import</source>
        <translation>Den Import stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Found %n conversation(s) from {app} in {folder}</source>
        <translation>
            <numerusform>%n Unterhaltung aus {app} in {folder} gefunden</numerusform>
            <numerusform>%n Unterhaltungen aus {app} in {folder} gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Import the conversations from {app}</source>
        <translation>Die Unterhaltungen aus {app} importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Reading {path}…</source>
        <translation>{path} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Stopped: what was imported before stopping is kept.</source>
        <translation>Gestoppt: Was bis dahin importiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>Every conversation in it was imported before: nothing new.</source>
        <translation>Alle Unterhaltungen darin wurden schon importiert: nichts Neues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source>From {app}:</source>
        <translation>Aus {app}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n neue Unterhaltung</numerusform>
            <numerusform>%n neue Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>%n conversation(s) with new messages</source>
        <translation>
            <numerusform>%n Unterhaltung mit neuen Nachrichten</numerusform>
            <numerusform>%n Unterhaltungen mit neuen Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n bereits importiert</numerusform>
            <numerusform>%n bereits importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="209"/>
        <source>%n message(s), of which {versions} other versions</source>
        <translation>
            <numerusform>%n Nachricht, davon {versions} weitere Versionen</numerusform>
            <numerusform>%n Nachrichten, davon {versions} weitere Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>Skipped %n:</source>
        <translation>
            <numerusform>%n übersprungen:</numerusform>
            <numerusform>%n übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>  … and %n more (the command line&apos;s --json lists them all)</source>
        <translation>
            <numerusform>  … und %n weiterer (die Option --json der Befehlszeile listet alle)</numerusform>
            <numerusform>  … und %n weitere (die Option --json der Befehlszeile listet alle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="221"/>
        <source>Imported with %n problem(s):</source>
        <translation>
            <numerusform>Importiert mit %n Problem:</numerusform>
            <numerusform>Importiert mit %n Problemen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="113"/>
        <source>Text size %1%</source>
        <translation>Textgröße %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <location filename="../../app/ui/window_status.py" line="21"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Blocked a link Hearth does not open: {url}</source>
        <translation>Einen Link blockiert, den Hearth nicht öffnet: {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Another import is running. Drop {file} again once it is done.</source>
        <translation>Ein anderer Import läuft. Ziehen Sie {file} erneut hierher, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>{file} is a conversation export from {app}. Import its conversations into Hearth?</source>
        <translation>{file} ist ein Export von Unterhaltungen aus {app}. Die Unterhaltungen in Hearth importieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Attach files to this chat</source>
        <translation>Dateien an diesen Chat anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>This conversation could not be read: {problem}</source>
        <translation>Diese Unterhaltung konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Your message could not be saved ({problem}). It is still in the box below; free some disk space and press Enter again.</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden ({problem}). Sie steht noch im Feld unten; geben Sie etwas Speicherplatz frei und drücken Sie erneut die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Local API on the network</source>
        <translation>Lokale API im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Other computers that can reach this one will be able to use the model (with the token), and what they send is processed here. Listen on the network?</source>
        <translation>Andere Computer, die diesen erreichen, können das Modell (mit dem Token) nutzen, und was sie senden, wird hier verarbeitet. Im Netzwerk lauschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Other apps on this computer can now use {address}/v1 with the bearer token:

{token}

Settings shows it again.</source>
        <translation>Andere Apps auf diesem Computer können jetzt {address}/v1 mit diesem Bearer-Token verwenden:

{token}

Die Einstellungen zeigen es erneut an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>{app} {version}
Private, offline chat with open models.
Your data: {folder}</source>
        <translation>{app} {version}
Privater Offline-Chat mit offenen Modellen.
Ihre Daten: {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>%n tokens · {speed} tokens/s</source>
        <translation>
            <numerusform>%n Token · {speed} Tokens/s</numerusform>
            <numerusform>%n Tokens · {speed} Tokens/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="45"/>
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="51"/>
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="52"/>
        <location filename="../../app/ui/window_menus.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="84"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>New chat from &amp;preset…</source>
        <translation>Neuer Chat aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="42"/>
        <source>&amp;Import conversations…</source>
        <translation>Unterhaltungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokumente…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Actual text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="23"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="24"/>
        <source>Generating…</source>
        <translation>Generiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="25"/>
        <source>Model failed to load</source>
        <translation>Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="65"/>
        <source>Loading… {percent}%</source>
        <translation>Wird geladen… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="105"/>
        <source>The model could not be loaded. {problem} Your conversations are still here to read.</source>
        <translation>Das Modell konnte nicht geladen werden. {problem} Ihre Unterhaltungen sind weiterhin lesbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="113"/>
        <source>Setting up the bundled model (first start only)…</source>
        <translation>Das mitgelieferte Modell wird eingerichtet (nur beim ersten Start)…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Version {which} of {count}</source>
        <translation>Version {which} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this reply</source>
        <translation>diese Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this message</source>
        <translation>diese Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="86"/>
        <source>message {n} (a reply)</source>
        <translation>Nachricht {n} (eine Antwort)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="87"/>
        <source>message {n} (yours)</source>
        <translation>Nachricht {n} (Ihre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="96"/>
        <source>Previous version of {subject}</source>
        <translation>Vorherige Version von {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="97"/>
        <source>Next version of {subject}</source>
        <translation>Nächste Version von {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="98"/>
        <source>Edit {subject}</source>
        <translation>{subject} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="99"/>
        <source>Edit and send as a new version (the old one stays)</source>
        <translation>Bearbeiten und als neue Version senden (die alte bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Regenerate {subject}</source>
        <translation>{subject} neu generieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Another reply; this one stays as a version</source>
        <translation>Eine weitere Antwort; diese bleibt als Version erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="102"/>
        <source>Continue {subject}</source>
        <translation>{subject} fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="103"/>
        <source>Continue this reply from where it stopped</source>
        <translation>Diese Antwort dort fortsetzen, wo sie aufgehört hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="104"/>
        <source>Delete {subject}</source>
        <translation>{subject} löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="105"/>
        <source>Delete this message and what follows (Ctrl+Z undoes)</source>
        <translation>Diese Nachricht und alles Folgende löschen (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <location filename="../../app/ui/message_column.py" line="67"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="106"/>
        <source>Show {page} earlier messages ({count} in all)</source>
        <translation>{page} frühere Nachrichten zeigen ({count} insgesamt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="117"/>
        <source>⋯  Messages above this line no longer fit the model&apos;s context window and were not sent with the last question  ⋯</source>
        <translation>⋯  Nachrichten über dieser Linie passen nicht mehr in das Kontextfenster des Modells und wurden mit der letzten Frage nicht gesendet  ⋯</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <location filename="../../app/chat/message_commands.py" line="49"/>
        <source>Restore the deleted message</source>
        <translation>Gelöschte Nachricht wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="51"/>
        <source>Deleted the message and what followed it. Ctrl+Z brings it back.</source>
        <translation>Die Nachricht und alles Folgende gelöscht. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="60"/>
        <source>{problem} Your text is still in the box.</source>
        <translation>{problem} Ihr Text steht noch im Feld.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="269"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="284"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="287"/>
        <source>Copy this message as Markdown</source>
        <translation>Diese Nachricht als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="346"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="351"/>
        <source>[{number}] {file} · {where}</source>
        <translation>[{number}] {file} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="356"/>
        <source>Source {number}: {file}, {where}</source>
        <translation>Quelle {number}: {file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="389"/>
        <source>replying…</source>
        <translation>antwortet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="390"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="391"/>
        <source>interrupted — Hearth closed before this reply finished</source>
        <translation>unterbrochen – Hearth wurde beendet, bevor diese Antwort fertig war</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="393"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="417"/>
        <source>Stopped while the model was thinking, before its answer.</source>
        <translation>Gestoppt, während das Modell nachdachte, noch vor seiner Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="419"/>
        <source>Hearth closed while the model was thinking, before its answer.</source>
        <translation>Hearth wurde beendet, während das Modell nachdachte, noch vor seiner Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="421"/>
        <source>The reply reached its length limit while the model was still thinking. Raise the maximum reply length in Settings and regenerate.</source>
        <translation>Die Antwort hat ihre maximale Länge erreicht, während das Modell noch nachdachte. Erhöhen Sie in den Einstellungen die maximale Antwortlänge und generieren Sie die Antwort neu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="427"/>
        <source>Stopped before any text. Regenerate asks again.</source>
        <translation>Vor jedem Text gestoppt. „Neu generieren“ fragt erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="428"/>
        <source>Hearth closed before any text came. Regenerate asks again.</source>
        <translation>Hearth wurde beendet, bevor Text kam. „Neu generieren“ fragt erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="430"/>
        <source>The model gave an empty reply.</source>
        <translation>Das Modell hat eine leere Antwort gegeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="482"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="483"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="567"/>
        <source>Showing all… {percent}%</source>
        <translation>Alles wird angezeigt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="574"/>
        <source>Show all ({count} characters)</source>
        <translation>Alles anzeigen ({count} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="576"/>
        <source>Show all of this message ({count} characters)</source>
        <translation>Diese Nachricht ganz anzeigen ({count} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="577"/>
        <source>Only the start of this long message is shown</source>
        <translation>Von dieser langen Nachricht wird nur der Anfang angezeigt</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <location filename="../../app/chat/model_choice.py" line="117"/>
        <source>This conversation used {model} on the connection “{name}”, which has been removed. Choose a model for it above.</source>
        <translation>Diese Unterhaltung nutzte {model} über die Verbindung „{name}“, die entfernt wurde. Wählen Sie oben ein Modell dafür.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="119"/>
        <source>The default model, {model} on “{name}”, is no longer available: its connection has been removed. Choose a model above or in Settings.</source>
        <translation>Das Standardmodell {model} auf „{name}“ ist nicht mehr verfügbar: seine Verbindung wurde entfernt. Wählen Sie oben oder in den Einstellungen ein Modell.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="127"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>Kein Modell eingerichtet. Wählen Sie in den Einstellungen eine Modelldatei.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="136"/>
        <source>The model this conversation used, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose another model for it above, or get it again in {app}.</source>
        <translation>Das Modell dieser Unterhaltung, {name} aus {app}, ist nicht mehr auf diesem Computer: {app} hat es gelöscht oder verschoben. Wählen Sie oben ein anderes Modell oder holen Sie es in {app} erneut.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="139"/>
        <source>The default model, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose a model above or in Models.</source>
        <translation>Das Standardmodell {name} aus {app} ist nicht mehr auf diesem Computer: {app} hat es gelöscht oder verschoben. Wählen Sie oben oder unter „Modelle“ ein Modell.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="145"/>
        <source>The model this conversation used, {name}, is no longer on this computer. Choose another model for it above, or download it again in Models.</source>
        <translation>Das Modell dieser Unterhaltung, {name}, ist nicht mehr auf diesem Computer. Wählen Sie oben ein anderes oder laden Sie es unter „Modelle“ erneut herunter.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="178"/>
        <source>chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="179"/>
        <source>plain transcript</source>
        <translation>reines Transkript</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="181"/>
        <source> · base model</source>
        <translation> · Basismodell</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="182"/>
        <source>{tokens} ctx</source>
        <translation>{tokens} Kontext</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="183"/>
        <source>context size unknown</source>
        <translation>Kontextgröße unbekannt</translation>
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
        <translation>Was Sie in dieser Unterhaltung schreiben, wird an {host} gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="313"/>
        <source>The model changes after the current reply.</source>
        <translation>Das Modell wechselt nach der laufenden Antwort.</translation>
    </message>
</context>
<context>
    <name>ModelFileEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>the bundled model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Browse for a model file</source>
        <translation>Nach einer Modelldatei suchen</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="172"/>
        <location filename="../../app/ui/model_manager.py" line="206"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="208"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="213"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="232"/>
        <source>Catalog of models</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>owner/repository</source>
        <translation>Besitzer/Repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Hugging Face repository</source>
        <translation>Hugging-Face-Repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>File name in the repository</source>
        <translation>Dateiname im Repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="252"/>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Download from Hugging Face</source>
        <translation>Von Hugging Face herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="254"/>
        <location filename="../../app/ui/model_manager.py" line="605"/>
        <source>Import a .gguf file…</source>
        <translation>GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="257"/>
        <source>Any GGUF:</source>
        <translation>Beliebiges GGUF:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="269"/>
        <source>This computer has {memory} of memory free for a model (a GPU&apos;s included). Models that fit and should write at least 8 tokens a second here come first; the speeds are estimates from the replies measured on this computer. Downloads come from Hugging Face; nothing is sent anywhere until you press Download.</source>
        <translation>Dieser Computer hat {memory} Speicher frei für ein Modell (inklusive GPU). Modelle, die passen und hier mindestens 8 Tokens pro Sekunde schreiben sollten, stehen oben; die Geschwindigkeiten sind Schätzungen aus den auf diesem Computer gemessenen Antworten. Downloads kommen von Hugging Face; nichts wird gesendet, bevor Sie auf „Herunterladen“ klicken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <source>Too large for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="296"/>
        <source>{name} needs about {needed} of memory and this computer has {free}. It will probably not run. Download anyway?</source>
        <translation>{name} braucht etwa {needed} Speicher, dieser Computer hat {free}. Es wird wahrscheinlich nicht laufen. Trotzdem herunterladen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="308"/>
        <source>Enter a repository like owner/name and a file name ending in .gguf.</source>
        <translation>Geben Sie ein Repository wie Besitzer/Name und einen Dateinamen mit der Endung .gguf ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="320"/>
        <source>No downloads yet. Pick a model in the Catalog tab.</source>
        <translation>Noch keine Downloads. Wählen Sie ein Modell im Katalog.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="344"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="355"/>
        <source>Use as default</source>
        <translation>Als Standard verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="357"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="359"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="383"/>
        <location filename="../../app/ui/model_manager.py" line="503"/>
        <source>{name}  (in use)</source>
        <translation>{name}  (in Verwendung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="406"/>
        <location filename="../../app/ui/model_manager.py" line="409"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="407"/>
        <source>{name} is in use. Choose another model first.</source>
        <translation>{name} wird verwendet. Wählen Sie zuerst ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="410"/>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>{name} ({size}) von diesem Computer löschen?
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="421"/>
        <source>Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this computer. Hearth uses them where they are, without copying them, and never changes or deletes their files: Remove only makes Hearth forget one.</source>
        <translation>Modelle, die andere Apps (LM Studio, Ollama, GPT4All, Jan) auf diesen Computer heruntergeladen haben. Hearth verwendet sie dort, wo sie liegen, ohne sie zu kopieren, und ändert oder löscht ihre Dateien nie: „Entfernen“ lässt Hearth ein Modell nur vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="427"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="429"/>
        <source>Models from other apps on this computer</source>
        <translation>Modelle anderer Apps auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="445"/>
        <location filename="../../app/ui/model_manager.py" line="549"/>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="447"/>
        <source>Use the chosen model where it is</source>
        <translation>Das gewählte Modell dort verwenden, wo es liegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="449"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="451"/>
        <source>Remove the chosen model from this list; its file stays</source>
        <translation>Das gewählte Modell aus dieser Liste entfernen; seine Datei bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="453"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="454"/>
        <source>Look again in other apps&apos; folders</source>
        <translation>Erneut in den Ordnern anderer Apps suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="475"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation>Die Ordner anderer Apps werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="488"/>
        <source>Missing: {app} deleted or moved it</source>
        <translation>Fehlt: {app} hat es gelöscht oder verschoben</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="490"/>
        <source>Cannot be used: {reason}</source>
        <translation>Nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="492"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="494"/>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="516"/>
        <source>No models were found in the folders of LM Studio, Ollama, GPT4All or Jan.</source>
        <translation>In den Ordnern von LM Studio, Ollama, GPT4All und Jan wurden keine Modelle gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="518"/>
        <source>Press Look again to look in other apps&apos; folders.</source>
        <translation>Klicken Sie auf „Erneut suchen“, um in den Ordnern anderer Apps zu suchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="520"/>
        <source>Models from other apps: %n; {missing} of them no longer there.</source>
        <translation>
            <numerusform>Modelle aus anderen Apps: %n; davon {missing} nicht mehr vorhanden.</numerusform>
            <numerusform>Modelle aus anderen Apps: %n; davon {missing} nicht mehr vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="523"/>
        <source>Models from other apps: %n, used where they are.</source>
        <translation>
            <numerusform>Modelle aus anderen Apps: %n, dort verwendet, wo es liegt.</numerusform>
            <numerusform>Modelle aus anderen Apps: %n, dort verwendet, wo sie liegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="550"/>
        <source>An import is still running; try again when it is done.</source>
        <translation>Ein Import läuft noch; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="571"/>
        <source>This model cannot be used</source>
        <translation>Dieses Modell kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="577"/>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="578"/>
        <source>Stop offering {name}? Its file stays where {app} keeps it:
{path}</source>
        <translation>{name} nicht mehr anbieten? Die Datei bleibt, wo {app} sie aufbewahrt:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="587"/>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="588"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="601"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>{name} was imported. {note}</source>
        <translation>{name} wurde importiert. {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="616"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
</context>
<context>
    <name>ModelOfferBar</name>
    <message>
        <location filename="../../app/ui/model_offer.py" line="22"/>
        <source>Offer of an instruct model</source>
        <translation>Angebot eines Instruct-Modells</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="27"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="29"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="30"/>
        <source>Hide this for good; the Models window has them all</source>
        <translation>Dauerhaft ausblenden; das Fenster „Modelle“ enthält sie alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="32"/>
        <source>Not now: hide this offer for good</source>
        <translation>Nicht jetzt: dieses Angebot dauerhaft ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="50"/>
        <source>{0} is a base model: it continues text rather than following instructions, so its answers are rough.</source>
        <translation>{0} ist ein Basismodell: es setzt Text fort, statt Anweisungen zu folgen, daher sind seine Antworten holprig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="53"/>
        <source>{0} follows instructions and fits this computer.</source>
        <translation>{0} folgt Anweisungen und passt auf diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="57"/>
        <source>about {0} tokens a second</source>
        <translation>etwa {0} Tokens pro Sekunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="58"/>
        <source>under a token a second</source>
        <translation>unter einem Token pro Sekunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="59"/>
        <source>{0} follows instructions, fits this computer and should write {1} here.</source>
        <translation>{0} folgt Anweisungen, passt auf diesen Computer und sollte hier {1} schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="61"/>
        <source>{0} follows instructions and fits this computer, though it would write only {1} here.</source>
        <translation>{0} folgt Anweisungen und passt auf diesen Computer, würde hier aber nur {1} schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="65"/>
        <source>Download {0} ({1})</source>
        <translation>{0} herunterladen ({1})</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../app/chat/model_setup.py" line="59"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>Kein Modell eingerichtet. Wählen Sie in den Einstellungen eine Modelldatei.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_setup.py" line="48"/>
        <source>Setting up the bundled model was cancelled.</source>
        <translation>Die Einrichtung des mitgelieferten Modells wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/chat/navigator.py" line="83"/>
        <source>A new chat could not be started: {problem}</source>
        <translation>Ein neuer Chat konnte nicht begonnen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="98"/>
        <source>Restore “{title}”</source>
        <translation>„{title}“ wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="100"/>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>„{title}“ in den Papierkorb verschoben. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/chat/preferences.py" line="48"/>
        <source>Could not save the settings: {problem}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="79"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="92"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="100"/>
        <source>My preset</source>
        <translation>Meine Vorlage</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="113"/>
        <source>New chat from preset</source>
        <translation>Neuer Chat aus Vorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="118"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="128"/>
        <source>New preset…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="130"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="132"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="134"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="143"/>
        <source>Start chat</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="156"/>
        <source>  (yours)</source>
        <translation>  (eigene)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="199"/>
        <source>My preset</source>
        <translation>Meine Vorlage</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="37"/>
        <source>Instructions the model follows</source>
        <translation>Anweisungen, denen das Modell folgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="42"/>
        <source>Lower is steadier, higher is more varied</source>
        <translation>Niedriger ist beständiger, höher ist abwechslungsreicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="51"/>
        <source>as much as the model allows</source>
        <translation>so viel, wie das Modell erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="54"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="55"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="56"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="57"/>
        <source>Longest reply (tokens)</source>
        <translation>Längste Antwort (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="58"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Default system prompt</source>
        <translation>Standard-Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Used by new conversations; each conversation can change its own.</source>
        <translation>Wird von neuen Unterhaltungen verwendet; jede kann ihren eigenen ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Maximum reply length (tokens)</source>
        <translation>Maximale Antwortlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Random seed (-1 = different every time)</source>
        <translation>Zufallsstartwert (-1 = jedes Mal anders)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Capped at the model&apos;s own maximum.</source>
        <translation>Begrenzt auf das Maximum des Modells.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Layers on the GPU (-2 = Auto, -1 = all, 0 = none)</source>
        <translation>Schichten auf der GPU (-2 = Auto, -1 = alle, 0 = keine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.</source>
        <translation>Automatisch legt so viele Schichten auf die GPU, wie samt Kontext in ihren freien Speicher passen; ohne GPU keine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>CPU threads (0 = automatic)</source>
        <translation>CPU-Threads (0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Empty means the bundled model.</source>
        <translation>Leer bedeutet das mitgelieferte Modell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Das geladene Modell anderen Apps auf diesem Computer bereitstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.</source>
        <translation>Eine OpenAI-kompatible API auf 127.0.0.1 (/v1/models, /v1/chat/completions), geschützt durch das unten angezeigte Token. Standardmäßig aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Port for the local API</source>
        <translation>Port für die lokale API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Also let other computers on the network use it (not only this one)</source>
        <translation>Auch andere Computer im Netzwerk zulassen (nicht nur diesen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.</source>
        <translation>Lauscht auf allen Netzwerkschnittstellen statt auf 127.0.0.1. Wer diesen Computer erreicht und das Token hat, kann dann das Modell nutzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>Memory for going back to recent conversations (MB, 0 = automatic)</source>
        <translation>Speicher für die Rückkehr zu letzten Unterhaltungen (MB, 0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>Each recent conversation&apos;s state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer&apos;s memory, at most 2 GB.</source>
        <translation>Der Zustand jeder letzten Unterhaltung wird behalten, sodass die Rückkehr ihren Verlauf nicht neu einliest. Automatisch: ein Achtel des Speichers dieses Computers, höchstens 2 GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Language (applied at the next start)</source>
        <translation>Sprache (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="63"/>
        <source>System follows this computer&apos;s language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese.</source>
        <translation>„System“ folgt der Sprache dieses Computers. Hearth spricht Englisch, Deutsch, Französisch, Spanisch, vereinfachtes Chinesisch und Japanisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Embedding model for documents</source>
        <translation>Embedding-Modell für Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again.</source>
        <translation>Wie Ihre Dokumente nach Bedeutung durchsucht werden. Das mitgelieferte Modell liest Englisch am besten; ein stärkeres oder mehrsprachiges können Sie unter Modelle (Für Dokumente) herunterladen. Ihre Dokumente werden dann neu indiziert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Search what reasoning models thought, too</source>
        <translation>Auch durchsuchen, was Reasoning-Modelle gedacht haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Search finds words in the replies&apos; answers; with this on, also in the thinking that reasoning models write before they answer.</source>
        <translation>Die Suche findet Wörter in den Antworten; ist dies eingeschaltet, auch im Nachdenken, das Reasoning-Modelle vor ihrer Antwort schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Choose a model file</source>
        <translation>Modelldatei wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="143"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>saved — type a new one to replace it</source>
        <translation>gespeichert – zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>Forget the Hugging Face token</source>
        <translation>Das Hugging-Face-Token vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Hugging Face token (for gated models)</source>
        <translation>Hugging-Face-Token (für zugangsbeschränkte Modelle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Token for the local API</source>
        <translation>Token für die lokale API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Where the local API&apos;s token is kept</source>
        <translation>Wo das Token der lokalen API gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Other apps send it as a bearer token.</source>
        <translation>Andere Apps senden es als Bearer-Token.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Layers on the GPU</source>
        <translation>Schichten auf der GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="228"/>
        <source>Bundled: all-MiniLM-L6-v2 (English)</source>
        <translation>Mitgeliefert: all-MiniLM-L6-v2 (Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>{file} (missing: the bundled one is used)</source>
        <translation>{file} (fehlt: das mitgelieferte wird verwendet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="238"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="271"/>
        <source>Your token is stored in the system keyring.</source>
        <translation>Ihr Token ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="273"/>
        <source>No system keyring is available, so your token is kept in {file}, readable only by you.</source>
        <translation>Kein Schlüsselbund verfügbar, daher liegt Ihr Token in {file}, nur für Sie lesbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="275"/>
        <source>No system keyring is available, so your token is kept in memory only and forgotten when Hearth closes.</source>
        <translation>Kein Schlüsselbund verfügbar, daher bleibt Ihr Token nur im Speicher und wird beim Beenden von Hearth vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="282"/>
        <source>Kept in {file}, readable only by you: this computer has no system keyring.</source>
        <translation>In {file} gespeichert, nur für Sie lesbar: dieser Computer hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="285"/>
        <source>Kept in the system keyring.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="286"/>
        <source>Kept in memory only, so it changes when Hearth restarts: there is no system keyring, and the settings folder could not be written.</source>
        <translation>Nur im Speicher, daher ändert es sich bei jedem Neustart von Hearth: es gibt keinen Schlüsselbund, und der Einstellungsordner war nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="82"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
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
        <translation>Die entstehende Antwort stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="37"/>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorherigen Element wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Message box</source>
        <translation>Nachrichtenfeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="39"/>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="41"/>
        <source>Start a new line</source>
        <translation>Eine neue Zeile beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="43"/>
        <source>Cancel editing a message</source>
        <translation>Bearbeiten einer Nachricht abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Search box</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Go to the results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="47"/>
        <source>Open the first result</source>
        <translation>Das erste Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49"/>
        <source>Clear the search</source>
        <translation>Die Suche leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51"/>
        <source>Open the conversation and go to its message box</source>
        <translation>Die Unterhaltung öffnen und zu ihrem Nachrichtenfeld wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="72"/>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="101"/>
        <source>Everything in Hearth can be done from the keyboard. Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the system&apos;s.</source>
        <translation>Alles in Hearth lässt sich mit der Tastatur erledigen. Textgröße: Strg+= größer, Strg+- kleiner, Strg+0 wie im System.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="110"/>
        <source>Shortcuts, by where they work</source>
        <translation>Tastenkürzel, nach Ort geordnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="129"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="138"/>
        <source>Close keyboard shortcuts</source>
        <translation>Tastenkürzel schließen</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="41"/>
        <source>Source {number}: {file}</source>
        <translation>Quelle {number}: {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="44"/>
        <source>{file}, {where}</source>
        <translation>{file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="52"/>
        <source>The passage the reply was given</source>
        <translation>Die Textstelle, die der Antwort vorlag</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="55"/>
        <source>Open the file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="56"/>
        <source>Open {file}</source>
        <translation>{file} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="71"/>
        <source>{file} is not there any more.</source>
        <translation>{file} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="75"/>
        <source>Open {file} in the app your system uses for it?</source>
        <translation>{file} mit der App öffnen, die Ihr System dafür verwendet?</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/chat/summarize.py" line="117"/>
        <location filename="../../app/chat/summarize.py" line="133"/>
        <source>**Part {number}.** {text}</source>
        <translation>**Teil {number}.** {text}</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="121"/>
        <source>**Summary of {file}**</source>
        <translation>**Zusammenfassung von {file}**</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="123"/>
        <source>*The parts, one by one:*</source>
        <translation>*Die Teile, einer nach dem anderen:*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="125"/>
        <source>*Summarizing {file}: part {number} of {count}…*</source>
        <translation>*{file} wird zusammengefasst: Teil {number} von {count}…*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="129"/>
        <source>*Combining the summaries of the {count} parts…*</source>
        <translation>*Die Zusammenfassungen der {count} Teile werden zusammengeführt…*</translation>
    </message>
</context>
<context>
    <name>ThinkingBlock</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="156"/>
        <source>The model&apos;s thinking</source>
        <translation>Das Nachdenken des Modells</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="185"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thinking cut off</source>
        <translation>Nachdenken abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thought</source>
        <translation>Nachgedacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="190"/>
        <source>Thinking cut off after {seconds} s</source>
        <translation>Nachdenken nach {seconds} s abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="191"/>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} s nachgedacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="198"/>
        <source>{label}: hide the model&apos;s thinking</source>
        <translation>{label}: Nachdenken des Modells ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="199"/>
        <source>{label}: show the model&apos;s thinking</source>
        <translation>{label}: Nachdenken des Modells anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="200"/>
        <source>Hide the thinking</source>
        <translation>Nachdenken ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="201"/>
        <source>Show what the model thought before answering</source>
        <translation>Zeigen, was das Modell vor der Antwort gedacht hat</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="33"/>
        <source>Deleted conversations stay here for %n days, then go for good.</source>
        <translation>
            <numerusform>Gelöschte Unterhaltungen bleiben %n Tag hier und verschwinden dann endgültig.</numerusform>
            <numerusform>Gelöschte Unterhaltungen bleiben %n Tage hier und verschwinden dann endgültig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="38"/>
        <source>Conversations in the Trash</source>
        <translation>Unterhaltungen im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="40"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="44"/>
        <source>Delete for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="46"/>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="65"/>
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="101"/>
        <source>all %n conversations in the trash</source>
        <translation>
            <numerusform>die %n Unterhaltung im Papierkorb</numerusform>
            <numerusform>alle %n Unterhaltungen im Papierkorb</numerusform>
        </translation>
    </message>
</context>
</TS>
