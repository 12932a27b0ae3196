<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/server/service.py" line="77"/>
        <source>The local API could not listen on port {port} ({error}). Choose another port in Settings.</source>
        <translation>ローカル API がポート {port} で待ち受けできませんでした（{error}）。設定で別のポートを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="102"/>
        <source>the network, port {port}</source>
        <translation>ネットワーク、ポート {port}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/server/service.py" line="104"/>
        <source>API on {where} · answering %n</source>
        <translation>
            <numerusform>API: {where} · %n 件に応答中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="105"/>
        <source>API on {where}</source>
        <translation>API: {where}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/chat/attachments.py" line="76"/>
        <source>The file could not be attached: {problem}</source>
        <translation>ファイルを添付できませんでした：{problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="20"/>
        <source>Files attached to this chat</source>
        <translation>このチャットに添付したファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="39"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="42"/>
        <source>{file} · reading…</source>
        <translation>{file} · 読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="44"/>
        <source>{file} · %n tokens</source>
        <translation>
            <numerusform>{file} · %n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="45"/>
        <source>{file} · %n passages</source>
        <translation>
            <numerusform>{file} · %n 個の段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="58"/>
        <source>Remove {file} from this chat</source>
        <translation>{file} をこのチャットから外す</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="49"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="50"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="51"/>
        <source>On this PC</source>
        <translation>このPCでは</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="52"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="122"/>
        <source>For documents (embedding)</source>
        <translation>ドキュメント用（埋め込み）</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="140"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="142"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="144"/>
        <source>Images (later)</source>
        <translation>画像（今後対応）</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="150"/>
        <source>Reasoning: it thinks before it answers; Hearth shows the thinking apart from the answer.</source>
        <translation>推論：回答する前に考えます。Hearth は思考を回答とは分けて表示します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="153"/>
        <source>Tools: it can call functions that an app gives it (through the local API).</source>
        <translation>ツール：アプリから渡された関数を呼び出せます（ローカル API 経由）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="156"/>
        <source>Images (later): it can read pictures with its projector file; Hearth does not send it pictures yet.</source>
        <translation>画像（今後対応）：プロジェクターファイルを使って画像を読めますが、Hearth はまだ画像を送りません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="191"/>
        <source>Its exact size and sha256 are not published; the download is checked against Hugging Face&apos;s own size and hash.</source>
        <translation>正確なサイズと sha256 は公開されていません。ダウンロードは Hugging Face 自身のサイズとハッシュで検証されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="195"/>
        <source>This version of Hearth cannot run it.</source>
        <translation>このバージョンの Hearth では実行できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="215"/>
        <source>Models that turn documents into numbers, so that a chat can find the passages it needs. They do not chat.</source>
        <translation>ドキュメントを数値に変換して、チャットが必要な段落を見つけられるようにするモデルです。チャットはしません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="229"/>
        <source>Unsupported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="231"/>
        <source>Too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="235"/>
        <source>about {0} tokens/s</source>
        <translation>約 {0} トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="236"/>
        <source>under 1 token/s</source>
        <translation>1 トークン/秒未満</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="237"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="242"/>
        <source>An estimate from this computer&apos;s {0} cores, before any reply was measured.</source>
        <translation>回答を計測する前の、このコンピューターの {0} コアからの推定です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="245"/>
        <source>An estimate from this computer&apos;s measured speed: {0} tokens/s with a {1} model.</source>
        <translation>このコンピューターで計測した速度からの推定です：{1} のモデルで {0} トークン/秒。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="248"/>
        <source>Fast enough to chat.</source>
        <translation>チャットに十分な速さです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="249"/>
        <source>Under {0} tokens/s a reply comes more slowly than you read it.</source>
        <translation>{0} トークン/秒未満では、読む速さより回答が遅くなります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="258"/>
        <source>{dimension} dimensions · up to {tokens} tokens</source>
        <translation>{dimension} 次元 · 最大 {tokens} トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="261"/>
        <source>many languages</source>
        <translation>多言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="262"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="270"/>
        <source> · gated</source>
        <translation> · アクセス制限あり</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="273"/>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/chat/session.py" line="420"/>
        <source>The reply could not be saved ({problem}). It stays on screen; free some disk space and Hearth will save the next ones.</source>
        <translation>回答を保存できませんでした（{problem}）。画面には残っています。ディスクの空きを増やすと、次からは保存されます。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Chat settings…</source>
        <translation>チャットの設定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>This conversation&apos;s system prompt, temperature, reply length and context</source>
        <translation>この会話のシステムプロンプト、温度、回答の長さ、コンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="103"/>
        <location filename="../../app/ui/chat_view.py" line="280"/>
        <source>The model this conversation uses</source>
        <translation>この会話で使うモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="104"/>
        <source>Model for this conversation</source>
        <translation>この会話のモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="120"/>
        <source>The document collections this conversation reads (File &gt; Documents makes them)</source>
        <translation>この会話が読むドキュメントのコレクション（「ファイル &gt; ドキュメント」で作成）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="138"/>
        <location filename="../../app/ui/chat_view.py" line="139"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140"/>
        <source>Load the model again</source>
        <translation>モデルを再読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <location filename="../../app/ui/chat_view.py" line="143"/>
        <source>Choose another model</source>
        <translation>別のモデルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="173"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Hearth へのメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="176"/>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the box.</source>
        <translation>Enter で送信、Shift+Enter で改行、Esc で回答を停止、Tab で入力欄を離れます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="185"/>
        <source>Editing your message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しいバージョンとして送信（元のものは残ります）、Esc でキャンセル。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="189"/>
        <location filename="../../app/ui/chat_view.py" line="436"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="193"/>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="195"/>
        <source>Attach files to this chat</source>
        <translation>このチャットにファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="197"/>
        <source>PDF, Word, text, Markdown, web pages and code: the model reads them with your questions. You can also drop files on the window.</source>
        <translation>PDF、Word、テキスト、Markdown、ウェブページ、コード：モデルが質問と一緒に読みます。ファイルをウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="245"/>
        <source>Documents: {names}</source>
        <translation>ドキュメント：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="247"/>
        <source>Documents: none</source>
        <translation>ドキュメント：なし</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="279"/>
        <source>The model this conversation uses: {model}</source>
        <translation>この会話のモデル：{model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="314"/>
        <source>… (the rest is in the message)</source>
        <translation>…（続きはメッセージ内にあります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="316"/>
        <source>Reply: {text}</source>
        <translation>回答：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="318"/>
        <source>The reply failed: {error}</source>
        <translation>回答に失敗しました：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="319"/>
        <source>Reply stopped: {text}</source>
        <translation>回答を停止しました：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335"/>
        <source>What the model reads: the system prompt, this conversation and what you are typing.</source>
        <translation>モデルが読む内容：システムプロンプト、この会話、入力中のテキスト。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="337"/>
        <source>Nearly full: soon the oldest messages will no longer fit, and the model will not see them.</source>
        <translation>ほぼ満杯：まもなく古いメッセージが収まらなくなり、モデルから見えなくなります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339"/>
        <source>Full: the oldest messages no longer fit and are left out of what the model reads (the chat marks where its view begins).</source>
        <translation>満杯：古いメッセージは収まらず、モデルが読む内容から外れています（チャット内に見える範囲の始まりが示されます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="345"/>
        <source>The server does not say how many tokens this model reads, so the meter counts what is sent (about four characters a token) without a limit.</source>
        <translation>サーバーがこのモデルの読めるトークン数を示さないため、メーターは送信した分（1 トークン約 4 文字）を上限なしで数えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="350"/>
        <source>What you are typing is too long for this model: cut about {n} tokens (or start a new chat).</source>
        <translation>入力中のテキストはこのモデルには長すぎます。約 {n} トークン減らしてください（または新しいチャットを始めてください）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="387"/>
        <source>Ask anything. Your chats stay on this computer.</source>
        <translation>何でも聞いてください。チャットはこのコンピューターの中だけに残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>Ask anything. What you write here is sent to {host}.</source>
        <translation>何でも聞いてください。ここに書いた内容は {host} に送信されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="432"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="433"/>
        <source>Stop the reply (Esc)</source>
        <translation>回答を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>Hearth is replying in another chat</source>
        <translation>Hearth は別のチャットで回答中です</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="440"/>
        <source>Send (Enter)</source>
        <translation>送信（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="441"/>
        <source>The model is not ready yet</source>
        <translation>モデルはまだ準備ができていません</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/chat/collections.py" line="243"/>
        <source>The documents index is not open.</source>
        <translation>ドキュメントのインデックスが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="256"/>
        <source>The indexing is still stopping; try again in a moment.</source>
        <translation>インデックス作成はまだ停止処理中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="270"/>
        <source>The documents index could not be replaced ({problem}). Restart Hearth and rebuild it again.</source>
        <translation>ドキュメントのインデックスを置き換えられませんでした（{problem}）。Hearth を再起動して、もう一度再構築してください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="315"/>
        <source>A collection needs a name.</source>
        <translation>コレクションには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="317"/>
        <source>There is already a collection called {name}.</source>
        <translation>{name} という名前のコレクションはすでにあります。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="338"/>
        <source>{path} is not there.</source>
        <translation>{path} が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="507"/>
        <source>The embedding model is missing from this installation, so documents cannot be indexed. Reinstalling Hearth brings it back.</source>
        <translation>このインストールには埋め込みモデルがないため、ドキュメントのインデックスを作成できません。Hearth を再インストールすると元に戻ります。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="614"/>
        <source>The indexing of {name} is still stopping; try again in a moment.</source>
        <translation>{name} のインデックス作成はまだ停止処理中です。少し待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../app/chat/connections.py" line="60"/>
        <source>Give the connection a name (without a colon).</source>
        <translation>接続に名前を付けてください（コロンは使えません）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="62"/>
        <source>The address must look like http://host:port (or https://).</source>
        <translation>アドレスは http://ホスト:ポート（または https://）の形にしてください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="64"/>
        <source>There is already a connection called “{name}”.</source>
        <translation>「{name}」という接続はすでにあります。</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="33"/>
        <source>A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, with an OpenAI-compatible API). Its models join the model list; what you write in a conversation using one is sent to that server. Hearth contacts no server you did not add here.</source>
        <translation>より大きなモデルを動かすサーバー（llama-server、vLLM、Ollama、LM Studio、TGI など、OpenAI 互換 API のもの）。そのモデルはモデル一覧に加わり、それを使う会話で書いた内容はそのサーバーに送信されます。ここで追加していないサーバーに Hearth が接続することはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="40"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="47"/>
        <source>optional; kept in the system keyring</source>
        <translation>任意。システムのキーリングに保存されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="48"/>
        <source>Add and list its models</source>
        <translation>追加してモデルを一覧表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="50"/>
        <source>List models again</source>
        <translation>モデルを再取得</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="52"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="55"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="56"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="57"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="71"/>
        <source>Connection “{name}”</source>
        <translation>接続「{name}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="77"/>
        <source>no models listed yet</source>
        <translation>まだモデルがありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="91"/>
        <source>Add a connection</source>
        <translation>接続を追加</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/chat/context_meter.py" line="56"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? トークン</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="58"/>
        <source>{used} / {window} tokens</source>
        <translation>{used} / {window} トークン</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="186"/>
        <source>This message is too long for the model: it takes about {used} tokens of the {room} the model can read. Cut about {cut} tokens, or split it into several messages.</source>
        <translation>このメッセージはモデルには長すぎます：モデルが読める {room} トークンのうち約 {used} トークンを使います。約 {cut} トークン減らすか、複数のメッセージに分けてください。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="125"/>
        <source>● replying…</source>
        <translation>● 回答中…</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../../app/chat/exporting.py" line="47"/>
        <location filename="../../app/chat/exporting.py" line="87"/>
        <source>This conversation is gone.</source>
        <translation>この会話はもうありません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="51"/>
        <source>Export conversation: {note}</source>
        <translation>会話をエクスポート：{note}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="52"/>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="54"/>
        <source>Markdown, the versions shown (*.md)</source>
        <translation>Markdown、表示中のバージョン (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="55"/>
        <source>JSON, the versions shown (*.json)</source>
        <translation>JSON、表示中のバージョン (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="56"/>
        <source>JSON with every version (*.json)</source>
        <translation>JSON、すべてのバージョン (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="93"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="96"/>
        <source>Exported every version to {path}</source>
        <translation>すべてのバージョンを {path} にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="98"/>
        <source>Exported the versions shown to {path}</source>
        <translation>表示中のバージョンを {path} にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="76"/>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="77"/>
        <source>Delete “{title}” and all of its messages for good? This cannot be undone.</source>
        <translation>「{title}」とそのすべてのメッセージを完全に削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="229"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="230"/>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="233"/>
        <source>Search all chats…</source>
        <translation>すべてのチャットを検索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="238"/>
        <source>Search all chats</source>
        <translation>すべてのチャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="242"/>
        <location filename="../../app/ui/conversation_list.py" line="252"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="255"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="259"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="263"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="270"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="273"/>
        <source>Passages found in your documents</source>
        <translation>ドキュメント内で見つかった段落</translation>
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
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Pin to the top</source>
        <translation>先頭にピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="109"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="111"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="113"/>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="114"/>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="120"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="123"/>
        <source>%n min ago</source>
        <translation>%n 分前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="126"/>
        <source>%n h ago</source>
        <translation>%n 時間前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="129"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="131"/>
        <source>%n days ago</source>
        <translation>%n 日前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="247"/>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="231"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="233"/>
        <source>Started from the preset “{name}”. Changes apply to this conversation only.</source>
        <translation>プリセット「{name}」から開始しました。変更はこの会話にのみ適用されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="235"/>
        <source>Changes apply to this conversation only.</source>
        <translation>変更はこの会話にのみ適用されます。</translation>
    </message>
</context>
<context>
    <name>DocumentProblem</name>
    <message>
        <location filename="../../app/chat/document_problems.py" line="20"/>
        <source>It is a folder, not a file.</source>
        <translation>ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="21"/>
        <source>It is not a regular file (a device, pipe or socket).</source>
        <translation>通常のファイルではありません（デバイス、パイプ、ソケットのいずれかです）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="22"/>
        <source>It changed while being read: try again once it is saved.</source>
        <translation>読み込み中に変更されました。保存してからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="24"/>
        <source>It changed while it was being read; it will be read again the next time the collection is updated.</source>
        <translation>読み込み中に変更されました。次にコレクションを更新するときに読み直します。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="27"/>
        <source>It is empty.</source>
        <translation>空のファイルです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="28"/>
        <source>Hearth may not read it (permission denied).</source>
        <translation>Hearth には読み取る権限がありません（アクセス拒否）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="29"/>
        <source>It is a link that loops back on itself.</source>
        <translation>自分自身を指してループしているリンクです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="30"/>
        <source>It is a link to something that is not there.</source>
        <translation>存在しないものを指すリンクです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="31"/>
        <source>It is not there any more (moved or deleted?).</source>
        <translation>もうありません（移動または削除された？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="32"/>
        <source>It is not there any more (deleted or moved while indexing).</source>
        <translation>もうありません（インデックス作成中に削除または移動されました）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="34"/>
        <source>It was deleted while being read.</source>
        <translation>読み込み中に削除されました。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="35"/>
        <source>Its drive cannot be read (removed or failing?).</source>
        <translation>ドライブを読み取れません（取り外されたか、故障している？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="36"/>
        <source>It could not be opened: {error}.</source>
        <translation>開けませんでした：{error}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="37"/>
        <source>It could not be read: {error}.</source>
        <translation>読み込めませんでした：{error}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="38"/>
        <source>Too large to index: over {limit}.</source>
        <translation>大きすぎてインデックスできません：{limit} を超えています。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="39"/>
        <source>Too large to index: {size} (the limit is {limit}).</source>
        <translation>大きすぎてインデックスできません：{size}（上限は {limit}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="40"/>
        <source>Not a document Hearth reads: a zip archive ({suffix}).</source>
        <translation>Hearth が読めるドキュメントではありません：zip アーカイブです（{suffix}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="41"/>
        <source>Not a document Hearth reads: a binary file ({suffix}).</source>
        <translation>Hearth が読めるドキュメントではありません：バイナリファイルです（{suffix}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="42"/>
        <source>An old Office file (.doc, .xls or .ppt), which Hearth does not read: save it as .docx or PDF.</source>
        <translation>Hearth が読めない古い Office ファイル（.doc、.xls、.ppt）です。.docx か PDF で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="45"/>
        <source>Not a PDF, though its name says so: it does not start as one.</source>
        <translation>名前は PDF ですが、PDF ではありません。PDF の形式で始まっていません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="47"/>
        <source>Not a Word document, though its name says so: it is not a zip.</source>
        <translation>名前は Word 文書ですが、Word 文書ではありません。zip 形式ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="49"/>
        <source>Not a Word document: a zip archive without a document in it.</source>
        <translation>Word 文書ではありません：文書を含まない zip アーカイブです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="51"/>
        <source>Not text: it looks like a binary file.</source>
        <translation>テキストではありません：バイナリファイルのようです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="52"/>
        <source>It has no text, only blank space.</source>
        <translation>テキストがなく、空白だけです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="53"/>
        <source>No text in it to index.</source>
        <translation>インデックスするテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="54"/>
        <source>The web page has no text in it.</source>
        <translation>ウェブページにテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="55"/>
        <source>The Word document has no text in it.</source>
        <translation>Word 文書にテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="56"/>
        <source>No text in it: its pages are blank.</source>
        <translation>テキストがありません：ページが空白です。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="57"/>
        <source>No text in it: its pages are images (a scan?).</source>
        <translation>テキストがありません：ページが画像です（スキャン？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="58"/>
        <source>It is password-protected.</source>
        <translation>パスワードで保護されています。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="59"/>
        <source>It is protected in a way that Hearth cannot open.</source>
        <translation>Hearth では開けない方法で保護されています。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="60"/>
        <source>The PDF could not be read: it is damaged.</source>
        <translation>PDF を読み込めませんでした：破損しています。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="61"/>
        <source>It has {count} pages; Hearth indexes at most {limit}.</source>
        <translation>{count} ページあります。Hearth がインデックスするのは最大 {limit} ページです。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="62"/>
        <source>It holds more text than Hearth indexes from one file ({limit}).</source>
        <translation>Hearth が 1 つのファイルからインデックスする量（{limit}）を超えるテキストがあります。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="64"/>
        <source>Reading it needs more memory than Hearth allows for one file.</source>
        <translation>読み込むには、Hearth が 1 つのファイルに許可するより多くのメモリが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="66"/>
        <source>The {kind} could not be read: it is nested too deeply.</source>
        <translation>{kind}を読み込めませんでした：入れ子が深すぎます。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="67"/>
        <source>The {kind} could not be read: {error}</source>
        <translation>{kind}を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="68"/>
        <source>The Word document could not be read: {error}</source>
        <translation>Word 文書を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="69"/>
        <source>The Word document could not be read: it holds {count} parts (a zip bomb?).</source>
        <translation>Word 文書を読み込めませんでした：{count} 個のパーツを含んでいます（zip 爆弾？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="72"/>
        <source>It would unpack to {size} from {packed} (a zip bomb?).</source>
        <translation>展開すると {packed} から {size} になります（zip 爆弾？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="74"/>
        <source>The reader stopped before it could read it.</source>
        <translation>読み取り処理が、読み込みを終える前に停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="75"/>
        <source>Reading it took longer than {seconds} s, so it was stopped.</source>
        <translation>読み込みに {seconds} 秒以上かかったため、停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="77"/>
        <source>The reader crashed on it (signal {code}).</source>
        <translation>読み取り処理がこのファイルでクラッシュしました（シグナル {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="78"/>
        <source>The reader crashed on it (exit code {code}).</source>
        <translation>読み取り処理がこのファイルでクラッシュしました（終了コード {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="82"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="83"/>
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="84"/>
        <source>web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="85"/>
        <source>Markdown file</source>
        <translation>Markdown ファイル</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="86"/>
        <source>text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="87"/>
        <source>code file</source>
        <translation>コードファイル</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../app/ui/documents_window.py" line="67"/>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="68"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>ドキュメント ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="75"/>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="81"/>
        <location filename="../../app/ui/documents_window.py" line="337"/>
        <source>Reading now…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="83"/>
        <source>Indexed · one passage</source>
        <translation>インデックス済み · 1 件のパッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="87"/>
        <location filename="../../app/ui/documents_window.py" line="338"/>
        <source>Not indexed</source>
        <translation>インデックスなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="88"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="169"/>
        <source>Why it was not indexed</source>
        <translation>インデックスされなかった理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="199"/>
        <location filename="../../app/ui/documents_window.py" line="642"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="212"/>
        <source>Problem with the documents index</source>
        <translation>ドキュメントのインデックスの問題</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="213"/>
        <source>Rebuild the index…</source>
        <translation>インデックスを再構築…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="222"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="225"/>
        <source>&amp;Collections</source>
        <translation>コレクション(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="227"/>
        <source>&amp;New collection…</source>
        <translation>新しいコレクション(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="229"/>
        <source>&amp;Delete collection…</source>
        <translation>コレクションを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="246"/>
        <source>A collection is a set of folders and files that your chats can search and cite, all on this computer. Choose New collection… to make the first one.</source>
        <translation>コレクションとは、チャットが検索・引用できるフォルダーとファイルのまとまりで、すべてこのコンピューター上にあります。「新しいコレクション…」を選んで最初のコレクションを作成してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="262"/>
        <source>Close the Documents window</source>
        <translation>「ドキュメント」ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="283"/>
        <source>Folders and files in the collection</source>
        <translation>コレクション内のフォルダーとファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="287"/>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="289"/>
        <source>Add f&amp;older…</source>
        <translation>フォルダーを追加(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="291"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="292"/>
        <source>Remove the chosen folder or file</source>
        <translation>選んだフォルダーまたはファイルを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="300"/>
        <location filename="../../app/ui/documents_window.py" line="427"/>
        <source>&amp;Index now</source>
        <translation>今すぐインデックス作成(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="303"/>
        <source>Indexing</source>
        <translation>インデックス作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="304"/>
        <location filename="../../app/ui/documents_window.py" line="512"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="306"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="307"/>
        <source>Cancel indexing</source>
        <translation>インデックス作成をキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="315"/>
        <source>Indexing progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="323"/>
        <source>Files in the collection</source>
        <translation>コレクション内のファイル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="336"/>
        <source>Indexed · %n passages</source>
        <translation>
            <numerusform>インデックス済み · %n 件のパッセージ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="344"/>
        <source>The chosen file</source>
        <translation>選んだファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="401"/>
        <source>Folders and files in {name}</source>
        <translation>{name} のフォルダーとファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="426"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="448"/>
        <source>Nothing in it yet: Add folder… or Add files…, and they are indexed at once.</source>
        <translation>まだ空です。「フォルダーを追加…」または「ファイルを追加…」で追加すると、すぐにインデックスが作成されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="451"/>
        <source>Files: none indexed yet.</source>
        <translation>ファイル：まだインデックスされたものはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="458"/>
        <source>Files: {total} · indexed {indexed} · passages {passages}</source>
        <translation>ファイル：{total} · インデックス済み {indexed} · パッセージ {passages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="462"/>
        <source> · waiting {count}</source>
        <translation> · 待機中 {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="465"/>
        <source> · not indexed {count} (listed first, with the reason)</source>
        <translation> · インデックスなし {count}（理由とともに先頭に表示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="478"/>
        <source>Choose a file to see where it is and its state.</source>
        <translation>ファイルを選ぶと、その場所と状態が表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="480"/>
        <source>{path}
Not indexed: {reason}</source>
        <translation>{path}
インデックスなし：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="498"/>
        <source>Paused after {done} of {total}. Resume goes on with the next file.</source>
        <translation>{total} 件中 {done} 件の後で一時停止中です。「再開」で次のファイルから続けます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="501"/>
        <source>Indexing {number} of {total}: {name}</source>
        <translation>インデックス作成中 {number} / {total}：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="504"/>
        <source>Looking for files…</source>
        <translation>ファイルを探しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="506"/>
        <source>Waiting until {other} is indexed.</source>
        <translation>{other} のインデックス作成が終わるのを待っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="511"/>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="535"/>
        <source>Indexing stopped: {problem}</source>
        <translation>インデックス作成が止まりました：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="541"/>
        <source>Cancelled. What was indexed is kept; Update goes on from there.</source>
        <translation>キャンセルしました。インデックス済みの内容は残ります。「更新」でそこから続けます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="543"/>
        <source>Up to date at {time}: {new} read, {same} unchanged.</source>
        <translation>{time} 時点で最新：{new} 件を読み込み、{same} 件は変更なし。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="547"/>
        <source>%n could not be read (see below).</source>
        <translation>
            <numerusform>%n 件を読み込めませんでした（下を参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="550"/>
        <source>%n gone from disk, forgotten.</source>
        <translation>
            <numerusform>%n 件はディスクから消えたため、削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="552"/>
        <source>Not there (a removed drive?): {paths}; what was indexed from it is kept.</source>
        <translation>見つかりません（取り外したドライブ？）：{paths}。そこからインデックスした内容は残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="562"/>
        <location filename="../../app/ui/documents_window.py" line="575"/>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="563"/>
        <source>Name of the new collection (for example Tax 2026):</source>
        <translation>新しいコレクションの名前（例：2026 年の税金）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="588"/>
        <source>Delete collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="589"/>
        <source>Delete the collection {name}? What was indexed from it is forgotten; the files themselves stay where they are.</source>
        <translation>コレクション {name} を削除しますか？ そこから作成したインデックスは消えますが、ファイル自体はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="613"/>
        <source>Remove from the collection</source>
        <translation>コレクションから削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="614"/>
        <source>Remove {path} from {name}? What was indexed from it is forgotten; the files stay on disk.</source>
        <translation>{name} から {path} を削除しますか？ そこから作成したインデックスは消えますが、ファイルはディスクに残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="631"/>
        <source>Rebuild the documents index</source>
        <translation>ドキュメントのインデックスを再構築</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="632"/>
        <source>Replace the damaged index with a new, empty one? The collections it can still name are kept; Index now reads their files again. Your chats and your files are not touched.</source>
        <translation>破損したインデックスを新しい空のインデックスに置き換えますか？ まだ名前を読み取れるコレクションは残り、「今すぐインデックス作成」でファイルを読み直します。チャットとファイルには影響しません。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="81"/>
        <source>{h} h {m} min</source>
        <translation>{h} 時間 {m} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="101"/>
        <location filename="../../app/ui/model_manager.py" line="140"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="103"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>{done} of {total} · {speed} MB/s · {eta} left</source>
        <translation>{done} / {total} · {speed} MB/秒 · 残り {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>Paused at {done} of {total}; resume any time, even after restarting Hearth.</source>
        <translation>{done} / {total} で一時停止中。Hearth を再起動した後でも、いつでも再開できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="130"/>
        <source>Failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="132"/>
        <source>Downloaded and verified.</source>
        <translation>ダウンロードして検証しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="134"/>
        <source>Cancelled; the partial file was removed.</source>
        <translation>キャンセルしました。途中までのファイルは削除されました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="136"/>
        <source>Waiting for the download before it.</source>
        <translation>前のダウンロードを待っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="138"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="139"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="153"/>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="154"/>
        <source>Cancel the download of {name} and delete what was downloaded so far?</source>
        <translation>{name} のダウンロードをキャンセルし、ここまでの分を削除しますか？</translation>
    </message>
</context>
<context>
    <name>GpuLayersEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="83"/>
        <source>Auto: as many as fit in the GPU&apos;s memory</source>
        <translation>自動：GPU メモリに収まるだけ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>All layers</source>
        <translation>すべての層</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="85"/>
        <source>None: run on the CPU only</source>
        <translation>なし：CPU のみで実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="86"/>
        <source>This many layers:</source>
        <translation>層の数を指定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88"/>
        <source>Layers on the GPU</source>
        <translation>GPU に載せる層</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="92"/>
        <source>Number of layers on the GPU</source>
        <translation>GPU に載せる層の数</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../app/chat/history_import.py" line="58"/>
        <source>The import was cancelled.</source>
        <translation>インポートはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35"/>
        <source>Choose an export</source>
        <translation>エクスポートを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36"/>
        <source>Exports (*.zip *.json *.jsonl *.chat);;All files (*)</source>
        <translation>エクスポート (*.zip *.json *.jsonl *.chat);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Bring in your conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All. The other app&apos;s files are only read, never changed; importing the same export again adds only what is new.</source>
        <translation>ChatGPT、Open WebUI、Jan、LM Studio、GPT4All の会話を取り込みます。他のアプリのファイルは読むだけで、変更はしません。同じエクスポートをもう一度インポートしても、追加されるのは新しい分だけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Conversations found on this computer</source>
        <translation>このコンピューターで見つかった会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>The app the export comes from</source>
        <translation>エクスポート元のアプリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Detect the app</source>
        <translation>アプリを自動判別</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Choose a &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Choose an export file</source>
        <translation>エクスポートファイルを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Choose a f&amp;older…</source>
        <translation>フォルダーを選択(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Choose another app&apos;s folder</source>
        <translation>他のアプリのフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>What was imported</source>
        <translation>インポートした内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>What was imported, and what was skipped and why, shows here.</source>
        <translation>インポートした内容と、スキップした内容およびその理由がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>&amp;Stop import</source>
        <translation>インポートを停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Stop the import</source>
        <translation>インポートを停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Found %n conversation(s) from {app} in {folder}</source>
        <translation>
            <numerusform>{folder} に {app} の会話が %n 件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Import the conversations from {app}</source>
        <translation>{app} の会話をインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Reading {path}…</source>
        <translation>{path} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Stopped: what was imported before stopping is kept.</source>
        <translation>停止しました。停止前にインポートした分は残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>Every conversation in it was imported before: nothing new.</source>
        <translation>含まれる会話はすべて以前にインポート済みです。新しいものはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source>From {app}:</source>
        <translation>{app} から：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>新しい会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>%n conversation(s) with new messages</source>
        <translation>
            <numerusform>新しいメッセージがある会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>インポート済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="209"/>
        <source>%n message(s), of which {versions} other versions</source>
        <translation>
            <numerusform>メッセージ %n 件（うち別バージョン {versions} 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>Skipped %n:</source>
        <translation>
            <numerusform>%n 件をスキップしました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>  … and %n more (the command line&apos;s --json lists them all)</source>
        <translation>
            <numerusform>  … ほか %n 件（コマンドラインの --json ですべて表示されます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="221"/>
        <source>Imported with %n problem(s):</source>
        <translation>
            <numerusform>インポートしましたが、%n 件の問題がありました：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="113"/>
        <source>Text size %1%</source>
        <translation>文字サイズ %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <location filename="../../app/ui/window_status.py" line="21"/>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Blocked a link Hearth does not open: {url}</source>
        <translation>Hearth が開かないリンクをブロックしました：{url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Another import is running. Drop {file} again once it is done.</source>
        <translation>別のインポートが実行中です。終わったら {file} をもう一度ドロップしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>{file} is a conversation export from {app}. Import its conversations into Hearth?</source>
        <translation>{file} は {app} の会話のエクスポートです。その会話を Hearth にインポートしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Attach files to this chat</source>
        <translation>このチャットにファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>This conversation could not be read: {problem}</source>
        <translation>この会話を読み込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Your message could not be saved ({problem}). It is still in the box below; free some disk space and press Enter again.</source>
        <translation>メッセージを保存できませんでした（{problem}）。下の入力欄に残っています。ディスクの空きを増やしてから、もう一度 Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Local API on the network</source>
        <translation>ネットワーク上のローカル API</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Other computers that can reach this one will be able to use the model (with the token), and what they send is processed here. Listen on the network?</source>
        <translation>このコンピューターに接続できる他のコンピューターが（トークンを使って）モデルを利用でき、送られた内容はここで処理されます。ネットワークで待ち受けますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Local API</source>
        <translation>ローカル API</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Other apps on this computer can now use {address}/v1 with the bearer token:

{token}

Settings shows it again.</source>
        <translation>このコンピューターの他のアプリは、次のベアラートークンで {address}/v1 を使えるようになりました：

{token}

設定でもう一度確認できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>{app} {version}
Private, offline chat with open models.
Your data: {folder}</source>
        <translation>{app} {version}
オープンなモデルとのプライベートなオフラインチャット。
データの場所：{folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>%n tokens · {speed} tokens/s</source>
        <translation>
            <numerusform>%n トークン · {speed} トークン/秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="45"/>
        <source>Undone: {action}</source>
        <translation>元に戻しました：{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="51"/>
        <source>&amp;Undo: {action}</source>
        <translation>元に戻す(&amp;U)：{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="52"/>
        <location filename="../../app/ui/window_menus.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="84"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>New chat from &amp;preset…</source>
        <translation>プリセットから新しいチャット(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="42"/>
        <source>&amp;Import conversations…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>&amp;Models…</source>
        <translation>モデル(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Documents…</source>
        <translation>ドキュメント(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>&amp;Trash…</source>
        <translation>ゴミ箱(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>&amp;Bigger text</source>
        <translation>文字を大きく(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75"/>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Actual text size</source>
        <translation>標準の文字サイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="22"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="23"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="24"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="25"/>
        <source>Model failed to load</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="65"/>
        <source>Loading… {percent}%</source>
        <translation>読み込み中… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="105"/>
        <source>The model could not be loaded. {problem} Your conversations are still here to read.</source>
        <translation>モデルを読み込めませんでした。{problem} 会話はこれまでどおり読めます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="113"/>
        <source>Setting up the bundled model (first start only)…</source>
        <translation>同梱モデルを準備しています（初回起動時のみ）…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Version {which} of {count}</source>
        <translation>バージョン {which} / {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this reply</source>
        <translation>この回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this message</source>
        <translation>このメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="86"/>
        <source>message {n} (a reply)</source>
        <translation>メッセージ {n}（回答）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="87"/>
        <source>message {n} (yours)</source>
        <translation>メッセージ {n}（あなた）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="96"/>
        <source>Previous version of {subject}</source>
        <translation>{subject}の前のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="97"/>
        <source>Next version of {subject}</source>
        <translation>{subject}の次のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="98"/>
        <source>Edit {subject}</source>
        <translation>{subject}を編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="99"/>
        <source>Edit and send as a new version (the old one stays)</source>
        <translation>編集して新しいバージョンとして送信（元のものは残ります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Regenerate {subject}</source>
        <translation>{subject}を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Another reply; this one stays as a version</source>
        <translation>別の回答を生成。この回答はバージョンとして残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="102"/>
        <source>Continue {subject}</source>
        <translation>{subject}を続ける</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="103"/>
        <source>Continue this reply from where it stopped</source>
        <translation>止まったところからこの回答を続ける</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="104"/>
        <source>Delete {subject}</source>
        <translation>{subject}を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="105"/>
        <source>Delete this message and what follows (Ctrl+Z undoes)</source>
        <translation>このメッセージとそれ以降を削除（Ctrl+Z で元に戻せます）</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <location filename="../../app/ui/message_column.py" line="67"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="106"/>
        <source>Show {page} earlier messages ({count} in all)</source>
        <translation>前のメッセージを {page} 件表示（全 {count} 件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="117"/>
        <source>⋯  Messages above this line no longer fit the model&apos;s context window and were not sent with the last question  ⋯</source>
        <translation>⋯  この線より上のメッセージはモデルのコンテキストに収まらず、最後の質問と一緒には送られていません  ⋯</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <location filename="../../app/chat/message_commands.py" line="49"/>
        <source>Restore the deleted message</source>
        <translation>削除したメッセージを復元</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="51"/>
        <source>Deleted the message and what followed it. Ctrl+Z brings it back.</source>
        <translation>メッセージとそれ以降を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="60"/>
        <source>{problem} Your text is still in the box.</source>
        <translation>{problem} 入力したテキストは入力欄に残っています。</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="269"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="284"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="287"/>
        <source>Copy this message as Markdown</source>
        <translation>このメッセージを Markdown としてコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="346"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="351"/>
        <source>[{number}] {file} · {where}</source>
        <translation>[{number}] {file} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="356"/>
        <source>Source {number}: {file}, {where}</source>
        <translation>出典 {number}：{file}、{where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="389"/>
        <source>replying…</source>
        <translation>回答中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="390"/>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="391"/>
        <source>interrupted — Hearth closed before this reply finished</source>
        <translation>中断 — この回答が終わる前に Hearth が終了しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="393"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="417"/>
        <source>Stopped while the model was thinking, before its answer.</source>
        <translation>モデルが考えている途中、回答の前に停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="419"/>
        <source>Hearth closed while the model was thinking, before its answer.</source>
        <translation>モデルが考えている途中、回答の前に Hearth が終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="421"/>
        <source>The reply reached its length limit while the model was still thinking. Raise the maximum reply length in Settings and regenerate.</source>
        <translation>モデルがまだ考えている間に、回答が長さの上限に達しました。設定で回答の最大長を増やしてから再生成してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="427"/>
        <source>Stopped before any text. Regenerate asks again.</source>
        <translation>テキストが出る前に停止しました。再生成するともう一度尋ねます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="428"/>
        <source>Hearth closed before any text came. Regenerate asks again.</source>
        <translation>テキストが届く前に Hearth が終了しました。再生成するともう一度尋ねます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="430"/>
        <source>The model gave an empty reply.</source>
        <translation>モデルの回答は空でした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="482"/>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="483"/>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="567"/>
        <source>Showing all… {percent}%</source>
        <translation>すべて表示中… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="574"/>
        <source>Show all ({count} characters)</source>
        <translation>すべて表示（{count} 文字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="576"/>
        <source>Show all of this message ({count} characters)</source>
        <translation>このメッセージをすべて表示（{count} 文字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="577"/>
        <source>Only the start of this long message is shown</source>
        <translation>この長いメッセージは冒頭だけを表示しています</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <location filename="../../app/chat/model_choice.py" line="117"/>
        <source>This conversation used {model} on the connection “{name}”, which has been removed. Choose a model for it above.</source>
        <translation>この会話は接続「{name}」の {model} を使っていましたが、その接続は削除されました。上でモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="119"/>
        <source>The default model, {model} on “{name}”, is no longer available: its connection has been removed. Choose a model above or in Settings.</source>
        <translation>既定のモデル（「{name}」の {model}）は使えなくなりました。接続が削除されています。上か設定でモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="127"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>モデルが設定されていません。設定でモデルファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="136"/>
        <source>The model this conversation used, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose another model for it above, or get it again in {app}.</source>
        <translation>この会話で使っていた {app} のモデル {name} は、このコンピューターにもうありません。{app} が削除または移動しました。上で別のモデルを選ぶか、{app} でもう一度入手してください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="139"/>
        <source>The default model, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose a model above or in Models.</source>
        <translation>既定のモデル（{app} の {name}）は、このコンピューターにもうありません。{app} が削除または移動しました。上か「モデル」でモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="145"/>
        <source>The model this conversation used, {name}, is no longer on this computer. Choose another model for it above, or download it again in Models.</source>
        <translation>この会話で使っていたモデル {name} は、このコンピューターにもうありません。上で別のモデルを選ぶか、「モデル」で再ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="178"/>
        <source>chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="179"/>
        <source>plain transcript</source>
        <translation>プレーンな書き起こし</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="181"/>
        <source> · base model</source>
        <translation> · ベースモデル</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="182"/>
        <source>{tokens} ctx</source>
        <translation>{tokens} コンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="183"/>
        <source>context size unknown</source>
        <translation>コンテキストサイズ不明</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="188"/>
        <location filename="../../app/chat/model_choice.py" line="275"/>
        <location filename="../../app/chat/model_choice.py" line="287"/>
        <source>{name} ({app})</source>
        <translation>{name}（{app}）</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="197"/>
        <source>What you write in this conversation is sent to {host}.</source>
        <translation>この会話で書いた内容は {host} に送信されます。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="313"/>
        <source>The model changes after the current reply.</source>
        <translation>現在の回答が終わるとモデルが切り替わります。</translation>
    </message>
</context>
<context>
    <name>ModelFileEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>the bundled model</source>
        <translation>同梱モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Browse for a model file</source>
        <translation>モデルファイルを参照</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="172"/>
        <location filename="../../app/ui/model_manager.py" line="206"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="208"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>On this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="213"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="232"/>
        <source>Catalog of models</source>
        <translation>モデルのカタログ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>owner/repository</source>
        <translation>所有者/リポジトリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Hugging Face repository</source>
        <translation>Hugging Face のリポジトリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>File name in the repository</source>
        <translation>リポジトリ内のファイル名</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="252"/>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Download from Hugging Face</source>
        <translation>Hugging Face からダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="254"/>
        <location filename="../../app/ui/model_manager.py" line="605"/>
        <source>Import a .gguf file…</source>
        <translation>.gguf ファイルをインポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="257"/>
        <source>Any GGUF:</source>
        <translation>任意の GGUF：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="269"/>
        <source>This computer has {memory} of memory free for a model (a GPU&apos;s included). Models that fit and should write at least 8 tokens a second here come first; the speeds are estimates from the replies measured on this computer. Downloads come from Hugging Face; nothing is sent anywhere until you press Download.</source>
        <translation>このコンピューターでモデルに使える空きメモリは {memory} です（GPU を含む）。収まり、ここで毎秒 8 トークン以上書けるはずのモデルが先に並びます。速度はこのコンピューターで計測した回答からの推定です。ダウンロードは Hugging Face から行われ、「ダウンロード」を押すまで何も送信されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <source>Too large for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="296"/>
        <source>{name} needs about {needed} of memory and this computer has {free}. It will probably not run. Download anyway?</source>
        <translation>{name} には約 {needed} のメモリが必要ですが、このコンピューターには {free} しかありません。おそらく動きません。それでもダウンロードしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="308"/>
        <source>Enter a repository like owner/name and a file name ending in .gguf.</source>
        <translation>所有者/名前 の形のリポジトリと、.gguf で終わるファイル名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="320"/>
        <source>No downloads yet. Pick a model in the Catalog tab.</source>
        <translation>まだダウンロードはありません。「カタログ」タブでモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="344"/>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="355"/>
        <source>Use as default</source>
        <translation>既定として使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="357"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="359"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="383"/>
        <location filename="../../app/ui/model_manager.py" line="503"/>
        <source>{name}  (in use)</source>
        <translation>{name}（使用中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="406"/>
        <location filename="../../app/ui/model_manager.py" line="409"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="407"/>
        <source>{name} is in use. Choose another model first.</source>
        <translation>{name} は使用中です。先に別のモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="410"/>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>{name}（{size}）をこのコンピューターから削除しますか？
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="421"/>
        <source>Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this computer. Hearth uses them where they are, without copying them, and never changes or deletes their files: Remove only makes Hearth forget one.</source>
        <translation>他のアプリ（LM Studio、Ollama、GPT4All、Jan）がこのコンピューターにダウンロードしたモデルです。Hearth はコピーせずにその場所のまま使い、ファイルを変更・削除することはありません。「外す」は Hearth がそのモデルを忘れるだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="427"/>
        <source>What was found</source>
        <translation>見つかったもの</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="429"/>
        <source>Models from other apps on this computer</source>
        <translation>このコンピューター上の他のアプリのモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>From</source>
        <translation>入手元</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="445"/>
        <location filename="../../app/ui/model_manager.py" line="549"/>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="447"/>
        <source>Use the chosen model where it is</source>
        <translation>選んだモデルをその場所のまま使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="449"/>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="451"/>
        <source>Remove the chosen model from this list; its file stays</source>
        <translation>選んだモデルをこの一覧から外す（ファイルは残ります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="453"/>
        <source>Look again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="454"/>
        <source>Look again in other apps&apos; folders</source>
        <translation>他のアプリのフォルダーを再検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="475"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation>他のアプリのフォルダーを検索中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="488"/>
        <source>Missing: {app} deleted or moved it</source>
        <translation>見つかりません：{app} が削除または移動しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="490"/>
        <source>Cannot be used: {reason}</source>
        <translation>使用できません：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="492"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="494"/>
        <source>Too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="516"/>
        <source>No models were found in the folders of LM Studio, Ollama, GPT4All or Jan.</source>
        <translation>LM Studio、Ollama、GPT4All、Jan のフォルダーにモデルは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="518"/>
        <source>Press Look again to look in other apps&apos; folders.</source>
        <translation>「再検索」を押すと、他のアプリのフォルダーを検索します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="520"/>
        <source>Models from other apps: %n; {missing} of them no longer there.</source>
        <translation>
            <numerusform>他のアプリのモデル：%n 件（うち {missing} 件はもうありません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="523"/>
        <source>Models from other apps: %n, used where they are.</source>
        <translation>
            <numerusform>他のアプリのモデル：%n 件（その場所のまま使います）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="550"/>
        <source>An import is still running; try again when it is done.</source>
        <translation>インポートがまだ実行中です。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>{name}: {note}</source>
        <translation>{name}：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="571"/>
        <source>This model cannot be used</source>
        <translation>このモデルは使用できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="577"/>
        <source>Remove from the list</source>
        <translation>一覧から外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="578"/>
        <source>Stop offering {name}? Its file stays where {app} keeps it:
{path}</source>
        <translation>{name} を今後は表示しないようにしますか？ファイルは {app} が保存している場所に残ります：
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="587"/>
        <source>Import a model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="588"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Another import is still running.</source>
        <translation>別のインポートがまだ実行中です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="601"/>
        <source>Importing {name}…</source>
        <translation>{name} をインポート中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>Imported</source>
        <translation>インポートしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>{name} was imported. {note}</source>
        <translation>{name} をインポートしました。{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="616"/>
        <source>Import refused</source>
        <translation>インポートできません</translation>
    </message>
</context>
<context>
    <name>ModelOfferBar</name>
    <message>
        <location filename="../../app/ui/model_offer.py" line="22"/>
        <source>Offer of an instruct model</source>
        <translation>instruct モデルのおすすめ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="27"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="29"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="30"/>
        <source>Hide this for good; the Models window has them all</source>
        <translation>今後は表示しない（「モデル」ウィンドウにすべてあります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="32"/>
        <source>Not now: hide this offer for good</source>
        <translation>今はしない：このおすすめを今後表示しない</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="50"/>
        <source>{0} is a base model: it continues text rather than following instructions, so its answers are rough.</source>
        <translation>{0} はベースモデルです。指示に従うのではなく文章の続きを書くため、回答は粗くなります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="53"/>
        <source>{0} follows instructions and fits this computer.</source>
        <translation>{0} は指示に従い、このコンピューターに収まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="57"/>
        <source>about {0} tokens a second</source>
        <translation>毎秒約 {0} トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="58"/>
        <source>under a token a second</source>
        <translation>毎秒 1 トークン未満</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="59"/>
        <source>{0} follows instructions, fits this computer and should write {1} here.</source>
        <translation>{0} は指示に従い、このコンピューターに収まり、ここでは{1}で書けるはずです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="61"/>
        <source>{0} follows instructions and fits this computer, though it would write only {1} here.</source>
        <translation>{0} は指示に従いこのコンピューターに収まりますが、ここでは{1}でしか書けません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="65"/>
        <source>Download {0} ({1})</source>
        <translation>{0} をダウンロード（{1}）</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../app/chat/model_setup.py" line="59"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>モデルが設定されていません。設定でモデルファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_setup.py" line="48"/>
        <source>Setting up the bundled model was cancelled.</source>
        <translation>同梱モデルの準備はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/chat/navigator.py" line="83"/>
        <source>A new chat could not be started: {problem}</source>
        <translation>新しいチャットを開始できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="98"/>
        <source>Restore “{title}”</source>
        <translation>「{title}」を復元</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="100"/>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>「{title}」をゴミ箱に移動しました。Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/chat/preferences.py" line="48"/>
        <source>Could not save the settings: {problem}</source>
        <translation>設定を保存できませんでした：{problem}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="79"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="91"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="92"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="100"/>
        <source>My preset</source>
        <translation>マイプリセット</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="113"/>
        <source>New chat from preset</source>
        <translation>プリセットから新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="118"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="128"/>
        <source>New preset…</source>
        <translation>新しいプリセット…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="130"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="132"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="134"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="143"/>
        <source>Start chat</source>
        <translation>チャットを開始</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="156"/>
        <source>  (yours)</source>
        <translation>（自作）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="199"/>
        <source>My preset</source>
        <translation>マイプリセット</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="37"/>
        <source>Instructions the model follows</source>
        <translation>モデルが従う指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="42"/>
        <source>Lower is steadier, higher is more varied</source>
        <translation>低いほど安定し、高いほど多様になります</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="51"/>
        <source>as much as the model allows</source>
        <translation>モデルが許す最大</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="54"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="55"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="56"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="57"/>
        <source>Longest reply (tokens)</source>
        <translation>最大回答長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="58"/>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Used by new conversations; each conversation can change its own.</source>
        <translation>新しい会話で使われます。会話ごとに変更できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Maximum reply length (tokens)</source>
        <translation>回答の最大長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Random seed (-1 = different every time)</source>
        <translation>乱数シード（-1 = 毎回異なる）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Capped at the model&apos;s own maximum.</source>
        <translation>モデル自身の上限までです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Layers on the GPU (-2 = Auto, -1 = all, 0 = none)</source>
        <translation>GPU に載せる層（-2 = 自動、-1 = すべて、0 = なし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.</source>
        <translation>自動では、コンテキストと合わせて GPU の空きメモリに収まるだけの層を GPU に載せます。GPU がなければ載せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>CPU threads (0 = automatic)</source>
        <translation>CPU スレッド数（0 = 自動）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Empty means the bundled model.</source>
        <translation>空欄なら同梱モデルを使います。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>読み込んだモデルをこのコンピューターの他のアプリに提供する</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.</source>
        <translation>127.0.0.1 上の OpenAI 互換 API（/v1/models、/v1/chat/completions）。下に表示されるトークンで保護されます。既定ではオフです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Port for the local API</source>
        <translation>ローカル API のポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Also let other computers on the network use it (not only this one)</source>
        <translation>ネットワーク上の他のコンピューターにも使わせる（このコンピューターだけでなく）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.</source>
        <translation>127.0.0.1 ではなく、すべてのネットワークインターフェースで待ち受けます。このコンピューターに接続できトークンを持つ人は誰でもモデルを使えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>Memory for going back to recent conversations (MB, 0 = automatic)</source>
        <translation>最近の会話に戻るためのメモリ（MB、0 = 自動）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>Each recent conversation&apos;s state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer&apos;s memory, at most 2 GB.</source>
        <translation>最近の会話の状態を保持するため、戻ったときに履歴を読み直しません。自動：このコンピューターのメモリの 8 分の 1、最大 2 GB。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Language (applied at the next start)</source>
        <translation>言語（次回起動時に適用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="63"/>
        <source>System follows this computer&apos;s language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese.</source>
        <translation>「システム」はこのコンピューターの言語に従います。Hearth は英語、ドイツ語、フランス語、スペイン語、簡体字中国語、日本語に対応しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Embedding model for documents</source>
        <translation>ドキュメント用の埋め込みモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again.</source>
        <translation>ドキュメントを意味で検索する方法です。同梱モデルは英語が最も得意です。より強力なモデルや多言語モデルは「モデル」（ドキュメント用）からダウンロードできます。その後、ドキュメントは索引し直されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Search what reasoning models thought, too</source>
        <translation>推論モデルの思考も検索する</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Search finds words in the replies&apos; answers; with this on, also in the thinking that reasoning models write before they answer.</source>
        <translation>検索は回答の本文から語句を探します。オンにすると、推論モデルが回答前に書く思考の中も探します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Choose a model file</source>
        <translation>モデルファイルを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="143"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>saved — type a new one to replace it</source>
        <translation>保存済み — 置き換えるには新しいものを入力</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Forget token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>Forget the Hugging Face token</source>
        <translation>Hugging Face トークンを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Hugging Face token (for gated models)</source>
        <translation>Hugging Face トークン（アクセス制限付きモデル用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Token for the local API</source>
        <translation>ローカル API のトークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Where the local API&apos;s token is kept</source>
        <translation>ローカル API のトークンの保存場所</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Other apps send it as a bearer token.</source>
        <translation>他のアプリはこれをベアラートークンとして送ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Layers on the GPU</source>
        <translation>GPU に載せる層</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="228"/>
        <source>Bundled: all-MiniLM-L6-v2 (English)</source>
        <translation>同梱：all-MiniLM-L6-v2（英語）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>{file} (missing: the bundled one is used)</source>
        <translation>{file}（見つかりません：同梱モデルを使用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="238"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="271"/>
        <source>Your token is stored in the system keyring.</source>
        <translation>トークンはシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="273"/>
        <source>No system keyring is available, so your token is kept in {file}, readable only by you.</source>
        <translation>システムのキーリングがないため、トークンは {file} に保存されます（あなただけが読めます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="275"/>
        <source>No system keyring is available, so your token is kept in memory only and forgotten when Hearth closes.</source>
        <translation>システムのキーリングがないため、トークンはメモリ上にだけ保持され、Hearth を閉じると消えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="282"/>
        <source>Kept in {file}, readable only by you: this computer has no system keyring.</source>
        <translation>{file} に保存（あなただけが読めます）。このコンピューターにはシステムのキーリングがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="285"/>
        <source>Kept in the system keyring.</source>
        <translation>システムのキーリングに保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="286"/>
        <source>Kept in memory only, so it changes when Hearth restarts: there is no system keyring, and the settings folder could not be written.</source>
        <translation>メモリ上にだけ保持されるため、Hearth を再起動すると変わります。システムのキーリングがなく、設定フォルダーにも書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="82"/>
        <source>Anywhere</source>
        <translation>どこでも</translation>
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
        <translation>書き途中の回答を停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="37"/>
        <source>Move to the next or previous control</source>
        <translation>次または前のコントロールへ移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Message box</source>
        <translation>メッセージ欄</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="39"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="41"/>
        <source>Start a new line</source>
        <translation>改行する</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="43"/>
        <source>Cancel editing a message</source>
        <translation>メッセージの編集をキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Search box</source>
        <translation>検索欄</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Down</source>
        <translation>下矢印</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Go to the results</source>
        <translation>結果へ移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="47"/>
        <source>Open the first result</source>
        <translation>最初の結果を開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49"/>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51"/>
        <source>Open the conversation and go to its message box</source>
        <translation>会話を開いてメッセージ欄へ移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="72"/>
        <source>%1 menu</source>
        <translation>%1 メニュー</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="101"/>
        <source>Everything in Hearth can be done from the keyboard. Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the system&apos;s.</source>
        <translation>Hearth のすべての操作はキーボードで行えます。文字サイズ：Ctrl+= で大きく、Ctrl+- で小さく、Ctrl+0 でシステムの大きさに戻ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>What they do</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="110"/>
        <source>Shortcuts, by where they work</source>
        <translation>ショートカット（使える場所別）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="129"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2、%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="138"/>
        <source>Close keyboard shortcuts</source>
        <translation>キーボードショートカットを閉じる</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="41"/>
        <source>Source {number}: {file}</source>
        <translation>出典 {number}：{file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="44"/>
        <source>{file}, {where}</source>
        <translation>{file}、{where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="52"/>
        <source>The passage the reply was given</source>
        <translation>回答に渡されたパッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="55"/>
        <source>Open the file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="56"/>
        <source>Open {file}</source>
        <translation>{file} を開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="71"/>
        <source>{file} is not there any more.</source>
        <translation>{file} はもうありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="75"/>
        <source>Open {file} in the app your system uses for it?</source>
        <translation>{file} を、システムがこの種類のファイルに使うアプリで開きますか？</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/chat/summarize.py" line="117"/>
        <location filename="../../app/chat/summarize.py" line="133"/>
        <source>**Part {number}.** {text}</source>
        <translation>**パート {number}。** {text}</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="121"/>
        <source>**Summary of {file}**</source>
        <translation>**{file} の要約**</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="123"/>
        <source>*The parts, one by one:*</source>
        <translation>*各パート（順に）：*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="125"/>
        <source>*Summarizing {file}: part {number} of {count}…*</source>
        <translation>*{file} を要約中：{count} パート中 {number} パート目…*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="129"/>
        <source>*Combining the summaries of the {count} parts…*</source>
        <translation>*{count} 個のパートの要約をまとめています…*</translation>
    </message>
</context>
<context>
    <name>ThinkingBlock</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="156"/>
        <source>The model&apos;s thinking</source>
        <translation>モデルの思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="185"/>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thinking cut off</source>
        <translation>思考が途切れました</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thought</source>
        <translation>思考しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="190"/>
        <source>Thinking cut off after {seconds} s</source>
        <translation>{seconds} 秒で思考が途切れました</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="191"/>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} 秒間思考しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="198"/>
        <source>{label}: hide the model&apos;s thinking</source>
        <translation>{label}：モデルの思考を隠す</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="199"/>
        <source>{label}: show the model&apos;s thinking</source>
        <translation>{label}：モデルの思考を表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="200"/>
        <source>Hide the thinking</source>
        <translation>思考を隠す</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="201"/>
        <source>Show what the model thought before answering</source>
        <translation>回答する前にモデルが考えた内容を表示</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="33"/>
        <source>Deleted conversations stay here for %n days, then go for good.</source>
        <translation>
            <numerusform>削除した会話はここに %n 日間残り、その後完全に削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="38"/>
        <source>Conversations in the Trash</source>
        <translation>ゴミ箱の会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="40"/>
        <source>The trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="44"/>
        <source>Delete for good…</source>
        <translation>完全に削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="46"/>
        <source>Empty trash…</source>
        <translation>ゴミ箱を空にする…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="65"/>
        <source>%n days left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="101"/>
        <source>all %n conversations in the trash</source>
        <translation>
            <numerusform>ゴミ箱の %n 件すべての会話</numerusform>
        </translation>
    </message>
</context>
</TS>
