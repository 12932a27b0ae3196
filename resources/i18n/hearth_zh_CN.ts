<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/server/service.py" line="77"/>
        <source>The local API could not listen on port {port} ({error}). Choose another port in Settings.</source>
        <translation>本地 API 无法在端口 {port} 上监听（{error}）。请在“设置”中选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="102"/>
        <source>the network, port {port}</source>
        <translation>网络，端口 {port}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/server/service.py" line="104"/>
        <source>API on {where} · answering %n</source>
        <translation>
            <numerusform>API 位于 {where} · 正在回答 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/server/service.py" line="105"/>
        <source>API on {where}</source>
        <translation>API 位于 {where}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/chat/attachments.py" line="76"/>
        <source>The file could not be attached: {problem}</source>
        <translation>无法附加该文件：{problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="20"/>
        <source>Files attached to this chat</source>
        <translation>附加到此聊天的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="39"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="42"/>
        <source>{file} · reading…</source>
        <translation>{file} · 正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="44"/>
        <source>{file} · %n tokens</source>
        <translation>
            <numerusform>{file} · %n 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments_bar.py" line="45"/>
        <source>{file} · %n passages</source>
        <translation>
            <numerusform>{file} · %n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments_bar.py" line="58"/>
        <source>Remove {file} from this chat</source>
        <translation>从此聊天中移除 {file}</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="48"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="49"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="50"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="51"/>
        <source>On this PC</source>
        <translation>在此电脑上</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="52"/>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="122"/>
        <source>For documents (embedding)</source>
        <translation>用于文档（嵌入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="140"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="142"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="144"/>
        <source>Images (later)</source>
        <translation>图像（以后支持）</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="150"/>
        <source>Reasoning: it thinks before it answers; Hearth shows the thinking apart from the answer.</source>
        <translation>推理：它会先思考再回答；Hearth 会将思考过程与回答分开显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="153"/>
        <source>Tools: it can call functions that an app gives it (through the local API).</source>
        <translation>工具：它可以调用应用提供给它的函数（通过本地 API）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="156"/>
        <source>Images (later): it can read pictures with its projector file; Hearth does not send it pictures yet.</source>
        <translation>图像（以后支持）：借助其投影器文件，它可以读取图片；Hearth 目前还不会向它发送图片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="191"/>
        <source>Its exact size and sha256 are not published; the download is checked against Hugging Face&apos;s own size and hash.</source>
        <translation>其确切大小和 sha256 未公布；下载内容将按 Hugging Face 提供的大小和哈希值校验。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="195"/>
        <source>This version of Hearth cannot run it.</source>
        <translation>此版本的 Hearth 无法运行它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="215"/>
        <source>Models that turn documents into numbers, so that a chat can find the passages it needs. They do not chat.</source>
        <translation>将文档转换为数字的模型，让聊天能找到所需的段落。它们不能用来聊天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="229"/>
        <source>Unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Fits</source>
        <translation>可运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="230"/>
        <source>Tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="231"/>
        <source>Too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="235"/>
        <source>about {0} tokens/s</source>
        <translation>约 {0} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="236"/>
        <source>under 1 token/s</source>
        <translation>低于 1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="237"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="242"/>
        <source>An estimate from this computer&apos;s {0} cores, before any reply was measured.</source>
        <translation>根据此电脑的 {0} 个核心估算，尚未测量过任何回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="245"/>
        <source>An estimate from this computer&apos;s measured speed: {0} tokens/s with a {1} model.</source>
        <translation>根据此电脑测得的速度估算：{1} 的模型为 {0} 词元/秒。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="248"/>
        <source>Fast enough to chat.</source>
        <translation>速度足以聊天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="249"/>
        <source>Under {0} tokens/s a reply comes more slowly than you read it.</source>
        <translation>低于 {0} 词元/秒时，回复的速度比您阅读还慢。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="258"/>
        <source>{dimension} dimensions · up to {tokens} tokens</source>
        <translation>{dimension} 维 · 最多 {tokens} 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="261"/>
        <source>many languages</source>
        <translation>多种语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="262"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="270"/>
        <source> · gated</source>
        <translation> · 受限访问</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="272"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_view.py" line="273"/>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/chat/session.py" line="420"/>
        <source>The reply could not be saved ({problem}). It stays on screen; free some disk space and Hearth will save the next ones.</source>
        <translation>无法保存回复（{problem}）。它仍显示在屏幕上；请释放一些磁盘空间，Hearth 会保存之后的回复。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Chat settings…</source>
        <translation>聊天设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>This conversation&apos;s system prompt, temperature, reply length and context</source>
        <translation>此对话的系统提示词、温度、回复长度和上下文</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="103"/>
        <location filename="../../app/ui/chat_view.py" line="280"/>
        <source>The model this conversation uses</source>
        <translation>此对话使用的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="104"/>
        <source>Model for this conversation</source>
        <translation>此对话的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="120"/>
        <source>The document collections this conversation reads (File &gt; Documents makes them)</source>
        <translation>此对话读取的文档集合（在“文件 &gt; 文档”中创建）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="138"/>
        <location filename="../../app/ui/chat_view.py" line="139"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140"/>
        <source>Load the model again</source>
        <translation>重新加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <location filename="../../app/ui/chat_view.py" line="143"/>
        <source>Choose another model</source>
        <translation>选择其他模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="173"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Hearth 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="176"/>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the box.</source>
        <translation>Enter 发送，Shift+Enter 换行，Esc 停止回复，Tab 离开输入框。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="185"/>
        <source>Editing your message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>正在编辑您的消息：Enter 将其作为新版本发送（旧版本保留），Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="189"/>
        <location filename="../../app/ui/chat_view.py" line="436"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="193"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="195"/>
        <source>Attach files to this chat</source>
        <translation>将文件附加到此聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="197"/>
        <source>PDF, Word, text, Markdown, web pages and code: the model reads them with your questions. You can also drop files on the window.</source>
        <translation>PDF、Word、文本、Markdown、网页和代码：模型会连同你的问题一起阅读它们。也可以把文件拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="245"/>
        <source>Documents: {names}</source>
        <translation>文档：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="247"/>
        <source>Documents: none</source>
        <translation>文档：无</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="279"/>
        <source>The model this conversation uses: {model}</source>
        <translation>此对话使用的模型：{model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="314"/>
        <source>… (the rest is in the message)</source>
        <translation>…（其余内容见消息）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="316"/>
        <source>Reply: {text}</source>
        <translation>回复：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="318"/>
        <source>The reply failed: {error}</source>
        <translation>回复失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="319"/>
        <source>Reply stopped: {text}</source>
        <translation>回复已停止：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335"/>
        <source>What the model reads: the system prompt, this conversation and what you are typing.</source>
        <translation>模型读取的内容：系统提示词、此对话以及您正在输入的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="337"/>
        <source>Nearly full: soon the oldest messages will no longer fit, and the model will not see them.</source>
        <translation>即将占满：最早的消息很快将放不下，模型将看不到它们。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339"/>
        <source>Full: the oldest messages no longer fit and are left out of what the model reads (the chat marks where its view begins).</source>
        <translation>已满：最早的消息已放不下，不在模型读取的内容中（聊天中标出了模型可见部分的起点）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="345"/>
        <source>The server does not say how many tokens this model reads, so the meter counts what is sent (about four characters a token) without a limit.</source>
        <translation>服务器未说明此模型可读取多少词元，因此计量器按发送内容计数（约每四个字符一个词元），不设上限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="350"/>
        <source>What you are typing is too long for this model: cut about {n} tokens (or start a new chat).</source>
        <translation>您输入的内容对此模型来说太长：请删减约 {n} 个词元（或新建聊天）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="387"/>
        <source>Ask anything. Your chats stay on this computer.</source>
        <translation>随便问。您的聊天记录只保存在此电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>Ask anything. What you write here is sent to {host}.</source>
        <translation>随便问。您在此处写的内容会发送到 {host}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="432"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="433"/>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>Hearth is replying in another chat</source>
        <translation>Hearth 正在另一个聊天中回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="440"/>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="441"/>
        <source>The model is not ready yet</source>
        <translation>模型尚未就绪</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/chat/collections.py" line="243"/>
        <source>The documents index is not open.</source>
        <translation>文档索引未打开。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="256"/>
        <source>The indexing is still stopping; try again in a moment.</source>
        <translation>索引仍在停止中，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="270"/>
        <source>The documents index could not be replaced ({problem}). Restart Hearth and rebuild it again.</source>
        <translation>无法替换文档索引（{problem}）。请重新启动 Hearth 后再次重建。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="315"/>
        <source>A collection needs a name.</source>
        <translation>集合需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="317"/>
        <source>There is already a collection called {name}.</source>
        <translation>已经有名为 {name} 的集合。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="338"/>
        <source>{path} is not there.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="507"/>
        <source>The embedding model is missing from this installation, so documents cannot be indexed. Reinstalling Hearth brings it back.</source>
        <translation>此安装中缺少嵌入模型，因此无法为文档建立索引。重新安装 Hearth 即可恢复。</translation>
    </message>
    <message>
        <location filename="../../app/chat/collections.py" line="614"/>
        <source>The indexing of {name} is still stopping; try again in a moment.</source>
        <translation>{name} 的索引仍在停止中，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../app/chat/connections.py" line="60"/>
        <source>Give the connection a name (without a colon).</source>
        <translation>请为连接命名（不要包含冒号）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="62"/>
        <source>The address must look like http://host:port (or https://).</source>
        <translation>地址格式应为 http://主机:端口（或 https://）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/connections.py" line="64"/>
        <source>There is already a connection called “{name}”.</source>
        <translation>已存在名为“{name}”的连接。</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="33"/>
        <source>A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, with an OpenAI-compatible API). Its models join the model list; what you write in a conversation using one is sent to that server. Hearth contacts no server you did not add here.</source>
        <translation>运行更大模型的服务器（llama-server、vLLM、Ollama、LM Studio 或 TGI，需提供兼容 OpenAI 的 API）。其模型会加入模型列表；在使用这些模型的对话中所写的内容会发送到该服务器。Hearth 不会联系您未在此添加的任何服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="40"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="47"/>
        <source>optional; kept in the system keyring</source>
        <translation>可选；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="48"/>
        <source>Add and list its models</source>
        <translation>添加并列出其模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="50"/>
        <source>List models again</source>
        <translation>重新列出模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="52"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="55"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="56"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="57"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="71"/>
        <source>Connection “{name}”</source>
        <translation>连接“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="77"/>
        <source>no models listed yet</source>
        <translation>尚未列出模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_tab.py" line="91"/>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/chat/context_meter.py" line="56"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? 词元</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="58"/>
        <source>{used} / {window} tokens</source>
        <translation>{used} / {window} 词元</translation>
    </message>
    <message>
        <location filename="../../app/chat/context_meter.py" line="186"/>
        <source>This message is too long for the model: it takes about {used} tokens of the {room} the model can read. Cut about {cut} tokens, or split it into several messages.</source>
        <translation>此消息对模型来说太长：它约占模型可读取的 {room} 个词元中的 {used} 个。请删减约 {cut} 个词元，或拆分为多条消息。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="125"/>
        <source>● replying…</source>
        <translation>● 正在回复…</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../../app/chat/exporting.py" line="47"/>
        <location filename="../../app/chat/exporting.py" line="87"/>
        <source>This conversation is gone.</source>
        <translation>此对话已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="51"/>
        <source>Export conversation: {note}</source>
        <translation>导出对话：{note}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="52"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="54"/>
        <source>Markdown, the versions shown (*.md)</source>
        <translation>Markdown，显示的版本 (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="55"/>
        <source>JSON, the versions shown (*.json)</source>
        <translation>JSON，显示的版本 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="56"/>
        <source>JSON with every version (*.json)</source>
        <translation>JSON，包含所有版本 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="93"/>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="96"/>
        <source>Exported every version to {path}</source>
        <translation>已将所有版本导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="98"/>
        <source>Exported the versions shown to {path}</source>
        <translation>已将显示的版本导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/chat/exporting.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="76"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="77"/>
        <source>Delete “{title}” and all of its messages for good? This cannot be undone.</source>
        <translation>永久删除“{title}”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="229"/>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="230"/>
        <source>New chat (Ctrl+N)</source>
        <translation>新建聊天（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="233"/>
        <source>Search all chats…</source>
        <translation>搜索所有聊天…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="238"/>
        <source>Search all chats</source>
        <translation>搜索所有聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="242"/>
        <location filename="../../app/ui/conversation_list.py" line="252"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="255"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="259"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="263"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="270"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="273"/>
        <source>Passages found in your documents</source>
        <translation>在你的文档中找到的段落</translation>
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
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_list.py" line="478"/>
        <source>Pin to the top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="109"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="111"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="113"/>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="114"/>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="120"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="123"/>
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="126"/>
        <source>%n h ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="129"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="131"/>
        <source>%n days ago</source>
        <translation>%n 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/qmodels.py" line="247"/>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="231"/>
        <source>Chat settings</source>
        <translation>聊天设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="233"/>
        <source>Started from the preset “{name}”. Changes apply to this conversation only.</source>
        <translation>基于预设“{name}”创建。更改仅对此对话生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="235"/>
        <source>Changes apply to this conversation only.</source>
        <translation>更改仅对此对话生效。</translation>
    </message>
</context>
<context>
    <name>DocumentProblem</name>
    <message>
        <location filename="../../app/chat/document_problems.py" line="20"/>
        <source>It is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="21"/>
        <source>It is not a regular file (a device, pipe or socket).</source>
        <translation>这不是普通文件（而是设备、管道或套接字）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="22"/>
        <source>It changed while being read: try again once it is saved.</source>
        <translation>文件在读取时发生了变化：请在保存后重试。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="24"/>
        <source>It changed while it was being read; it will be read again the next time the collection is updated.</source>
        <translation>文件在读取时发生了变化；下次更新集合时会重新读取。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="27"/>
        <source>It is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="28"/>
        <source>Hearth may not read it (permission denied).</source>
        <translation>Hearth 无权读取它（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="29"/>
        <source>It is a link that loops back on itself.</source>
        <translation>这是一个循环指向自身的链接。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="30"/>
        <source>It is a link to something that is not there.</source>
        <translation>这是一个指向不存在目标的链接。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="31"/>
        <source>It is not there any more (moved or deleted?).</source>
        <translation>文件已不存在（被移动或删除了？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="32"/>
        <source>It is not there any more (deleted or moved while indexing).</source>
        <translation>文件已不存在（在索引期间被删除或移动）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="34"/>
        <source>It was deleted while being read.</source>
        <translation>文件在读取时被删除了。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="35"/>
        <source>Its drive cannot be read (removed or failing?).</source>
        <translation>无法读取其所在的驱动器（已移除或出现故障？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="36"/>
        <source>It could not be opened: {error}.</source>
        <translation>无法打开：{error}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="37"/>
        <source>It could not be read: {error}.</source>
        <translation>无法读取：{error}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="38"/>
        <source>Too large to index: over {limit}.</source>
        <translation>太大，无法索引：超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="39"/>
        <source>Too large to index: {size} (the limit is {limit}).</source>
        <translation>太大，无法索引：{size}（上限为 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="40"/>
        <source>Not a document Hearth reads: a zip archive ({suffix}).</source>
        <translation>不是 Hearth 能读取的文档：这是 zip 压缩包（{suffix}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="41"/>
        <source>Not a document Hearth reads: a binary file ({suffix}).</source>
        <translation>不是 Hearth 能读取的文档：这是二进制文件（{suffix}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="42"/>
        <source>An old Office file (.doc, .xls or .ppt), which Hearth does not read: save it as .docx or PDF.</source>
        <translation>旧版 Office 文件（.doc、.xls 或 .ppt），Hearth 无法读取：请将其另存为 .docx 或 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="45"/>
        <source>Not a PDF, though its name says so: it does not start as one.</source>
        <translation>虽然文件名表明是 PDF，但它并不是：其开头不是 PDF 格式。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="47"/>
        <source>Not a Word document, though its name says so: it is not a zip.</source>
        <translation>虽然文件名表明是 Word 文档，但它并不是：它不是 zip 格式。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="49"/>
        <source>Not a Word document: a zip archive without a document in it.</source>
        <translation>不是 Word 文档：这是一个不含文档的 zip 压缩包。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="51"/>
        <source>Not text: it looks like a binary file.</source>
        <translation>不是文本：看起来是二进制文件。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="52"/>
        <source>It has no text, only blank space.</source>
        <translation>其中没有文字，只有空白。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="53"/>
        <source>No text in it to index.</source>
        <translation>其中没有可索引的文字。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="54"/>
        <source>The web page has no text in it.</source>
        <translation>该网页中没有文字。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="55"/>
        <source>The Word document has no text in it.</source>
        <translation>该 Word 文档中没有文字。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="56"/>
        <source>No text in it: its pages are blank.</source>
        <translation>其中没有文字：页面是空白的。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="57"/>
        <source>No text in it: its pages are images (a scan?).</source>
        <translation>其中没有文字：页面是图像（扫描件？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="58"/>
        <source>It is password-protected.</source>
        <translation>文件受密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="59"/>
        <source>It is protected in a way that Hearth cannot open.</source>
        <translation>文件采用了 Hearth 无法打开的保护方式。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="60"/>
        <source>The PDF could not be read: it is damaged.</source>
        <translation>无法读取该 PDF：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="61"/>
        <source>It has {count} pages; Hearth indexes at most {limit}.</source>
        <translation>它有 {count} 页；Hearth 最多索引 {limit} 页。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="62"/>
        <source>It holds more text than Hearth indexes from one file ({limit}).</source>
        <translation>其中的文字超过了 Hearth 对单个文件的索引上限（{limit}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="64"/>
        <source>Reading it needs more memory than Hearth allows for one file.</source>
        <translation>读取它所需的内存超过了 Hearth 对单个文件允许的上限。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="66"/>
        <source>The {kind} could not be read: it is nested too deeply.</source>
        <translation>{kind}无法读取：嵌套层级过深。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="67"/>
        <source>The {kind} could not be read: {error}</source>
        <translation>{kind}无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="68"/>
        <source>The Word document could not be read: {error}</source>
        <translation>Word 文档无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="69"/>
        <source>The Word document could not be read: it holds {count} parts (a zip bomb?).</source>
        <translation>Word 文档无法读取：它包含 {count} 个部分（zip 炸弹？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="72"/>
        <source>It would unpack to {size} from {packed} (a zip bomb?).</source>
        <translation>解压后会从 {packed} 变为 {size}（zip 炸弹？）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="74"/>
        <source>The reader stopped before it could read it.</source>
        <translation>读取程序在读完它之前就停止了。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="75"/>
        <source>Reading it took longer than {seconds} s, so it was stopped.</source>
        <translation>读取耗时超过 {seconds} 秒，因此已被停止。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="77"/>
        <source>The reader crashed on it (signal {code}).</source>
        <translation>读取程序在处理它时崩溃了（信号 {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="78"/>
        <source>The reader crashed on it (exit code {code}).</source>
        <translation>读取程序在处理它时崩溃了（退出代码 {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="82"/>
        <source>PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="83"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="84"/>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="85"/>
        <source>Markdown file</source>
        <translation>Markdown 文件</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="86"/>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../app/chat/document_problems.py" line="87"/>
        <source>code file</source>
        <translation>代码文件</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../app/ui/documents_window.py" line="67"/>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="68"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="75"/>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="81"/>
        <location filename="../../app/ui/documents_window.py" line="337"/>
        <source>Reading now…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="83"/>
        <source>Indexed · one passage</source>
        <translation>已索引 · 1 个段落</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="87"/>
        <location filename="../../app/ui/documents_window.py" line="338"/>
        <source>Not indexed</source>
        <translation>未索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="88"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="168"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="169"/>
        <source>Why it was not indexed</source>
        <translation>未索引的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="199"/>
        <location filename="../../app/ui/documents_window.py" line="642"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="212"/>
        <source>Problem with the documents index</source>
        <translation>文档索引出现问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="213"/>
        <source>Rebuild the index…</source>
        <translation>重建索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="222"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="225"/>
        <source>&amp;Collections</source>
        <translation>集合(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="227"/>
        <source>&amp;New collection…</source>
        <translation>新建集合(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="229"/>
        <source>&amp;Delete collection…</source>
        <translation>删除集合(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="246"/>
        <source>A collection is a set of folders and files that your chats can search and cite, all on this computer. Choose New collection… to make the first one.</source>
        <translation>集合是一组文件夹和文件，你的聊天可以在其中搜索并引用，全部在这台电脑上完成。选择“新建集合…”来创建第一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="262"/>
        <source>Close the Documents window</source>
        <translation>关闭“文档”窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="283"/>
        <source>Folders and files in the collection</source>
        <translation>集合中的文件夹和文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="287"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="289"/>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="291"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="292"/>
        <source>Remove the chosen folder or file</source>
        <translation>移除所选的文件夹或文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="300"/>
        <location filename="../../app/ui/documents_window.py" line="427"/>
        <source>&amp;Index now</source>
        <translation>立即索引(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="303"/>
        <source>Indexing</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="304"/>
        <location filename="../../app/ui/documents_window.py" line="512"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="306"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="307"/>
        <source>Cancel indexing</source>
        <translation>取消索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="315"/>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="323"/>
        <source>Files in the collection</source>
        <translation>集合中的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="336"/>
        <source>Indexed · %n passages</source>
        <translation>
            <numerusform>已索引 · %n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="344"/>
        <source>The chosen file</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="401"/>
        <source>Folders and files in {name}</source>
        <translation>{name} 中的文件夹和文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="426"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="448"/>
        <source>Nothing in it yet: Add folder… or Add files…, and they are indexed at once.</source>
        <translation>目前还是空的：使用“添加文件夹…”或“添加文件…”，添加后会立即建立索引。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="451"/>
        <source>Files: none indexed yet.</source>
        <translation>文件：尚未索引任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="458"/>
        <source>Files: {total} · indexed {indexed} · passages {passages}</source>
        <translation>文件：{total} · 已索引 {indexed} · 段落 {passages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="462"/>
        <source> · waiting {count}</source>
        <translation> · 等待中 {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="465"/>
        <source> · not indexed {count} (listed first, with the reason)</source>
        <translation> · 未索引 {count}（列在最前面，并注明原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="478"/>
        <source>Choose a file to see where it is and its state.</source>
        <translation>选择一个文件，查看它的位置和状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="480"/>
        <source>{path}
Not indexed: {reason}</source>
        <translation>{path}
未索引：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="498"/>
        <source>Paused after {done} of {total}. Resume goes on with the next file.</source>
        <translation>已在 {total} 个中的第 {done} 个之后暂停。“继续”会从下一个文件接着处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="501"/>
        <source>Indexing {number} of {total}: {name}</source>
        <translation>正在索引第 {number} 个，共 {total} 个：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="504"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="506"/>
        <source>Waiting until {other} is indexed.</source>
        <translation>正在等待 {other} 索引完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="511"/>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="535"/>
        <source>Indexing stopped: {problem}</source>
        <translation>索引已停止：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="541"/>
        <source>Cancelled. What was indexed is kept; Update goes on from there.</source>
        <translation>已取消。已索引的内容会保留；“更新”会从那里继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="543"/>
        <source>Up to date at {time}: {new} read, {same} unchanged.</source>
        <translation>{time} 时已是最新：读取 {new} 个，未变 {same} 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="547"/>
        <source>%n could not be read (see below).</source>
        <translation>
            <numerusform>%n 个无法读取（见下方）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_window.py" line="550"/>
        <source>%n gone from disk, forgotten.</source>
        <translation>
            <numerusform>%n 个已从磁盘消失，已移除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="552"/>
        <source>Not there (a removed drive?): {paths}; what was indexed from it is kept.</source>
        <translation>不存在（驱动器已移除？）：{paths}；从中索引的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="562"/>
        <location filename="../../app/ui/documents_window.py" line="575"/>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="563"/>
        <source>Name of the new collection (for example Tax 2026):</source>
        <translation>新集合的名称（例如 2026 年税务）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="588"/>
        <source>Delete collection</source>
        <translation>删除集合</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="589"/>
        <source>Delete the collection {name}? What was indexed from it is forgotten; the files themselves stay where they are.</source>
        <translation>要删除集合 {name} 吗？从中建立的索引会被移除；文件本身保留在原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="613"/>
        <source>Remove from the collection</source>
        <translation>从集合中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="614"/>
        <source>Remove {path} from {name}? What was indexed from it is forgotten; the files stay on disk.</source>
        <translation>要从 {name} 中移除 {path} 吗？从中建立的索引会被移除；文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="631"/>
        <source>Rebuild the documents index</source>
        <translation>重建文档索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_window.py" line="632"/>
        <source>Replace the damaged index with a new, empty one? The collections it can still name are kept; Index now reads their files again. Your chats and your files are not touched.</source>
        <translation>要用一个新的空索引替换已损坏的索引吗？仍能识别的集合会保留；“立即索引”会重新读取它们的文件。你的聊天和文件不会受到影响。</translation>
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
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="101"/>
        <location filename="../../app/ui/model_manager.py" line="140"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>{done} of {total} · {speed} MB/s · {eta} left</source>
        <translation>{done} / {total} · {speed} MB/秒 · 剩余 {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>Paused at {done} of {total}; resume any time, even after restarting Hearth.</source>
        <translation>已暂停于 {done} / {total}；随时可以继续，重启 Hearth 后也可以。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="130"/>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="132"/>
        <source>Downloaded and verified.</source>
        <translation>已下载并校验。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="134"/>
        <source>Cancelled; the partial file was removed.</source>
        <translation>已取消；不完整的文件已删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="136"/>
        <source>Waiting for the download before it.</source>
        <translation>正在等待前一个下载完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="138"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="139"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="153"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="154"/>
        <source>Cancel the download of {name} and delete what was downloaded so far?</source>
        <translation>取消 {name} 的下载并删除已下载的部分？</translation>
    </message>
</context>
<context>
    <name>GpuLayersEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="83"/>
        <source>Auto: as many as fit in the GPU&apos;s memory</source>
        <translation>自动：GPU 显存能容纳多少就放多少</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>All layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="85"/>
        <source>None: run on the CPU only</source>
        <translation>无：仅在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="86"/>
        <source>This many layers:</source>
        <translation>指定层数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88"/>
        <source>Layers on the GPU</source>
        <translation>GPU 上的层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="92"/>
        <source>Number of layers on the GPU</source>
        <translation>GPU 上的层数</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../app/chat/history_import.py" line="58"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35"/>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36"/>
        <source>Exports (*.zip *.json *.jsonl *.chat);;All files (*)</source>
        <translation>导出文件 (*.zip *.json *.jsonl *.chat);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Bring in your conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All. The other app&apos;s files are only read, never changed; importing the same export again adds only what is new.</source>
        <translation>将您在 ChatGPT、Open WebUI、Jan、LM Studio 或 GPT4All 中的对话导入进来。其他应用的文件只会被读取，绝不会被修改；再次导入同一个导出文件只会添加新的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Conversations found on this computer</source>
        <translation>在此电脑上找到的对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>The app the export comes from</source>
        <translation>导出文件所来自的应用</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Detect the app</source>
        <translation>自动识别应用</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Choose a &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Choose an export file</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Choose a f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Choose another app&apos;s folder</source>
        <translation>选择其他应用的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>What was imported</source>
        <translation>已导入的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>What was imported, and what was skipped and why, shows here.</source>
        <translation>已导入的内容，以及被跳过的内容和原因，会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>&amp;Stop import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Found %n conversation(s) from {app} in {folder}</source>
        <translation>
            <numerusform>在 {folder} 中找到 %n 个来自 {app} 的对话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Import the conversations from {app}</source>
        <translation>导入来自 {app} 的对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Reading {path}…</source>
        <translation>正在读取 {path}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Stopped: what was imported before stopping is kept.</source>
        <translation>已停止：停止前已导入的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>Every conversation in it was imported before: nothing new.</source>
        <translation>其中的所有对话之前都已导入：没有新内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source>From {app}:</source>
        <translation>来自 {app}：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n 个新对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>%n conversation(s) with new messages</source>
        <translation>
            <numerusform>%n 个对话有新消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n 个此前已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="209"/>
        <source>%n message(s), of which {versions} other versions</source>
        <translation>
            <numerusform>%n 条消息，其中 {versions} 条是其他版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>Skipped %n:</source>
        <translation>
            <numerusform>跳过了 %n 项：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>  … and %n more (the command line&apos;s --json lists them all)</source>
        <translation>
            <numerusform>  … 还有 %n 条（命令行的 --json 会全部列出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="221"/>
        <source>Imported with %n problem(s):</source>
        <translation>
            <numerusform>已导入，但有 %n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="113"/>
        <source>Text size %1%</source>
        <translation>文字大小 %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <location filename="../../app/ui/window_status.py" line="21"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Blocked a link Hearth does not open: {url}</source>
        <translation>已阻止 Hearth 不会打开的链接：{url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Another import is running. Drop {file} again once it is done.</source>
        <translation>另一个导入正在进行。完成后请再次拖入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>{file} is a conversation export from {app}. Import its conversations into Hearth?</source>
        <translation>{file} 是来自 {app} 的对话导出文件。要将其中的对话导入 Hearth 吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Attach files to this chat</source>
        <translation>将文件附加到此聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>This conversation could not be read: {problem}</source>
        <translation>无法读取此对话：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Your message could not be saved ({problem}). It is still in the box below; free some disk space and press Enter again.</source>
        <translation>无法保存您的消息（{problem}）。它仍在下方的输入框中；请释放一些磁盘空间后再按 Enter。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Local API on the network</source>
        <translation>网络上的本地 API</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Other computers that can reach this one will be able to use the model (with the token), and what they send is processed here. Listen on the network?</source>
        <translation>能访问此电脑的其他电脑将可以（凭令牌）使用该模型，它们发送的内容会在此处理。要在网络上监听吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Other apps on this computer can now use {address}/v1 with the bearer token:

{token}

Settings shows it again.</source>
        <translation>此电脑上的其他应用现在可以通过以下持有者令牌使用 {address}/v1：

{token}

可在“设置”中再次查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>{app} {version}
Private, offline chat with open models.
Your data: {folder}</source>
        <translation>{app} {version}
使用开放模型的私密离线聊天。
您的数据：{folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>%n tokens · {speed} tokens/s</source>
        <translation>
            <numerusform>%n 个词元 · {speed} 词元/秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="45"/>
        <source>Undone: {action}</source>
        <translation>已撤销：{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="51"/>
        <source>&amp;Undo: {action}</source>
        <translation>撤销(&amp;U)：{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="52"/>
        <location filename="../../app/ui/window_menus.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_history.py" line="84"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>New chat from &amp;preset…</source>
        <translation>从预设新建聊天(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>&amp;Export conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="42"/>
        <source>&amp;Import conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Documents…</source>
        <translation>文档(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>&amp;Bigger text</source>
        <translation>增大文字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Actual text size</source>
        <translation>实际文字大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="22"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="23"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="24"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="25"/>
        <source>Model failed to load</source>
        <translation>模型加载失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="65"/>
        <source>Loading… {percent}%</source>
        <translation>正在加载… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="105"/>
        <source>The model could not be loaded. {problem} Your conversations are still here to read.</source>
        <translation>无法加载模型。{problem} 您的对话仍可在此阅读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_status.py" line="113"/>
        <source>Setting up the bundled model (first start only)…</source>
        <translation>正在设置内置模型（仅首次启动）…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Version {which} of {count}</source>
        <translation>第 {which} 版，共 {count} 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this reply</source>
        <translation>此回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>this message</source>
        <translation>此消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="86"/>
        <source>message {n} (a reply)</source>
        <translation>第 {n} 条消息（回复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="87"/>
        <source>message {n} (yours)</source>
        <translation>第 {n} 条消息（您的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="96"/>
        <source>Previous version of {subject}</source>
        <translation>{subject}的上一版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="97"/>
        <source>Next version of {subject}</source>
        <translation>{subject}的下一版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="98"/>
        <source>Edit {subject}</source>
        <translation>编辑{subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="99"/>
        <source>Edit and send as a new version (the old one stays)</source>
        <translation>编辑并作为新版本发送（旧版本保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Regenerate {subject}</source>
        <translation>重新生成{subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Another reply; this one stays as a version</source>
        <translation>生成另一个回复；此回复保留为一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="102"/>
        <source>Continue {subject}</source>
        <translation>继续{subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="103"/>
        <source>Continue this reply from where it stopped</source>
        <translation>从停止处继续此回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="104"/>
        <source>Delete {subject}</source>
        <translation>删除{subject}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="105"/>
        <source>Delete this message and what follows (Ctrl+Z undoes)</source>
        <translation>删除此消息及其后的内容（Ctrl+Z 可撤销）</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <location filename="../../app/ui/message_column.py" line="67"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="106"/>
        <source>Show {page} earlier messages ({count} in all)</source>
        <translation>显示之前的 {page} 条消息（共 {count} 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_column.py" line="117"/>
        <source>⋯  Messages above this line no longer fit the model&apos;s context window and were not sent with the last question  ⋯</source>
        <translation>⋯  此线以上的消息已超出模型的上下文窗口，未随最后一个问题发送  ⋯</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <location filename="../../app/chat/message_commands.py" line="49"/>
        <source>Restore the deleted message</source>
        <translation>恢复已删除的消息</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="51"/>
        <source>Deleted the message and what followed it. Ctrl+Z brings it back.</source>
        <translation>已删除该消息及其后的内容。按 Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <location filename="../../app/chat/message_commands.py" line="60"/>
        <source>{problem} Your text is still in the box.</source>
        <translation>{problem} 您的文字仍在输入框中。</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="268"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="269"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="284"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="287"/>
        <source>Copy this message as Markdown</source>
        <translation>将此消息复制为 Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="346"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="351"/>
        <source>[{number}] {file} · {where}</source>
        <translation>[{number}] {file} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="356"/>
        <source>Source {number}: {file}, {where}</source>
        <translation>来源 {number}：{file}，{where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="389"/>
        <source>replying…</source>
        <translation>正在回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="390"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="391"/>
        <source>interrupted — Hearth closed before this reply finished</source>
        <translation>已中断——Hearth 在此回复完成前关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="393"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="417"/>
        <source>Stopped while the model was thinking, before its answer.</source>
        <translation>在模型思考时、给出回答之前已停止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="419"/>
        <source>Hearth closed while the model was thinking, before its answer.</source>
        <translation>Hearth 在模型思考时、给出回答之前关闭了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="421"/>
        <source>The reply reached its length limit while the model was still thinking. Raise the maximum reply length in Settings and regenerate.</source>
        <translation>模型仍在思考时，回复已达到长度上限。请在“设置”中提高最大回复长度，然后重新生成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="427"/>
        <source>Stopped before any text. Regenerate asks again.</source>
        <translation>在生成任何文字前已停止。点击“重新生成”可再次提问。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="428"/>
        <source>Hearth closed before any text came. Regenerate asks again.</source>
        <translation>Hearth 在收到任何文字前已关闭。点击“重新生成”可再次提问。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="430"/>
        <source>The model gave an empty reply.</source>
        <translation>模型给出了空回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="482"/>
        <source>Your message</source>
        <translation>您的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="483"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="567"/>
        <source>Showing all… {percent}%</source>
        <translation>正在显示全部… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="574"/>
        <source>Show all ({count} characters)</source>
        <translation>显示全部（{count} 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="576"/>
        <source>Show all of this message ({count} characters)</source>
        <translation>显示此消息的全部内容（{count} 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="577"/>
        <source>Only the start of this long message is shown</source>
        <translation>此长消息仅显示开头部分</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <location filename="../../app/chat/model_choice.py" line="117"/>
        <source>This conversation used {model} on the connection “{name}”, which has been removed. Choose a model for it above.</source>
        <translation>此对话使用的是连接“{name}”上的 {model}，该连接已被移除。请在上方为它选择一个模型。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="119"/>
        <source>The default model, {model} on “{name}”, is no longer available: its connection has been removed. Choose a model above or in Settings.</source>
        <translation>默认模型（“{name}”上的 {model}）已不可用：其连接已被移除。请在上方或“设置”中选择模型。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="127"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>尚未设置模型。请在“设置”中选择模型文件。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="136"/>
        <source>The model this conversation used, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose another model for it above, or get it again in {app}.</source>
        <translation>此对话使用的模型 {name}（来自 {app}）已不在此电脑上：{app} 已将其删除或移动。请在上方选择其他模型，或在 {app} 中重新获取。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="139"/>
        <source>The default model, {name} from {app}, is no longer on this computer: {app} deleted or moved it. Choose a model above or in Models.</source>
        <translation>默认模型 {name}（来自 {app}）已不在此电脑上：{app} 已将其删除或移动。请在上方或“模型”中选择模型。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="145"/>
        <source>The model this conversation used, {name}, is no longer on this computer. Choose another model for it above, or download it again in Models.</source>
        <translation>此对话使用的模型 {name} 已不在此电脑上。请在上方选择其他模型，或在“模型”中重新下载。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="178"/>
        <source>chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="179"/>
        <source>plain transcript</source>
        <translation>纯文本记录</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="181"/>
        <source> · base model</source>
        <translation> · 基础模型</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="182"/>
        <source>{tokens} ctx</source>
        <translation>{tokens} 上下文</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="183"/>
        <source>context size unknown</source>
        <translation>上下文大小未知</translation>
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
        <translation>您在此对话中写的内容会发送到 {host}。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_choice.py" line="313"/>
        <source>The model changes after the current reply.</source>
        <translation>当前回复结束后将切换模型。</translation>
    </message>
</context>
<context>
    <name>ModelFileEditor</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>the bundled model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Browse for a model file</source>
        <translation>浏览模型文件</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="172"/>
        <location filename="../../app/ui/model_manager.py" line="206"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="208"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>On this computer</source>
        <translation>在此电脑上</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="213"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="232"/>
        <source>Catalog of models</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>owner/repository</source>
        <translation>所有者/仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Hugging Face repository</source>
        <translation>Hugging Face 仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>File name in the repository</source>
        <translation>仓库中的文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="252"/>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Download from Hugging Face</source>
        <translation>从 Hugging Face 下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="254"/>
        <location filename="../../app/ui/model_manager.py" line="605"/>
        <source>Import a .gguf file…</source>
        <translation>导入 .gguf 文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="257"/>
        <source>Any GGUF:</source>
        <translation>任意 GGUF：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="269"/>
        <source>This computer has {memory} of memory free for a model (a GPU&apos;s included). Models that fit and should write at least 8 tokens a second here come first; the speeds are estimates from the replies measured on this computer. Downloads come from Hugging Face; nothing is sent anywhere until you press Download.</source>
        <translation>此电脑有 {memory} 可用内存供模型使用（含 GPU）。能放下且在此每秒应至少输出 8 个词元的模型排在前面；速度是根据在此电脑上测得的回复估算的。下载来自 Hugging Face；在您点击“下载”之前不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <source>Too large for this computer</source>
        <translation>对此电脑来说太大</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="296"/>
        <source>{name} needs about {needed} of memory and this computer has {free}. It will probably not run. Download anyway?</source>
        <translation>{name} 需要约 {needed} 内存，而此电脑只有 {free}。它可能无法运行。仍要下载吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="308"/>
        <source>Enter a repository like owner/name and a file name ending in .gguf.</source>
        <translation>请输入类似 所有者/名称 的仓库，以及以 .gguf 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="320"/>
        <source>No downloads yet. Pick a model in the Catalog tab.</source>
        <translation>还没有下载。请在“目录”标签页中选择模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="344"/>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="346"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="347"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="355"/>
        <source>Use as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="357"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="359"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
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
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="407"/>
        <source>{name} is in use. Choose another model first.</source>
        <translation>{name} 正在使用中。请先选择其他模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="410"/>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>从此电脑删除 {name}（{size}）？
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="421"/>
        <source>Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this computer. Hearth uses them where they are, without copying them, and never changes or deletes their files: Remove only makes Hearth forget one.</source>
        <translation>其他应用（LM Studio、Ollama、GPT4All、Jan）下载到此电脑上的模型。Hearth 在原位置使用它们，不会复制，也绝不会修改或删除它们的文件：“移除”只是让 Hearth 不再记住某个模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="427"/>
        <source>What was found</source>
        <translation>找到的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="429"/>
        <source>Models from other apps on this computer</source>
        <translation>此电脑上其他应用的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="430"/>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="431"/>
        <source>Where</source>
        <translation>位置</translation>
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
        <translation>在原位置使用所选模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="449"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="451"/>
        <source>Remove the chosen model from this list; its file stays</source>
        <translation>从此列表中移除所选模型；其文件会保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="453"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="454"/>
        <source>Look again in other apps&apos; folders</source>
        <translation>在其他应用的文件夹中重新查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="475"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation>正在查找其他应用的文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="488"/>
        <source>Missing: {app} deleted or moved it</source>
        <translation>缺失：{app} 已将其删除或移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="490"/>
        <source>Cannot be used: {reason}</source>
        <translation>无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="492"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Fits</source>
        <translation>可运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="493"/>
        <source>Tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="494"/>
        <source>Too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="516"/>
        <source>No models were found in the folders of LM Studio, Ollama, GPT4All or Jan.</source>
        <translation>在 LM Studio、Ollama、GPT4All 或 Jan 的文件夹中未找到模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="518"/>
        <source>Press Look again to look in other apps&apos; folders.</source>
        <translation>点击“重新查找”，在其他应用的文件夹中查找。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="520"/>
        <source>Models from other apps: %n; {missing} of them no longer there.</source>
        <translation>
            <numerusform>来自其他应用的模型：%n 个；其中 {missing} 个已不在原处。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_manager.py" line="523"/>
        <source>Models from other apps: %n, used where they are.</source>
        <translation>
            <numerusform>来自其他应用的模型：%n 个，在原位置使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="550"/>
        <source>An import is still running; try again when it is done.</source>
        <translation>仍有导入正在进行；请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="565"/>
        <source>{name}: {note}</source>
        <translation>{name}：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="571"/>
        <source>This model cannot be used</source>
        <translation>无法使用此模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="577"/>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="578"/>
        <source>Stop offering {name}? Its file stays where {app} keeps it:
{path}</source>
        <translation>不再提供 {name}？其文件仍保留在 {app} 存放它的位置：
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="587"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="588"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="594"/>
        <source>Another import is still running.</source>
        <translation>另一个导入仍在进行中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="601"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="612"/>
        <source>{name} was imported. {note}</source>
        <translation>{name} 已导入。{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="616"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
</context>
<context>
    <name>ModelOfferBar</name>
    <message>
        <location filename="../../app/ui/model_offer.py" line="22"/>
        <source>Offer of an instruct model</source>
        <translation>推荐指令模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="27"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="29"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="30"/>
        <source>Hide this for good; the Models window has them all</source>
        <translation>永久隐藏；“模型”窗口中列有全部模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="32"/>
        <source>Not now: hide this offer for good</source>
        <translation>以后再说：永久隐藏此推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="50"/>
        <source>{0} is a base model: it continues text rather than following instructions, so its answers are rough.</source>
        <translation>{0} 是基础模型：它会续写文本而不是遵循指令，因此回答比较粗糙。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="53"/>
        <source>{0} follows instructions and fits this computer.</source>
        <translation>{0} 能遵循指令，且适合此电脑。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="57"/>
        <source>about {0} tokens a second</source>
        <translation>约每秒 {0} 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="58"/>
        <source>under a token a second</source>
        <translation>每秒不到一个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="59"/>
        <source>{0} follows instructions, fits this computer and should write {1} here.</source>
        <translation>{0} 能遵循指令，适合此电脑，在此应能达到{1}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="61"/>
        <source>{0} follows instructions and fits this computer, though it would write only {1} here.</source>
        <translation>{0} 能遵循指令且适合此电脑，但在此只能达到{1}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_offer.py" line="65"/>
        <source>Download {0} ({1})</source>
        <translation>下载 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../app/chat/model_setup.py" line="59"/>
        <source>No model is set up. Choose a model file in Settings.</source>
        <translation>尚未设置模型。请在“设置”中选择模型文件。</translation>
    </message>
    <message>
        <location filename="../../app/chat/model_setup.py" line="48"/>
        <source>Setting up the bundled model was cancelled.</source>
        <translation>内置模型的设置已取消。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/chat/navigator.py" line="83"/>
        <source>A new chat could not be started: {problem}</source>
        <translation>无法新建聊天：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="98"/>
        <source>Restore “{title}”</source>
        <translation>恢复“{title}”</translation>
    </message>
    <message>
        <location filename="../../app/chat/navigator.py" line="100"/>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>已将“{title}”移到回收站。按 Ctrl+Z 可撤回。</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/chat/preferences.py" line="48"/>
        <source>Could not save the settings: {problem}</source>
        <translation>无法保存设置：{problem}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="79"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="91"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="92"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="100"/>
        <source>My preset</source>
        <translation>我的预设</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="113"/>
        <source>New chat from preset</source>
        <translation>从预设新建聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="118"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="128"/>
        <source>New preset…</source>
        <translation>新建预设…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="130"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="132"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="134"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="143"/>
        <source>Start chat</source>
        <translation>开始聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="156"/>
        <source>  (yours)</source>
        <translation>（您的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="199"/>
        <source>My preset</source>
        <translation>我的预设</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="37"/>
        <source>Instructions the model follows</source>
        <translation>模型遵循的指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="42"/>
        <source>Lower is steadier, higher is more varied</source>
        <translation>越低越稳定，越高越多样</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="51"/>
        <source>as much as the model allows</source>
        <translation>模型允许的最大值</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="54"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
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
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_dialogs.py" line="58"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Used by new conversations; each conversation can change its own.</source>
        <translation>用于新对话；每个对话都可以修改自己的提示词。</translation>
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
        <translation>最大回复长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Random seed (-1 = different every time)</source>
        <translation>随机种子（-1 = 每次不同）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Capped at the model&apos;s own maximum.</source>
        <translation>不超过模型自身的上限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Layers on the GPU (-2 = Auto, -1 = all, 0 = none)</source>
        <translation>GPU 上的层数（-2 = 自动，-1 = 全部，0 = 无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.</source>
        <translation>自动模式会在 GPU 空闲显存（含上下文）能容纳的范围内放入尽可能多的层；没有 GPU 时不放。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>CPU threads (0 = automatic)</source>
        <translation>CPU 线程数（0 = 自动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Empty means the bundled model.</source>
        <translation>留空表示使用内置模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>向此电脑上的其他应用提供已加载的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.</source>
        <translation>在 127.0.0.1 上提供兼容 OpenAI 的 API（/v1/models、/v1/chat/completions），需使用下方显示的令牌。默认关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Port for the local API</source>
        <translation>本地 API 的端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Also let other computers on the network use it (not only this one)</source>
        <translation>也允许网络上的其他电脑使用（不仅是本机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.</source>
        <translation>在所有网络接口上监听，而不只是 127.0.0.1。任何能访问此电脑并持有令牌的人都可以使用该模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>Memory for going back to recent conversations (MB, 0 = automatic)</source>
        <translation>用于返回最近对话的内存（MB，0 = 自动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>Each recent conversation&apos;s state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer&apos;s memory, at most 2 GB.</source>
        <translation>会保留每个最近对话的状态，返回时无需重新读取其历史。自动：此电脑内存的八分之一，最多 2 GB。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Language (applied at the next start)</source>
        <translation>语言（下次启动时生效）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="63"/>
        <source>System follows this computer&apos;s language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese.</source>
        <translation>“系统”表示跟随此电脑的语言。Hearth 支持英语、德语、法语、西班牙语、简体中文和日语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Embedding model for documents</source>
        <translation>文档嵌入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again.</source>
        <translation>按含义搜索您文档的方式。内置模型最擅长英文；可在“模型”（用于文档）中下载更强或多语言的模型。之后您的文档会重新建立索引。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Search what reasoning models thought, too</source>
        <translation>同时搜索推理模型的思考内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Search finds words in the replies&apos; answers; with this on, also in the thinking that reasoning models write before they answer.</source>
        <translation>搜索会在回复的回答部分中查找字词；开启此项后，也会在推理模型回答前写下的思考内容中查找。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="143"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>saved — type a new one to replace it</source>
        <translation>已保存——输入新的令牌即可替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Forget token</source>
        <translation>忘记令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>Forget the Hugging Face token</source>
        <translation>忘记 Hugging Face 令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Hugging Face token (for gated models)</source>
        <translation>Hugging Face 令牌（用于受限模型）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Token for the local API</source>
        <translation>本地 API 的令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Where the local API&apos;s token is kept</source>
        <translation>本地 API 令牌的保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Other apps send it as a bearer token.</source>
        <translation>其他应用将其作为持有者令牌发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Layers on the GPU</source>
        <translation>GPU 上的层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="228"/>
        <source>Bundled: all-MiniLM-L6-v2 (English)</source>
        <translation>内置：all-MiniLM-L6-v2（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>{file} (missing: the bundled one is used)</source>
        <translation>{file}（缺失：改用内置模型）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="238"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="271"/>
        <source>Your token is stored in the system keyring.</source>
        <translation>您的令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="273"/>
        <source>No system keyring is available, so your token is kept in {file}, readable only by you.</source>
        <translation>没有可用的系统密钥环，因此您的令牌保存在 {file} 中，仅您本人可读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="275"/>
        <source>No system keyring is available, so your token is kept in memory only and forgotten when Hearth closes.</source>
        <translation>没有可用的系统密钥环，因此您的令牌只保存在内存中，Hearth 关闭时即被清除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="282"/>
        <source>Kept in {file}, readable only by you: this computer has no system keyring.</source>
        <translation>保存在 {file} 中，仅您本人可读：此电脑没有系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="285"/>
        <source>Kept in the system keyring.</source>
        <translation>保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="286"/>
        <source>Kept in memory only, so it changes when Hearth restarts: there is no system keyring, and the settings folder could not be written.</source>
        <translation>仅保存在内存中，因此 Hearth 重启后会改变：没有系统密钥环，且无法写入设置文件夹。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="34"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="82"/>
        <source>Anywhere</source>
        <translation>任意位置</translation>
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
        <translation>停止正在生成的回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="37"/>
        <source>Move to the next or previous control</source>
        <translation>移到下一个或上一个控件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Message box</source>
        <translation>消息框</translation>
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
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="41"/>
        <source>Start a new line</source>
        <translation>换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="43"/>
        <source>Cancel editing a message</source>
        <translation>取消编辑消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="46"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48"/>
        <source>Search box</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Down</source>
        <translation>向下键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Go to the results</source>
        <translation>转到结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="47"/>
        <source>Open the first result</source>
        <translation>打开第一个结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51"/>
        <source>Open the conversation and go to its message box</source>
        <translation>打开对话并转到其消息框</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="72"/>
        <source>%1 menu</source>
        <translation>“%1”菜单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="97"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="101"/>
        <source>Everything in Hearth can be done from the keyboard. Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the system&apos;s.</source>
        <translation>Hearth 中的一切操作都可以用键盘完成。文字大小：Ctrl+= 增大，Ctrl+- 缩小，Ctrl+0 恢复系统大小。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="109"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="110"/>
        <source>Shortcuts, by where they work</source>
        <translation>快捷键（按作用位置分组）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="129"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="138"/>
        <source>Close keyboard shortcuts</source>
        <translation>关闭键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="41"/>
        <source>Source {number}: {file}</source>
        <translation>来源 {number}：{file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="44"/>
        <source>{file}, {where}</source>
        <translation>{file}，{where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="52"/>
        <source>The passage the reply was given</source>
        <translation>提供给回复的段落</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="55"/>
        <source>Open the file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="56"/>
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="71"/>
        <source>{file} is not there any more.</source>
        <translation>{file} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="75"/>
        <source>Open {file} in the app your system uses for it?</source>
        <translation>要用系统为此类文件指定的应用打开 {file} 吗？</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/chat/summarize.py" line="117"/>
        <location filename="../../app/chat/summarize.py" line="133"/>
        <source>**Part {number}.** {text}</source>
        <translation>**第 {number} 部分。** {text}</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="121"/>
        <source>**Summary of {file}**</source>
        <translation>**{file} 的摘要**</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="123"/>
        <source>*The parts, one by one:*</source>
        <translation>*各部分，逐一列出：*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="125"/>
        <source>*Summarizing {file}: part {number} of {count}…*</source>
        <translation>*正在总结 {file}：第 {number} 部分，共 {count} 部分…*</translation>
    </message>
    <message>
        <location filename="../../app/chat/summarize.py" line="129"/>
        <source>*Combining the summaries of the {count} parts…*</source>
        <translation>*正在合并 {count} 个部分的摘要…*</translation>
    </message>
</context>
<context>
    <name>ThinkingBlock</name>
    <message>
        <location filename="../../app/ui/message_widget.py" line="156"/>
        <source>The model&apos;s thinking</source>
        <translation>模型的思考过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="185"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thinking cut off</source>
        <translation>思考被截断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="187"/>
        <source>Thought</source>
        <translation>已思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="190"/>
        <source>Thinking cut off after {seconds} s</source>
        <translation>思考在 {seconds} 秒后被截断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="191"/>
        <source>Thought for {seconds} s</source>
        <translation>已思考 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="198"/>
        <source>{label}: hide the model&apos;s thinking</source>
        <translation>{label}：隐藏模型的思考过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="199"/>
        <source>{label}: show the model&apos;s thinking</source>
        <translation>{label}：显示模型的思考过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="200"/>
        <source>Hide the thinking</source>
        <translation>隐藏思考过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_widget.py" line="201"/>
        <source>Show what the model thought before answering</source>
        <translation>显示模型在回答前的思考内容</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="33"/>
        <source>Deleted conversations stay here for %n days, then go for good.</source>
        <translation>
            <numerusform>已删除的对话会在此保留 %n 天，之后永久删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="38"/>
        <source>Conversations in the Trash</source>
        <translation>回收站中的对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="40"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="44"/>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_dialog.py" line="46"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="65"/>
        <source>%n days left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash_dialog.py" line="101"/>
        <source>all %n conversations in the trash</source>
        <translation>
            <numerusform>回收站中的全部 %n 个对话</numerusform>
        </translation>
    </message>
</context>
</TS>
