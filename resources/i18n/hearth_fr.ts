<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/server/service.py" line="77"/>
        <source>The local API could not listen on port {port} ({error}). Choose another port in Settings.</source>
        <translation>L’API locale n’a pas pu écouter sur le port {port} ({error}). Choisissez un autre port dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="102"/>
        <source>the network, port {port}</source>
        <translation>le réseau, port {port}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/server/service.py" line="104"/>
        <source>API on {where} · answering %n</source>
        <translation>
            <numerusform>API sur {where} · répond à %n requête</numerusform>
            <numerusform>API sur {where} · répond à %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="105"/>
        <source>API on {where}</source>
        <translation>API sur {where}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/chat/attachments.py" line="76"/>
        <source>The file could not be attached: {problem}</source>
        <translation>Le fichier n’a pas pu être joint : {problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="20"/>
        <source>Files attached to this chat</source>
        <translation>Fichiers joints à cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="39"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="42"/>
        <source>{file} · reading…</source>
        <translation>{file} · lecture…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="44"/>
        <source>{file} · %n tokens</source>
        <translation>
            <numerusform>{file} · %n jeton</numerusform>
            <numerusform>{file} · %n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="45"/>
        <source>{file} · %n passages</source>
        <translation>
            <numerusform>{file} · %n passage</numerusform>
            <numerusform>{file} · %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="58"/>
        <source>Remove {file} from this chat</source>
        <translation>Retirer {file} de cette discussion</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="49"/>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="50"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="51"/>
        <source>On this PC</source>
        <translation>Sur ce PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="52"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="122"/>
        <source>For documents (embedding)</source>
        <translation>Pour les documents (embedding)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="140"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="142"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="144"/>
        <source>Images (later)</source>
        <translation>Images (plus tard)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="150"/>
        <source>Reasoning: it thinks before it answers; Hearth shows the thinking apart from the answer.</source>
        <translation>Raisonnement : il réfléchit avant de répondre ; Hearth affiche sa réflexion à part de la réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="153"/>
        <source>Tools: it can call functions that an app gives it (through the local API).</source>
        <translation>Outils : il peut appeler des fonctions qu’une application lui fournit (via l’API locale).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="156"/>
        <source>Images (later): it can read pictures with its projector file; Hearth does not send it pictures yet.</source>
        <translation>Images (plus tard) : il peut lire des images grâce à son fichier projecteur ; Hearth ne lui envoie pas encore d’images.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="191"/>
        <source>Its exact size and sha256 are not published; the download is checked against Hugging Face&apos;s own size and hash.</source>
        <translation>Sa taille exacte et son sha256 ne sont pas publiés ; le téléchargement est vérifié avec la taille et l’empreinte fournies par Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="195"/>
        <source>This version of Hearth cannot run it.</source>
        <translation>Cette version de Hearth ne peut pas l’exécuter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="215"/>
        <source>Models that turn documents into numbers, so that a chat can find the passages it needs. They do not chat.</source>
        <translation>Des modèles qui transforment les documents en nombres, pour qu’une discussion trouve les passages dont elle a besoin. Ils ne discutent pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="229"/>
        <source>Unsupported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Fits</source>
        <translation>Convient</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="231"/>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="235"/>
        <source>about {0} tokens/s</source>
        <translation>environ {0} jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="236"/>
        <source>under 1 token/s</source>
        <translation>moins de 1 jeton/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="237"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="242"/>
        <source>An estimate from this computer&apos;s {0} cores, before any reply was measured.</source>
        <translation>Une estimation d’après les {0} cœurs de cet ordinateur, avant toute réponse mesurée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="245"/>
        <source>An estimate from this computer&apos;s measured speed: {0} tokens/s with a {1} model.</source>
        <translation>Une estimation d’après la vitesse mesurée sur cet ordinateur : {0} jetons/s avec un modèle de {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="248"/>
        <source>Fast enough to chat.</source>
        <translation>Assez rapide pour discuter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="249"/>
        <source>Under {0} tokens/s a reply comes more slowly than you read it.</source>
        <translation>En dessous de {0} jetons/s, une réponse s’écrit plus lentement que vous ne lisez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="258"/>
        <source>{dimension} dimensions · up to {tokens} tokens</source>
        <translation>{dimension} dimensions · jusqu’à {tokens} jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="261"/>
        <source>many languages</source>
        <translation>nombreuses langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="262"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="270"/>
        <source> · gated</source>
        <translation> · accès restreint</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="273"/>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/chat/session.py" line="420"/>
        <source>The reply could not be saved ({problem}). It stays on screen; free some disk space and Hearth will save the next ones.</source>
        <translation>La réponse n’a pas pu être enregistrée ({problem}). Elle reste à l’écran ; libérez de l’espace disque et Hearth enregistrera les suivantes.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Chat settings…</source>
        <translation>Réglages de la discussion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>This conversation&apos;s system prompt, temperature, reply length and context</source>
        <translation>Prompt système, température, longueur de réponse et contexte de cette conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="103"/>
        <location filename="../../app/ui/chat_view.py" line="280"/>
        <source>The model this conversation uses</source>
        <translation>Le modèle utilisé par cette conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="104"/>
        <source>Model for this conversation</source>
        <translation>Modèle pour cette conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="120"/>
        <source>The document collections this conversation reads (File &gt; Documents makes them)</source>
        <translation>Les collections de documents que lit cette conversation (Fichier &gt; Documents les crée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="138"/>
        <location filename="../../app/ui/chat_view.py" line="139"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140"/>
        <source>Load the model again</source>
        <translation>Recharger le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <location filename="../../app/ui/chat_view.py" line="143"/>
        <source>Choose another model</source>
        <translation>Choisir un autre modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="173"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à Hearth…  (Entrée pour envoyer, Maj+Entrée pour un retour à la ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="176"/>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the box.</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne, Échap arrête une réponse, Tab quitte la zone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="185"/>
        <source>Editing your message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Modification de votre message : Entrée l’envoie comme nouvelle version (l’ancienne reste), Échap annule.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="189"/>
        <location filename="../../app/ui/chat_view.py" line="436"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="193"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="195"/>
        <source>Attach files to this chat</source>
        <translation>Joindre des fichiers à cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="197"/>
        <source>PDF, Word, text, Markdown, web pages and code: the model reads them with your questions. You can also drop files on the window.</source>
        <translation>PDF, Word, texte, Markdown, pages web et code : le modèle les lit avec vos questions. Vous pouvez aussi déposer des fichiers sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="245"/>
        <source>Documents: {names}</source>
        <translation>Documents : {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="247"/>
        <source>Documents: none</source>
        <translation>Documents : aucun</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="279"/>
        <source>The model this conversation uses: {model}</source>
        <translation>Le modèle de cette conversation : {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="314"/>
        <source>… (the rest is in the message)</source>
        <translation>… (la suite est dans le message)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="316"/>
        <source>Reply: {text}</source>
        <translation>Réponse : {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="318"/>
        <source>The reply failed: {error}</source>
        <translation>La réponse a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="319"/>
        <source>Reply stopped: {text}</source>
        <translation>Réponse arrêtée : {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335"/>
        <source>What the model reads: the system prompt, this conversation and what you are typing.</source>
        <translation>Ce que lit le modèle : le prompt système, cette conversation et ce que vous êtes en train d’écrire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="337"/>
        <source>Nearly full: soon the oldest messages will no longer fit, and the model will not see them.</source>
        <translation>Presque plein : bientôt les plus anciens messages ne tiendront plus et le modèle ne les verra pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339"/>
        <source>Full: the oldest messages no longer fit and are left out of what the model reads (the chat marks where its view begins).</source>
        <translation>Plein : les plus anciens messages ne tiennent plus et sont exclus de ce que lit le modèle (la discussion indique où commence ce qu’il voit).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="345"/>
        <source>The server does not say how many tokens this model reads, so the meter counts what is sent (about four characters a token) without a limit.</source>
        <translation>Le serveur n’indique pas combien de jetons ce modèle lit ; la jauge compte donc ce qui est envoyé (environ quatre caractères par jeton), sans limite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="350"/>
        <source>What you are typing is too long for this model: cut about {n} tokens (or start a new chat).</source>
        <translation>Ce que vous écrivez est trop long pour ce modèle : retirez environ {n} jetons (ou commencez une nouvelle discussion).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="387"/>
        <source>Ask anything. Your chats stay on this computer.</source>
        <translation>Demandez ce que vous voulez. Vos discussions restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>Ask anything. What you write here is sent to {host}.</source>
        <translation>Demandez ce que vous voulez. Ce que vous écrivez ici est envoyé à {host}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="432"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="433"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>Hearth is replying in another chat</source>
        <translation>Hearth répond dans une autre discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="440"/>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="441"/>
        <source>The model is not ready yet</source>
        <translation>Le modèle n’est pas encore prêt</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/chat/collections.py" line="243"/>
        <source>The documents index is not open.</source>
        <translation>L’index des documents n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="256"/>
        <source>The indexing is still stopping; try again in a moment.</source>
        <translation>L’indexation est en train de s’arrêter ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="270"/>
        <source>The documents index could not be replaced ({problem}). Restart Hearth and rebuild it again.</source>
        <translation>L’index des documents n’a pas pu être remplacé ({problem}). Redémarrez Hearth et reconstruisez-le.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="315"/>
        <source>A collection needs a name.</source>
        <translation>Une collection doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="317"/>
        <source>There is already a collection called {name}.</source>
        <translation>Il existe déjà une collection nommée {name}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="338"/>
        <source>{path} is not there.</source>
        <translation>{path} est introuvable.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="507"/>
        <source>The embedding model is missing from this installation, so documents cannot be indexed. Reinstalling Hearth brings it back.</source>
        <translation>Le modèle d’embedding manque dans cette installation : les documents ne peuvent donc pas être indexés. Réinstaller Hearth le rétablit.</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="614"/>
        <source>The indexing of {name} is still stopping; try again in a moment.</source>
        <translation>L’indexation de {name} est en train de s’arrêter ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../app/chat/connections.py" line="60"/>
        <source>Give the connection a name (without a colon).</source>
        <translation>Donnez un nom à la connexion (sans deux-points).</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="62"/>
        <source>The address must look like http://host:port (or https://).</source>
        <translation>L’adresse doit avoir la forme http://hôte:port (ou https://).</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="64"/>
        <source>There is already a connection called “{name}”.</source>
        <translation>Une connexion nommée « {name} » existe déjà.</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="33"/>
        <source>A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, with an OpenAI-compatible API). Its models join the model list; what you write in a conversation using one is sent to that server. Hearth contacts no server you did not add here.</source>
        <translation>Un serveur qui fait tourner un modèle plus grand (llama-server, vLLM, Ollama, LM Studio ou TGI, avec une API compatible OpenAI). Ses modèles rejoignent la liste des modèles ; ce que vous écrivez dans une conversation qui en utilise un est envoyé à ce serveur. Hearth ne contacte aucun serveur que vous n’avez pas ajouté ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="40"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="47"/>
        <source>optional; kept in the system keyring</source>
        <translation>facultatif ; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="48"/>
        <source>Add and list its models</source>
        <translation>Ajouter et lister ses modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="50"/>
        <source>List models again</source>
        <translation>Relister les modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="52"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="56"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="57"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="71"/>
        <source>Connection “{name}”</source>
        <translation>Connexion « {name} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="77"/>
        <source>no models listed yet</source>
        <translation>aucun modèle listé pour l’instant</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="91"/>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/chat/context_meter.py" line="56"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? jetons</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="58"/>
        <source>{used} / {window} tokens</source>
        <translation>{used} / {window} jetons</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="186"/>
        <source>This message is too long for the model: it takes about {used} tokens of the {room} the model can read. Cut about {cut} tokens, or split it into several messages.</source>
        <translation>Ce message est trop long pour le modèle : il occupe environ {used} jetons sur les {room} que le modèle peut lire. Retirez environ {cut} jetons ou répartissez-le en plusieurs messages.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="125"/>
        <source>● replying…</source>
        <translation>● répond…</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../../app/chat/exporting.py" line="47"/>
        <location filename="../../app/chat/exporting.py" line="87"/>
        <source>This conversation is gone.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="51"/>
        <source>Export conversation: {note}</source>
        <translation>Exporter la conversation : {note}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="52"/>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="54"/>
        <source>Markdown, the versions shown (*.md)</source>
        <translation>Markdown, les versions affichées (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="55"/>
        <source>JSON, the versions shown (*.json)</source>
        <translation>JSON, les versions affichées (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="56"/>
        <source>JSON with every version (*.json)</source>
        <translation>JSON avec toutes les versions (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="93"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="96"/>
        <source>Exported every version to {path}</source>
        <translation>Toutes les versions exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="98"/>
        <source>Exported the versions shown to {path}</source>
        <translation>Versions affichées exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="76"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="77"/>
        <source>Delete “{title}” and all of its messages for good? This cannot be undone.</source>
        <translation>Supprimer définitivement « {title} » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="229"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="230"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="233"/>
        <source>Search all chats…</source>
        <translation>Rechercher dans les discussions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="238"/>
        <source>Search all chats</source>
        <translation>Rechercher dans toutes les discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="242"/>
        <location filename="../../app/ui/conversation_list.py" line="252"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="255"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="259"/>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="263"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="270"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="273"/>
        <source>Passages found in your documents</source>
        <translation>Passages trouvés dans vos documents</translation>
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
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Pin to the top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="109"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="111"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="113"/>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="114"/>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="120"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="123"/>
        <source>%n min ago</source>
        <translation>il y a %n min</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="126"/>
        <source>%n h ago</source>
        <translation>il y a %n h</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="129"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="131"/>
        <source>%n days ago</source>
        <translation>il y a %n jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="247"/>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="231"/>
        <source>Chat settings</source>
        <translation>Réglages de la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="233"/>
        <source>Started from the preset “{name}”. Changes apply to this conversation only.</source>
        <translation>Créée à partir du préréglage « {name} ». Les modifications ne s’appliquent qu’à cette conversation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="235"/>
        <source>Changes apply to this conversation only.</source>
        <translation>Les modifications ne s’appliquent qu’à cette conversation.</translation>
    </message>
</context>
<context>
    <name>DocumentProblem</name>
    <message>
        <location filename="../../app/chat/document_problems.py" line="20"/>
        <source>It is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="21"/>
        <source>It is not a regular file (a device, pipe or socket).</source>
        <translation>Ce n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="22"/>
        <source>It changed while being read: try again once it is saved.</source>
        <translation>Le fichier a changé pendant la lecture : réessayez une fois qu’il sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="24"/>
        <source>It changed while it was being read; it will be read again the next time the collection is updated.</source>
        <translation>Le fichier a changé pendant sa lecture ; il sera relu à la prochaine mise à jour de la collection.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="27"/>
        <source>It is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="28"/>
        <source>Hearth may not read it (permission denied).</source>
        <translation>Hearth n’a pas le droit de le lire (permission refusée).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="29"/>
        <source>It is a link that loops back on itself.</source>
        <translation>C’est un lien qui boucle sur lui-même.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="30"/>
        <source>It is a link to something that is not there.</source>
        <translation>C’est un lien vers quelque chose qui n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="31"/>
        <source>It is not there any more (moved or deleted?).</source>
        <translation>Le fichier n’est plus là (déplacé ou supprimé ?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="32"/>
        <source>It is not there any more (deleted or moved while indexing).</source>
        <translation>Le fichier n’est plus là (supprimé ou déplacé pendant l’indexation).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="34"/>
        <source>It was deleted while being read.</source>
        <translation>Le fichier a été supprimé pendant sa lecture.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="35"/>
        <source>Its drive cannot be read (removed or failing?).</source>
        <translation>Son disque ne peut pas être lu (retiré ou défaillant ?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="36"/>
        <source>It could not be opened: {error}.</source>
        <translation>Impossible de l’ouvrir : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="37"/>
        <source>It could not be read: {error}.</source>
        <translation>Impossible de le lire : {error}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="38"/>
        <source>Too large to index: over {limit}.</source>
        <translation>Trop volumineux pour être indexé : plus de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="39"/>
        <source>Too large to index: {size} (the limit is {limit}).</source>
        <translation>Trop volumineux pour être indexé : {size} (la limite est de {limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="40"/>
        <source>Not a document Hearth reads: a zip archive ({suffix}).</source>
        <translation>Pas un document que Hearth sait lire : une archive zip ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="41"/>
        <source>Not a document Hearth reads: a binary file ({suffix}).</source>
        <translation>Pas un document que Hearth sait lire : un fichier binaire ({suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="42"/>
        <source>An old Office file (.doc, .xls or .ppt), which Hearth does not read: save it as .docx or PDF.</source>
        <translation>Un ancien fichier Office (.doc, .xls ou .ppt), que Hearth ne lit pas : enregistrez-le en .docx ou en PDF.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="45"/>
        <source>Not a PDF, though its name says so: it does not start as one.</source>
        <translation>Pas un PDF, bien que son nom l’indique : il ne commence pas comme un PDF.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="47"/>
        <source>Not a Word document, though its name says so: it is not a zip.</source>
        <translation>Pas un document Word, bien que son nom l’indique : ce n’est pas un zip.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="49"/>
        <source>Not a Word document: a zip archive without a document in it.</source>
        <translation>Pas un document Word : une archive zip qui ne contient aucun document.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="51"/>
        <source>Not text: it looks like a binary file.</source>
        <translation>Pas du texte : cela ressemble à un fichier binaire.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="52"/>
        <source>It has no text, only blank space.</source>
        <translation>Le fichier ne contient aucun texte, seulement des espaces vides.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="53"/>
        <source>No text in it to index.</source>
        <translation>Aucun texte à indexer.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="54"/>
        <source>The web page has no text in it.</source>
        <translation>La page web ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="55"/>
        <source>The Word document has no text in it.</source>
        <translation>Le document Word ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="56"/>
        <source>No text in it: its pages are blank.</source>
        <translation>Aucun texte : ses pages sont blanches.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="57"/>
        <source>No text in it: its pages are images (a scan?).</source>
        <translation>Aucun texte : ses pages sont des images (un scan ?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="58"/>
        <source>It is password-protected.</source>
        <translation>Le fichier est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="59"/>
        <source>It is protected in a way that Hearth cannot open.</source>
        <translation>Le fichier est protégé d’une manière que Hearth ne sait pas ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="60"/>
        <source>The PDF could not be read: it is damaged.</source>
        <translation>Impossible de lire le PDF : il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="61"/>
        <source>It has {count} pages; Hearth indexes at most {limit}.</source>
        <translation>Le fichier compte {count} pages ; Hearth en indexe au plus {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="62"/>
        <source>It holds more text than Hearth indexes from one file ({limit}).</source>
        <translation>Le fichier contient plus de texte que Hearth n’en indexe pour un seul fichier ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="64"/>
        <source>Reading it needs more memory than Hearth allows for one file.</source>
        <translation>Sa lecture demande plus de mémoire que Hearth n’en accorde à un seul fichier.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="66"/>
        <source>The {kind} could not be read: it is nested too deeply.</source>
        <translation>Impossible de lire {kind} : l’imbrication est trop profonde.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="67"/>
        <source>The {kind} could not be read: {error}</source>
        <translation>Impossible de lire {kind} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="68"/>
        <source>The Word document could not be read: {error}</source>
        <translation>Impossible de lire le document Word : {error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="69"/>
        <source>The Word document could not be read: it holds {count} parts (a zip bomb?).</source>
        <translation>Impossible de lire le document Word : il contient {count} parties (une bombe zip ?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="72"/>
        <source>It would unpack to {size} from {packed} (a zip bomb?).</source>
        <translation>Une fois décompressé, il passerait de {packed} à {size} (une bombe zip ?).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="74"/>
        <source>The reader stopped before it could read it.</source>
        <translation>Le lecteur s’est arrêté avant d’avoir pu le lire.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="75"/>
        <source>Reading it took longer than {seconds} s, so it was stopped.</source>
        <translation>Sa lecture a pris plus de {seconds} s, elle a donc été arrêtée.</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="77"/>
        <source>The reader crashed on it (signal {code}).</source>
        <translation>Le lecteur a planté sur ce fichier (signal {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="78"/>
        <source>The reader crashed on it (exit code {code}).</source>
        <translation>Le lecteur a planté sur ce fichier (code de sortie {code}).</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="82"/>
        <source>PDF</source>
        <translation>le PDF</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="83"/>
        <source>Word document</source>
        <translation>le document Word</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="84"/>
        <source>web page</source>
        <translation>la page web</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="85"/>
        <source>Markdown file</source>
        <translation>le fichier Markdown</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="86"/>
        <source>text file</source>
        <translation>le fichier texte</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="87"/>
        <source>code file</source>
        <translation>le fichier de code</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../app/ui/documents_window.py" line="67"/>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="68"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Documents ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="75"/>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="81"/>
        <location filename="../../app/ui/documents_window.py" line="337"/>
        <source>Reading now…</source>
        <translation>Lecture en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="83"/>
        <source>Indexed · one passage</source>
        <translation>Indexé · un passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="87"/>
        <location filename="../../app/ui/documents_window.py" line="338"/>
        <source>Not indexed</source>
        <translation>Non indexé</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="88"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="169"/>
        <source>Why it was not indexed</source>
        <translation>Pourquoi il n’est pas indexé</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="199"/>
        <location filename="../../app/ui/documents_window.py" line="642"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="212"/>
        <source>Problem with the documents index</source>
        <translation>Problème avec l’index des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="213"/>
        <source>Rebuild the index…</source>
        <translation>Reconstruire l’index…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="222"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="225"/>
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="227"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="229"/>
        <source>&amp;Delete collection…</source>
        <translation>&amp;Supprimer la collection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="246"/>
        <source>A collection is a set of folders and files that your chats can search and cite, all on this computer. Choose New collection… to make the first one.</source>
        <translation>Une collection est un ensemble de dossiers et de fichiers que vos discussions peuvent consulter et citer, le tout sur cet ordinateur. Choisissez « Nouvelle collection… » pour créer la première.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="262"/>
        <source>Close the Documents window</source>
        <translation>Fermer la fenêtre Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="283"/>
        <source>Folders and files in the collection</source>
        <translation>Dossiers et fichiers de la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="287"/>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="289"/>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="291"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="292"/>
        <source>Remove the chosen folder or file</source>
        <translation>Retirer le dossier ou le fichier choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="300"/>
        <location filename="../../app/ui/documents_window.py" line="427"/>
        <source>&amp;Index now</source>
        <translation>&amp;Indexer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="303"/>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="304"/>
        <location filename="../../app/ui/documents_window.py" line="512"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="306"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="307"/>
        <source>Cancel indexing</source>
        <translation>Annuler l’indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="315"/>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="323"/>
        <source>Files in the collection</source>
        <translation>Fichiers de la collection</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="336"/>
        <source>Indexed · %n passages</source>
        <translation>
            <numerusform>Indexé · %n passage</numerusform>
            <numerusform>Indexé · %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="344"/>
        <source>The chosen file</source>
        <translation>Le fichier choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="401"/>
        <source>Folders and files in {name}</source>
        <translation>Dossiers et fichiers de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="426"/>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="448"/>
        <source>Nothing in it yet: Add folder… or Add files…, and they are indexed at once.</source>
        <translation>Encore vide : « Ajouter un dossier… » ou « Ajouter des fichiers… », et ils sont indexés aussitôt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="451"/>
        <source>Files: none indexed yet.</source>
        <translation>Fichiers : aucun indexé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="458"/>
        <source>Files: {total} · indexed {indexed} · passages {passages}</source>
        <translation>Fichiers : {total} · indexés {indexed} · passages {passages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="462"/>
        <source> · waiting {count}</source>
        <translation> · en attente {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="465"/>
        <source> · not indexed {count} (listed first, with the reason)</source>
        <translation> · non indexés {count} (en tête de liste, avec la raison)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="478"/>
        <source>Choose a file to see where it is and its state.</source>
        <translation>Choisissez un fichier pour voir où il se trouve et son état.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="480"/>
        <source>{path}
Not indexed: {reason}</source>
        <translation>{path}
Non indexé : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="498"/>
        <source>Paused after {done} of {total}. Resume goes on with the next file.</source>
        <translation>En pause après {done} sur {total}. « Reprendre » continue avec le fichier suivant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="501"/>
        <source>Indexing {number} of {total}: {name}</source>
        <translation>Indexation {number} sur {total} : {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="504"/>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="506"/>
        <source>Waiting until {other} is indexed.</source>
        <translation>En attente de la fin de l’indexation de {other}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="511"/>
        <source>Resu&amp;me</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="535"/>
        <source>Indexing stopped: {problem}</source>
        <translation>Indexation arrêtée : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="541"/>
        <source>Cancelled. What was indexed is kept; Update goes on from there.</source>
        <translation>Annulé. Ce qui a été indexé est conservé ; « Mettre à jour » reprend à partir de là.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="543"/>
        <source>Up to date at {time}: {new} read, {same} unchanged.</source>
        <translation>À jour à {time} : {new} lus, {same} inchangés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="547"/>
        <source>%n could not be read (see below).</source>
        <translation>
            <numerusform>%n n’a pas pu être lu (voir ci-dessous).</numerusform>
            <numerusform>%n n’ont pas pu être lus (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="550"/>
        <source>%n gone from disk, forgotten.</source>
        <translation>
            <numerusform>%n disparu du disque, oublié.</numerusform>
            <numerusform>%n disparus du disque, oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="552"/>
        <source>Not there (a removed drive?): {paths}; what was indexed from it is kept.</source>
        <translation>Introuvable (un disque retiré ?) : {paths} ; ce qui en a été indexé est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="562"/>
        <location filename="../../app/ui/documents_window.py" line="575"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="563"/>
        <source>Name of the new collection (for example Tax 2026):</source>
        <translation>Nom de la nouvelle collection (par exemple Impôts 2026) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="588"/>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="589"/>
        <source>Delete the collection {name}? What was indexed from it is forgotten; the files themselves stay where they are.</source>
        <translation>Supprimer la collection {name} ? Ce qui en a été indexé est oublié ; les fichiers eux-mêmes restent où ils sont.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="613"/>
        <source>Remove from the collection</source>
        <translation>Retirer de la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="614"/>
        <source>Remove {path} from {name}? What was indexed from it is forgotten; the files stay on disk.</source>
        <translation>Retirer {path} de {name} ? Ce qui en a été indexé est oublié ; les fichiers restent sur le disque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="631"/>
        <source>Rebuild the documents index</source>
        <translation>Reconstruire l’index des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="632"/>
        <source>Replace the damaged index with a new, empty one? The collections it can still name are kept; Index now reads their files again. Your chats and your files are not touched.</source>
        <translation>Remplacer l’index endommagé par un index neuf et vide ? Les collections qu’il peut encore nommer sont conservées ; « Indexer maintenant » relit leurs fichiers. Vos discussions et vos fichiers ne sont pas touchés.</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>{done} of {total} · {speed} MB/s · {eta} left</source>
        <translation>{done} sur {total} · {speed} Mo/s · {eta} restantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>Paused at {done} of {total}; resume any time, even after restarting Hearth.</source>
        <translation>En pause à {done} sur {total} ; reprenez quand vous voulez, même après avoir redémarré Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="130"/>
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="132"/>
        <source>Downloaded and verified.</source>
        <translation>Téléchargé et vérifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="134"/>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Annulé ; le fichier partiel a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="136"/>
        <source>Waiting for the download before it.</source>
        <translation>En attente du téléchargement précédent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="138"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="139"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="153"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="154"/>
        <source>Cancel the download of {name} and delete what was downloaded so far?</source>
        <translation>Annuler le téléchargement de {name} et supprimer ce qui a déjà été téléchargé ?</translation>
    </message>
</context>
<context>
    <name>GpuLayersEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="83"/>
        <source>Auto: as many as fit in the GPU&apos;s memory</source>
        <translation>Auto : autant qu’il en tient dans la mémoire du GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="85"/>
        <source>None: run on the CPU only</source>
        <translation>Aucune : exécuter sur le CPU uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="86"/>
        <source>This many layers:</source>
        <translation>Ce nombre de couches :</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88"/>
        <source>Layers on the GPU</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="92"/>
        <source>Number of layers on the GPU</source>
        <translation>Nombre de couches sur le GPU</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../app/chat/history_import.py" line="58"/>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35"/>
        <source>Choose an export</source>
        <translation>Choisir un export</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36"/>
        <source>Exports (*.zip *.json *.jsonl *.chat);;All files (*)</source>
        <translation>Exports (*.zip *.json *.jsonl *.chat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Bring in your conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All. The other app&apos;s files are only read, never changed; importing the same export again adds only what is new.</source>
        <translation>Récupérez vos conversations depuis ChatGPT, Open WebUI, Jan, LM Studio ou GPT4All. Les fichiers de l’autre application sont seulement lus, jamais modifiés ; importer de nouveau le même export n’ajoute que ce qui est nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Conversations found on this computer</source>
        <translation>Conversations trouvées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>The app the export comes from</source>
        <translation>L’application d’où provient l’export</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Detect the app</source>
        <translation>Détecter l’application</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Choose an export file</source>
        <translation>Choisir un fichier d’export</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Choose another app&apos;s folder</source>
        <translation>Choisir le dossier d’une autre application</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>What was imported</source>
        <translation>Ce qui a été importé</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>What was imported, and what was skipped and why, shows here.</source>
        <translation>Ce qui a été importé, ce qui a été ignoré et pourquoi s’affichent ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>&amp;Stop import</source>
        <translation>&amp;Arrêter l’importation</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Stop the import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Found %n conversation(s) from {app} in {folder}</source>
        <translation>
            <numerusform>%n conversation de {app} trouvée dans {folder}</numerusform>
            <numerusform>%n conversations de {app} trouvées dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Import the conversations from {app}</source>
        <translation>Importer les conversations de {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Reading {path}…</source>
        <translation>Lecture de {path}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Stopped: what was imported before stopping is kept.</source>
        <translation>Arrêtée : ce qui a été importé avant l’arrêt est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>Every conversation in it was imported before: nothing new.</source>
        <translation>Toutes ses conversations ont déjà été importées : rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source>From {app}:</source>
        <translation>Depuis {app} :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n nouvelle conversation</numerusform>
            <numerusform>%n nouvelles conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>%n conversation(s) with new messages</source>
        <translation>
            <numerusform>%n conversation avec de nouveaux messages</numerusform>
            <numerusform>%n conversations avec de nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n déjà importée</numerusform>
            <numerusform>%n déjà importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="209"/>
        <source>%n message(s), of which {versions} other versions</source>
        <translation>
            <numerusform>%n message, dont {versions} autres versions</numerusform>
            <numerusform>%n messages, dont {versions} autres versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>Skipped %n:</source>
        <translation>
            <numerusform>%n ignoré :</numerusform>
            <numerusform>%n ignorés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>  … and %n more (the command line&apos;s --json lists them all)</source>
        <translation>
            <numerusform>  … et %n de plus (l&apos;option --json de la ligne de commande les liste tous)</numerusform>
            <numerusform>  … et %n de plus (l&apos;option --json de la ligne de commande les liste tous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="221"/>
        <source>Imported with %n problem(s):</source>
        <translation>
            <numerusform>Importé avec %n problème :</numerusform>
            <numerusform>Importé avec %n problèmes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="113"/>
        <source>Text size %1%</source>
        <translation>Taille du texte %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <location filename="../../app/ui/window_status.py" line="21"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Blocked a link Hearth does not open: {url}</source>
        <translation>Lien bloqué, que Hearth n’ouvre pas : {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Another import is running. Drop {file} again once it is done.</source>
        <translation>Une autre importation est en cours. Déposez {file} à nouveau une fois qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>{file} is a conversation export from {app}. Import its conversations into Hearth?</source>
        <translation>{file} est un export de conversations de {app}. Importer ses conversations dans Hearth ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Attach files to this chat</source>
        <translation>Joindre des fichiers à cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>This conversation could not be read: {problem}</source>
        <translation>Impossible de lire cette conversation : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Your message could not be saved ({problem}). It is still in the box below; free some disk space and press Enter again.</source>
        <translation>Votre message n’a pas pu être enregistré ({problem}). Il est toujours dans la zone ci-dessous ; libérez de l’espace disque et appuyez de nouveau sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Local API on the network</source>
        <translation>API locale sur le réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Other computers that can reach this one will be able to use the model (with the token), and what they send is processed here. Listen on the network?</source>
        <translation>Les autres ordinateurs qui peuvent joindre celui-ci pourront utiliser le modèle (avec le jeton), et ce qu’ils envoient sera traité ici. Écouter sur le réseau ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Other apps on this computer can now use {address}/v1 with the bearer token:

{token}

Settings shows it again.</source>
        <translation>Les autres applications de cet ordinateur peuvent maintenant utiliser {address}/v1 avec le jeton d’accès :

{token}

Les Réglages l’affichent de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>{app} {version}
Private, offline chat with open models.
Your data: {folder}</source>
        <translation>{app} {version}
Discussion privée et hors ligne avec des modèles ouverts.
Vos données : {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>%n tokens · {speed} tokens/s</source>
        <translation>
            <numerusform>%n jeton · {speed} jetons/s</numerusform>
            <numerusform>%n jetons · {speed} jetons/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="45"/>
        <source>Undone: {action}</source>
        <translation>Annulé : {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="51"/>
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="52"/>
        <location filename="../../app/ui/window_menus.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="84"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>New chat from &amp;preset…</source>
        <translation>Nouvelle discussion depuis un &amp;préréglage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="42"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importer des conversations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>&amp;Bigger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Actual text size</source>
        <translation>Taille de texte &amp;réelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Raccourcis &amp;clavier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="22"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="23"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="24"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="25"/>
        <source>Model failed to load</source>
        <translation>Échec du chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="65"/>
        <source>Loading… {percent}%</source>
        <translation>Chargement… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="105"/>
        <source>The model could not be loaded. {problem} Your conversations are still here to read.</source>
        <translation>Le modèle n’a pas pu être chargé. {problem} Vos conversations restent consultables.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="113"/>
        <source>Setting up the bundled model (first start only)…</source>
        <translation>Installation du modèle fourni (premier démarrage uniquement)…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Version {which} of {count}</source>
        <translation>Version {which} sur {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this reply</source>
        <translation>cette réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this message</source>
        <translation>ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="86"/>
        <source>message {n} (a reply)</source>
        <translation>message {n} (une réponse)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="87"/>
        <source>message {n} (yours)</source>
        <translation>message {n} (le vôtre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="96"/>
        <source>Previous version of {subject}</source>
        <translation>Version précédente de {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="97"/>
        <source>Next version of {subject}</source>
        <translation>Version suivante de {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="98"/>
        <source>Edit {subject}</source>
        <translation>Modifier {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="99"/>
        <source>Edit and send as a new version (the old one stays)</source>
        <translation>Modifier et envoyer comme nouvelle version (l’ancienne reste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Regenerate {subject}</source>
        <translation>Régénérer {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Another reply; this one stays as a version</source>
        <translation>Une autre réponse ; celle-ci reste comme version</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="102"/>
        <source>Continue {subject}</source>
        <translation>Continuer {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="103"/>
        <source>Continue this reply from where it stopped</source>
        <translation>Reprendre cette réponse là où elle s’est arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="104"/>
        <source>Delete {subject}</source>
        <translation>Supprimer {subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="105"/>
        <source>Delete this message and what follows (Ctrl+Z undoes)</source>
        <translation>Supprimer ce message et ce qui suit (Ctrl+Z annule)</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <location filename="../../app/ui/message_column.py" line="67"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="106"/>
        <source>Show {page} earlier messages ({count} in all)</source>
        <translation>Afficher {page} messages précédents ({count} en tout)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="117"/>
        <source>⋯  Messages above this line no longer fit the model&apos;s context window and were not sent with the last question  ⋯</source>
        <translation>⋯  Les messages au-dessus de cette ligne ne tiennent plus dans la fenêtre de contexte du modèle et n’ont pas été envoyés avec la dernière question  ⋯</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <location filename="../../app/chat/message_commands.py" line="49"/>
        <source>Restore the deleted message</source>
        <translation>Restaurer le message supprimé</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="51"/>
        <source>Deleted the message and what followed it. Ctrl+Z brings it back.</source>
        <translation>Le message et ce qui le suivait ont été supprimés. Ctrl+Z les récupère.</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="60"/>
        <source>{problem} Your text is still in the box.</source>
        <translation>{problem} Votre texte est toujours dans la zone.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="269"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="284"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="287"/>
        <source>Copy this message as Markdown</source>
        <translation>Copier ce message en Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="346"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="351"/>
        <source>[{number}] {file} · {where}</source>
        <translation>[{number}] {file} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="356"/>
        <source>Source {number}: {file}, {where}</source>
        <translation>Source {number} : {file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="389"/>
        <source>replying…</source>
        <translation>répond…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="390"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="391"/>
        <source>interrupted — Hearth closed before this reply finished</source>
        <translation>interrompue — Hearth s’est fermé avant la fin de cette réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="393"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="417"/>
        <source>Stopped while the model was thinking, before its answer.</source>
        <translation>Arrêtée pendant que le modèle réfléchissait, avant sa réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="419"/>
        <source>Hearth closed while the model was thinking, before its answer.</source>
        <translation>Hearth s’est fermé pendant que le modèle réfléchissait, avant sa réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="421"/>
        <source>The reply reached its length limit while the model was still thinking. Raise the maximum reply length in Settings and regenerate.</source>
        <translation>La réponse a atteint sa longueur maximale alors que le modèle réfléchissait encore. Augmentez la longueur maximale de réponse dans les Réglages, puis régénérez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="427"/>
        <source>Stopped before any text. Regenerate asks again.</source>
        <translation>Arrêtée avant tout texte. Régénérer repose la question.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="428"/>
        <source>Hearth closed before any text came. Regenerate asks again.</source>
        <translation>Hearth s’est fermé avant l’arrivée du texte. Régénérer repose la question.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="430"/>
        <source>The model gave an empty reply.</source>
        <translation>Le modèle a donné une réponse vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="482"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="483"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="567"/>
        <source>Showing all… {percent}%</source>
        <translation>Affichage complet… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="574"/>
        <source>Show all ({count} characters)</source>
        <translation>Tout afficher ({count} caractères)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="576"/>
        <source>Show all of this message ({count} characters)</source>
        <translation>Afficher tout ce message ({count} caractères)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="577"/>
        <source>Only the start of this long message is shown</source>
        <translation>Seul le début de ce long message est affiché</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <location filename="../../app/chat/model_choice.py" line="117"/>
        <source>This conversation used {model} on the connection “{name}”, which has been removed. Choose a model for it above.</source>
        <translation>Cette conversation utilisait {model} sur la connexion « {name} », qui a été supprimée. Choisissez-lui un modèle ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="119"/>
        <source>The default model, {model} on “{name}”, is no longer available: its connection has been removed. Choose a model above or in Settings.</source>
        <translation>Le modèle par défaut, {model} sur « {name} », n’est plus disponible : sa connexion a été supprimée. Choisissez un modèle ci-dessus ou dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="127"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>Aucun modèle n’est configuré. Choisissez un fichier de modèle dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="136"/>
        <source>The model this conversation used, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose another model for it above, or get it again in {app}.</source>
        <translation>Le modèle utilisé par cette conversation, {name} de {app}, n’est plus sur cet ordinateur : {app} l’a supprimé ou déplacé. Choisissez-en un autre ci-dessus, ou récupérez-le à nouveau dans {app}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="139"/>
        <source>The default model, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose a model above or in Models.</source>
        <translation>Le modèle par défaut, {name} de {app}, n’est plus sur cet ordinateur : {app} l’a supprimé ou déplacé. Choisissez un modèle ci-dessus ou dans Modèles.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="145"/>
        <source>The model this conversation used, {name}, is no longer on this computer. Choose another model for it above, or download it again in Models.</source>
        <translation>Le modèle utilisé par cette conversation, {name}, n’est plus sur cet ordinateur. Choisissez-en un autre ci-dessus, ou téléchargez-le à nouveau dans Modèles.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="178"/>
        <source>chat template</source>
        <translation>modèle de discussion</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="179"/>
        <source>plain transcript</source>
        <translation>transcription brute</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="181"/>
        <source> · base model</source>
        <translation> · modèle de base</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="182"/>
        <source>{tokens} ctx</source>
        <translation>{tokens} ctx</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="183"/>
        <source>context size unknown</source>
        <translation>taille du contexte inconnue</translation>
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
        <translation>Ce que vous écrivez dans cette conversation est envoyé à {host}.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="313"/>
        <source>The model changes after the current reply.</source>
        <translation>Le modèle changera après la réponse en cours.</translation>
    </message>
</context>
<context>
    <name>ModelFileEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>the bundled model</source>
        <translation>le modèle fourni</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Model file</source>
        <translation>Fichier du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Browse for a model file</source>
        <translation>Rechercher un fichier de modèle</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="172"/>
        <location filename="../../app/ui/model_manager.py" line="206"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="208"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="213"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="232"/>
        <source>Catalog of models</source>
        <translation>Catalogue des modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>owner/repository</source>
        <translation>propriétaire/dépôt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Hugging Face repository</source>
        <translation>Dépôt Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>File name in the repository</source>
        <translation>Nom du fichier dans le dépôt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="252"/>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Download from Hugging Face</source>
        <translation>Télécharger depuis Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="254"/>
        <location filename="../../app/ui/model_manager.py" line="605"/>
        <source>Import a .gguf file…</source>
        <translation>Importer un fichier .gguf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="257"/>
        <source>Any GGUF:</source>
        <translation>N’importe quel GGUF :</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="269"/>
        <source>This computer has {memory} of memory free for a model (a GPU&apos;s included). Models that fit and should write at least 8 tokens a second here come first; the speeds are estimates from the replies measured on this computer. Downloads come from Hugging Face; nothing is sent anywhere until you press Download.</source>
        <translation>Cet ordinateur dispose de {memory} de mémoire libre pour un modèle (GPU compris). Les modèles qui tiennent et devraient écrire au moins 8 jetons par seconde ici apparaissent en premier ; les vitesses sont estimées d’après les réponses mesurées sur cet ordinateur. Les téléchargements viennent de Hugging Face ; rien n’est envoyé avant que vous n’appuyiez sur Télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <source>Too large for this computer</source>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="296"/>
        <source>{name} needs about {needed} of memory and this computer has {free}. It will probably not run. Download anyway?</source>
        <translation>{name} a besoin d’environ {needed} de mémoire et cet ordinateur en a {free}. Il ne fonctionnera probablement pas. Télécharger quand même ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="308"/>
        <source>Enter a repository like owner/name and a file name ending in .gguf.</source>
        <translation>Saisissez un dépôt de la forme propriétaire/nom et un nom de fichier se terminant par .gguf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="320"/>
        <source>No downloads yet. Pick a model in the Catalog tab.</source>
        <translation>Aucun téléchargement pour l’instant. Choisissez un modèle dans l’onglet Catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="344"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="355"/>
        <source>Use as default</source>
        <translation>Utiliser par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="357"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="359"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="383"/>
        <location filename="../../app/ui/model_manager.py" line="503"/>
        <source>{name}  (in use)</source>
        <translation>{name}  (utilisé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="406"/>
        <location filename="../../app/ui/model_manager.py" line="409"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="407"/>
        <source>{name} is in use. Choose another model first.</source>
        <translation>{name} est en cours d’utilisation. Choisissez d’abord un autre modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="410"/>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>Supprimer {name} ({size}) de cet ordinateur ?
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="421"/>
        <source>Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this computer. Hearth uses them where they are, without copying them, and never changes or deletes their files: Remove only makes Hearth forget one.</source>
        <translation>Les modèles que d’autres applications (LM Studio, Ollama, GPT4All, Jan) ont téléchargés sur cet ordinateur. Hearth les utilise là où ils sont, sans les copier, et ne modifie ni ne supprime jamais leurs fichiers : « Retirer » fait seulement oublier un modèle à Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="427"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="429"/>
        <source>Models from other apps on this computer</source>
        <translation>Modèles d’autres applications sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="445"/>
        <location filename="../../app/ui/model_manager.py" line="549"/>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="447"/>
        <source>Use the chosen model where it is</source>
        <translation>Utiliser le modèle choisi là où il se trouve</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="449"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="451"/>
        <source>Remove the chosen model from this list; its file stays</source>
        <translation>Retirer le modèle choisi de cette liste ; son fichier reste en place</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="453"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="454"/>
        <source>Look again in other apps&apos; folders</source>
        <translation>Chercher à nouveau dans les dossiers des autres applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="475"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation>Recherche dans les dossiers des autres applications…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="488"/>
        <source>Missing: {app} deleted or moved it</source>
        <translation>Absent : {app} l’a supprimé ou déplacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="490"/>
        <source>Cannot be used: {reason}</source>
        <translation>Inutilisable : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="492"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Fits</source>
        <translation>Convient</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="494"/>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="516"/>
        <source>No models were found in the folders of LM Studio, Ollama, GPT4All or Jan.</source>
        <translation>Aucun modèle n’a été trouvé dans les dossiers de LM Studio, Ollama, GPT4All ou Jan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="518"/>
        <source>Press Look again to look in other apps&apos; folders.</source>
        <translation>Appuyez sur « Chercher à nouveau » pour chercher dans les dossiers des autres applications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="520"/>
        <source>Models from other apps: %n; {missing} of them no longer there.</source>
        <translation>
            <numerusform>Modèles d’autres applications : %n ; {missing} n’est plus là.</numerusform>
            <numerusform>Modèles d’autres applications : %n ; plus là : {missing}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="523"/>
        <source>Models from other apps: %n, used where they are.</source>
        <translation>
            <numerusform>Modèles d’autres applications : %n, utilisé là où il se trouve.</numerusform>
            <numerusform>Modèles d’autres applications : %n, utilisés là où ils se trouvent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="550"/>
        <source>An import is still running; try again when it is done.</source>
        <translation>Une importation est encore en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>{name}: {note}</source>
        <translation>{name} : {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="571"/>
        <source>This model cannot be used</source>
        <translation>Ce modèle ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="577"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="578"/>
        <source>Stop offering {name}? Its file stays where {app} keeps it:
{path}</source>
        <translation>Ne plus proposer {name} ? Son fichier reste là où {app} le conserve :
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="587"/>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="588"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Another import is still running.</source>
        <translation>Une autre importation est encore en cours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="601"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>{name} was imported. {note}</source>
        <translation>{name} a été importé. {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="616"/>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
</context>
<context>
    <name>ModelOfferBar</name>
    <message>
        <location filename="../../app/ui/model_offer.py" line="22"/>
        <source>Offer of an instruct model</source>
        <translation>Proposition d’un modèle instruct</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="27"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="29"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="30"/>
        <source>Hide this for good; the Models window has them all</source>
        <translation>Masquer définitivement ; la fenêtre Modèles les propose tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="32"/>
        <source>Not now: hide this offer for good</source>
        <translation>Pas maintenant : masquer définitivement cette proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="50"/>
        <source>{0} is a base model: it continues text rather than following instructions, so its answers are rough.</source>
        <translation>{0} est un modèle de base : il prolonge le texte au lieu de suivre des instructions, ses réponses sont donc approximatives.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="53"/>
        <source>{0} follows instructions and fits this computer.</source>
        <translation>{0} suit les instructions et tient sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="57"/>
        <source>about {0} tokens a second</source>
        <translation>environ {0} jetons par seconde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="58"/>
        <source>under a token a second</source>
        <translation>moins d’un jeton par seconde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="59"/>
        <source>{0} follows instructions, fits this computer and should write {1} here.</source>
        <translation>{0} suit les instructions, tient sur cet ordinateur et devrait écrire {1} ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="61"/>
        <source>{0} follows instructions and fits this computer, though it would write only {1} here.</source>
        <translation>{0} suit les instructions et tient sur cet ordinateur, mais n’écrirait ici que {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="65"/>
        <source>Download {0} ({1})</source>
        <translation>Télécharger {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../app/chat/model_setup.py" line="59"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>Aucun modèle n’est configuré. Choisissez un fichier de modèle dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_setup.py" line="48"/>
        <source>Setting up the bundled model was cancelled.</source>
        <translation>L’installation du modèle fourni a été annulée.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/chat/navigator.py" line="83"/>
        <source>A new chat could not be started: {problem}</source>
        <translation>Impossible de commencer une nouvelle discussion : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="98"/>
        <source>Restore “{title}”</source>
        <translation>Restaurer « {title} »</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="100"/>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>« {title} » a été mis à la corbeille. Ctrl+Z le récupère.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/chat/preferences.py" line="48"/>
        <source>Could not save the settings: {problem}</source>
        <translation>Impossible d’enregistrer les réglages : {problem}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="79"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="92"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="100"/>
        <source>My preset</source>
        <translation>Mon préréglage</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="113"/>
        <source>New chat from preset</source>
        <translation>Nouvelle discussion depuis un préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="118"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="128"/>
        <source>New preset…</source>
        <translation>Nouveau préréglage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="130"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="132"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="134"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="143"/>
        <source>Start chat</source>
        <translation>Commencer la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="156"/>
        <source>  (yours)</source>
        <translation>  (à vous)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="199"/>
        <source>My preset</source>
        <translation>Mon préréglage</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="37"/>
        <source>Instructions the model follows</source>
        <translation>Instructions que le modèle suit</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="42"/>
        <source>Lower is steadier, higher is more varied</source>
        <translation>Plus bas, plus régulier ; plus haut, plus varié</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="51"/>
        <source>as much as the model allows</source>
        <translation>autant que le modèle le permet</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="54"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="55"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="56"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="57"/>
        <source>Longest reply (tokens)</source>
        <translation>Réponse la plus longue (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="58"/>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Used by new conversations; each conversation can change its own.</source>
        <translation>Utilisé par les nouvelles conversations ; chacune peut modifier le sien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Maximum reply length (tokens)</source>
        <translation>Longueur maximale de réponse (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Random seed (-1 = different every time)</source>
        <translation>Graine aléatoire (-1 = différente à chaque fois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Capped at the model&apos;s own maximum.</source>
        <translation>Plafonnée au maximum du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Layers on the GPU (-2 = Auto, -1 = all, 0 = none)</source>
        <translation>Couches sur le GPU (-2 = auto, -1 = toutes, 0 = aucune)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.</source>
        <translation>Auto place sur le GPU autant de couches que sa mémoire libre en contient avec le contexte ; sans GPU, aucune.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>CPU threads (0 = automatic)</source>
        <translation>Threads CPU (0 = automatique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Model file</source>
        <translation>Fichier du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Empty means the bundled model.</source>
        <translation>Vide signifie le modèle fourni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Servir le modèle chargé aux autres applications de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.</source>
        <translation>Une API compatible OpenAI sur 127.0.0.1 (/v1/models, /v1/chat/completions), protégée par le jeton affiché ci-dessous. Désactivée par défaut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Port for the local API</source>
        <translation>Port de l’API locale</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Also let other computers on the network use it (not only this one)</source>
        <translation>Laisser aussi les autres ordinateurs du réseau l’utiliser (pas seulement celui-ci)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.</source>
        <translation>Écoute sur toutes les interfaces réseau au lieu de 127.0.0.1. Toute personne qui peut joindre cet ordinateur et possède le jeton peut alors utiliser le modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>Memory for going back to recent conversations (MB, 0 = automatic)</source>
        <translation>Mémoire pour revenir aux conversations récentes (Mo, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>Each recent conversation&apos;s state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer&apos;s memory, at most 2 GB.</source>
        <translation>L’état de chaque conversation récente est conservé, pour qu’y revenir ne relise pas tout son historique. Automatique : un huitième de la mémoire de cet ordinateur, 2 Go au plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Language (applied at the next start)</source>
        <translation>Langue (appliquée au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="63"/>
        <source>System follows this computer&apos;s language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese.</source>
        <translation>« Système » suit la langue de cet ordinateur. Hearth parle anglais, allemand, français, espagnol, chinois simplifié et japonais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Embedding model for documents</source>
        <translation>Modèle d&apos;embedding pour les documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again.</source>
        <translation>Comment vos documents sont cherchés par le sens. Le modèle fourni lit surtout l&apos;anglais ; un modèle plus fort ou multilingue peut être téléchargé dans Modèles (Pour les documents). Vos documents sont alors indexés à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Search what reasoning models thought, too</source>
        <translation>Rechercher aussi dans la réflexion des modèles de raisonnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Search finds words in the replies&apos; answers; with this on, also in the thinking that reasoning models write before they answer.</source>
        <translation>La recherche trouve les mots dans les réponses ; avec cette option, aussi dans la réflexion que les modèles de raisonnement écrivent avant de répondre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Choose a model file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="143"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>saved — type a new one to replace it</source>
        <translation>enregistré — saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>Forget the Hugging Face token</source>
        <translation>Oublier le jeton Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Hugging Face token (for gated models)</source>
        <translation>Jeton Hugging Face (pour les modèles à accès restreint)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Token for the local API</source>
        <translation>Jeton de l’API locale</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Where the local API&apos;s token is kept</source>
        <translation>Où est conservé le jeton de l’API locale</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Other apps send it as a bearer token.</source>
        <translation>Les autres applications l’envoient comme jeton d’accès (bearer).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Layers on the GPU</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="228"/>
        <source>Bundled: all-MiniLM-L6-v2 (English)</source>
        <translation>Fourni : all-MiniLM-L6-v2 (anglais)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>{file} (missing: the bundled one is used)</source>
        <translation>{file} (absent : le modèle fourni est utilisé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="238"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="271"/>
        <source>Your token is stored in the system keyring.</source>
        <translation>Votre jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="273"/>
        <source>No system keyring is available, so your token is kept in {file}, readable only by you.</source>
        <translation>Aucun trousseau système n’est disponible ; votre jeton est donc conservé dans {file}, lisible par vous seul.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="275"/>
        <source>No system keyring is available, so your token is kept in memory only and forgotten when Hearth closes.</source>
        <translation>Aucun trousseau système n’est disponible ; votre jeton reste donc en mémoire seulement et sera oublié à la fermeture de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="282"/>
        <source>Kept in {file}, readable only by you: this computer has no system keyring.</source>
        <translation>Conservé dans {file}, lisible par vous seul : cet ordinateur n’a pas de trousseau système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="285"/>
        <source>Kept in the system keyring.</source>
        <translation>Conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="286"/>
        <source>Kept in memory only, so it changes when Hearth restarts: there is no system keyring, and the settings folder could not be written.</source>
        <translation>Conservé en mémoire seulement, il change donc au redémarrage de Hearth : il n’y a pas de trousseau système et le dossier des réglages n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="82"/>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="35"/>
        <source>Stop the reply being written</source>
        <translation>Arrêter la réponse en cours d’écriture</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="37"/>
        <source>Move to the next or previous control</source>
        <translation>Passer à la commande suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Message box</source>
        <translation>Zone de message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="39"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="41"/>
        <source>Start a new line</source>
        <translation>Commencer une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="43"/>
        <source>Cancel editing a message</source>
        <translation>Annuler la modification d’un message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Search box</source>
        <translation>Zone de recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Go to the results</source>
        <translation>Aller aux résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="47"/>
        <source>Open the first result</source>
        <translation>Ouvrir le premier résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51"/>
        <source>Open the conversation and go to its message box</source>
        <translation>Ouvrir la conversation et aller à sa zone de message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="72"/>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="101"/>
        <source>Everything in Hearth can be done from the keyboard. Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the system&apos;s.</source>
        <translation>Tout dans Hearth peut se faire au clavier. Taille du texte : Ctrl+= plus grand, Ctrl+- plus petit, Ctrl+0 celle du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="110"/>
        <source>Shortcuts, by where they work</source>
        <translation>Raccourcis, selon l’endroit où ils agissent</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="129"/>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="138"/>
        <source>Close keyboard shortcuts</source>
        <translation>Fermer les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="41"/>
        <source>Source {number}: {file}</source>
        <translation>Source {number} : {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="44"/>
        <source>{file}, {where}</source>
        <translation>{file}, {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="52"/>
        <source>The passage the reply was given</source>
        <translation>Le passage fourni pour la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="55"/>
        <source>Open the file…</source>
        <translation>Ouvrir le fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="56"/>
        <source>Open {file}</source>
        <translation>Ouvrir {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="71"/>
        <source>{file} is not there any more.</source>
        <translation>{file} n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="75"/>
        <source>Open {file} in the app your system uses for it?</source>
        <translation>Ouvrir {file} avec l’application que votre système utilise pour ce type de fichier ?</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/chat/summarize.py" line="117"/>
        <location filename="../../app/chat/summarize.py" line="133"/>
        <source>**Part {number}.** {text}</source>
        <translation>**Partie {number}.** {text}</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="121"/>
        <source>**Summary of {file}**</source>
        <translation>**Résumé de {file}**</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="123"/>
        <source>*The parts, one by one:*</source>
        <translation>*Les parties, une à une :*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="125"/>
        <source>*Summarizing {file}: part {number} of {count}…*</source>
        <translation>*Résumé de {file} : partie {number} sur {count}…*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="129"/>
        <source>*Combining the summaries of the {count} parts…*</source>
        <translation>*Réunion des résumés des {count} parties…*</translation>
    </message>
</context>
<context>
    <name>ThinkingBlock</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="156"/>
        <source>The model&apos;s thinking</source>
        <translation>La réflexion du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="185"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thinking cut off</source>
        <translation>Réflexion interrompue</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thought</source>
        <translation>A réfléchi</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="190"/>
        <source>Thinking cut off after {seconds} s</source>
        <translation>Réflexion interrompue après {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="191"/>
        <source>Thought for {seconds} s</source>
        <translation>A réfléchi pendant {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="198"/>
        <source>{label}: hide the model&apos;s thinking</source>
        <translation>{label} : masquer la réflexion du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="199"/>
        <source>{label}: show the model&apos;s thinking</source>
        <translation>{label} : afficher la réflexion du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="200"/>
        <source>Hide the thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="201"/>
        <source>Show what the model thought before answering</source>
        <translation>Afficher ce que le modèle a pensé avant de répondre</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="33"/>
        <source>Deleted conversations stay here for %n days, then go for good.</source>
        <translation>
            <numerusform>Les conversations supprimées restent ici %n jour, puis disparaissent définitivement.</numerusform>
            <numerusform>Les conversations supprimées restent ici %n jours, puis disparaissent définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="38"/>
        <source>Conversations in the Trash</source>
        <translation>Conversations dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="40"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="44"/>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="46"/>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="65"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="101"/>
        <source>all %n conversations in the trash</source>
        <translation>
            <numerusform>la %n conversation de la corbeille</numerusform>
            <numerusform>les %n conversations de la corbeille</numerusform>
        </translation>
    </message>
</context>
</TS>
