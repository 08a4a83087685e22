<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Programme</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>Programme structure</source>
        <translation>活动安排结构</translation>
    </message>
    <message>
        <source>Inspection tours</source>
        <translation>考察活动</translation>
    </message>
    <message>
        <source>Focus industry chains</source>
        <translation>重点产业链</translation>
    </message>
    <message>
        <source>Itemized activities</source>
        <translation>活动明细</translation>
    </message>
    <message>
        <source>Filter activities (title, kind, theme, date, venue)…</source>
        <translation>筛选活动（名称、类型、主题、日期、场馆）…</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>无活动安排信息</translation>
    </message>
    <message>
        <source>{n} main activity</source>
        <translation>{n}综合活动</translation>
    </message>
    <message>
        <source>{n} special activities across {themes} themes</source>
        <translation>{n}专题活动（{themes}主题）</translation>
    </message>
    <message>
        <source>{n} special activities</source>
        <translation>{n}专题活动</translation>
    </message>
    <message>
        <source>{n} extension activities</source>
        <translation>{n}延伸活动</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source> — {n} in all.</source>
        <translation>，共{n}。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Programme “{name}”: {parts}</source>
        <translation>“{name}”系列活动：{parts}</translation>
    </message>
    <message>
        <source>Programme “{name}”.</source>
        <translation>“{name}”系列活动。</translation>
    </message>
    <message>
        <source>The sources read state no programme for this edition.</source>
        <translation>所查来源未提及本届活动安排。</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>前往：</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Stated: {where}</source>
        <translation>出处：{where}</translation>
    </message>
    <message>
        <source>Part of the programme</source>
        <translation>活动安排组成</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>全部活动安排</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>综合活动</translation>
    </message>
    <message>
        <source>Special activities</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Extension activities</source>
        <translation>延伸活动</translation>
    </message>
</context>
<context>
    <name>CategoryBars</name>
    <message>
        <source>Participant categories</source>
        <translation>参会企业类别</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>▲ open-ended: a lower bound (“more than”)</source>
        <translation>▲ 下限值（来源称“超过”）</translation>
    </message>
    <message>
        <source>RMB bn</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>{figure} by edition</source>
        <translation>各届{figure}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Not like for like</source>
        <translation>口径不同</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>开幕日期</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>&amp;Chart shows:</source>
        <translation>图表显示(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>排序方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>Figures of different basis count different things (signed, solicited, expected…): they are drawn differently and are not to be ranked as alike.</source>
        <translation>口径不同的数据统计内容不同（签约、征集、预计……），图中以不同样式绘制，不宜放在一起排序比较。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare editions</source>
        <translation>对比各届活动</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open event file</source>
        <translation>打开活动文件</translation>
    </message>
    <message>
        <source>Event files (*.json);;All files (*)</source>
        <translation>活动文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>将文件夹加入资料库</translation>
    </message>
    <message>
        <source>… and {n} more (see details)</source>
        <translation>……另有{n}项（见详细信息）</translation>
    </message>
    <message>
        <source>The data on screen is unchanged.</source>
        <translation>屏幕上的数据保持不变。</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Some of the editions could not be read:</source>
        <translation>部分届次无法读取：</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>The file is valid, but these figures look implausible; check them:</source>
        <translation>文件有效，但以下数据看起来不太合理，请核对：</translation>
    </message>
    <message>
        <source>About eventviewer</source>
        <translation>关于 eventviewer</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <source>Event schema version %d (this version reads up to %d).</source>
        <translation>活动数据格式第 %d 版（本版本可读取至第 %d 版）。</translation>
    </message>
    <message>
        <source>A viewer for reports of investment-matchmaking events.</source>
        <translation>投资对接活动报道查看器。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong in eventviewer:</source>
        <translation>eventviewer 出现了意外错误：</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>EditionChooser</name>
    <message>
        <source>Compare editions</source>
        <translation>对比各届活动</translation>
    </message>
    <message>
        <source>Tick the editions to compare (two or more):</source>
        <translation>勾选要对比的各届活动（两届或以上）：</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>各届活动</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开幕日期</translation>
    </message>
    <message>
        <source>Headline figure</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Library of editions</source>
        <translation>各届活动资料库</translation>
    </message>
    <message>
        <source>no event files</source>
        <translation>无活动文件</translation>
    </message>
    <message>
        <source>does not load</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>eventviewer</source>
        <translation>eventviewer</translation>
    </message>
    <message>
        <source>No event is open.</source>
        <translation>尚未打开任何活动。</translation>
    </message>
    <message>
        <source>Open an event file…</source>
        <translation>打开活动文件…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open the bundled event</source>
        <translation>打开内置活动</translation>
    </message>
    <message>
        <source>Could not open {file}:</source>
        <translation>无法打开 {file}：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有{n}项</translation>
    </message>
    <message>
        <source>Back to {title}</source>
        <translation>返回 {title}</translation>
    </message>
    <message>
        <source>List the audit findings</source>
        <translation>查看核查结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Page Si&amp;ze</source>
        <translation>纸张大小(&amp;Z)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>资料库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare Editions…</source>
        <translation>对比各届活动(&amp;C)…</translation>
    </message>
    <message>
        <source>Tier Chart Shows Number of &amp;Projects</source>
        <translation>档次图显示项目数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Audit &amp;Findings…</source>
        <translation>核查结果(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About eventviewer</source>
        <translation>关于 eventviewer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Could not open the event file</source>
        <translation>无法打开活动文件</translation>
    </message>
    <message>
        <source>Schema v%d</source>
        <translation>数据格式 v%d</translation>
    </message>
    <message>
        <source>Written in schema version %d and migrated on reading to version %d.</source>
        <translation>文件按数据格式第 %d 版编写，读取时已转换为第 %d 版。</translation>
    </message>
    <message>
        <source>1 derived figure ·</source>
        <translation>1个计算值 ·</translation>
    </message>
    <message>
        <source>{n} derived figures ·</source>
        <translation>{n}个计算值 ·</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1条警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n}条警告</translation>
    </message>
    <message>
        <source>The language changes when eventviewer starts again. 重新启动后生效。</source>
        <translation>语言将在重新启动 eventviewer 后更改。The language changes when eventviewer starts again.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新加载</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk</source>
        <translation>已重新加载：磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%s changed on disk: reading it…</source>
        <translation>%s 在磁盘上已更改：正在读取…</translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>引文已复制到剪贴板</translation>
    </message>
    <message>
        <source>%s changed on disk and cannot be read now; showing the last good version.</source>
        <translation>%s 在磁盘上已更改，目前无法读取；显示最后一个有效版本。</translation>
    </message>
    <message>
        <source>%s changed on disk and still cannot be read; it is shown once it can.</source>
        <translation>%s 在磁盘上已更改，仍无法读取；可读取后即显示。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Also reported, follow-up and where the sources differ</source>
        <translation>另有报道、后续进展与来源说法不一之处</translation>
    </message>
    <message>
        <source>Purpose, aims and goal</source>
        <translation>目的与目标</translation>
    </message>
    <message>
        <source>Theme not given in the sources read</source>
        <translation>所查来源未提及主题</translation>
    </message>
    <message>
        <source>The event&apos;s official theme</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <source>Also reported</source>
        <translation>另有报道</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续进展</translation>
    </message>
    <message>
        <source>Where the sources differ</source>
        <translation>来源说法不一之处</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分类数据</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Hover a figure to see where it comes from.</source>
        <translation>将鼠标悬停在数据上可查看其来源。</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>来源…</translation>
    </message>
    <message>
        <source>Sources of {figure}</source>
        <translation>{figure}的来源</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Who took part</source>
        <translation>参会情况</translation>
    </message>
    <message>
        <source>Reported categories</source>
        <translation>参会企业类别（据报道）</translation>
    </message>
    <message>
        <source>Itemized organizations</source>
        <translation>机构明细</translation>
    </message>
    <message>
        <source>Search organizations (name, category)…</source>
        <translation>搜索机构（名称、类别）…</translation>
    </message>
    <message>
        <source>{note} Bars are scaled to the largest category. Counts: {sources}.</source>
        <translation>{note}条形长度以最大的类别为基准。数量出处：{sources}。</translation>
    </message>
    <message>
        <source>The sources read report no categories of participants.</source>
        <translation>所查来源未报道参会者的类别。</translation>
    </message>
    <message>
        <source>The sources read state no participants for this edition.</source>
        <translation>所查来源未说明本届活动的参会者。</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>将摘要导出为 PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources of the figure</source>
        <translation>该数据的来源</translation>
    </message>
    <message>
        <source>Click a key figure (or select it and press Enter) to see its sources.</source>
        <translation>点击主要数据（或选中后按回车键）即可查看其来源。</translation>
    </message>
    <message>
        <source>Derived by eventviewer</source>
        <translation>由 eventviewer 计算</translation>
    </message>
    <message>
        <source>The figures it uses are stated in:</source>
        <translation>所用数据的出处：</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Translates</source>
        <translation>译自</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>镜像自</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>转载自</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>原文定位</translation>
    </message>
    <message>
        <source>About the locator</source>
        <translation>关于原文定位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Stated in the source</source>
        <translation>来源所述</translation>
    </message>
    <message>
        <source>Derived: the total minus the stated tiers</source>
        <translation>计算值：总额减去所列各档</translation>
    </message>
    <message>
        <source>Projects: {value}</source>
        <translation>项目：{value}</translation>
    </message>
    <message>
        <source>Amount: {value}</source>
        <translation>金额：{value}</translation>
    </message>
    <message>
        <source>Share of total amount: {value}</source>
        <translation>金额占比：{value}</translation>
    </message>
    <message>
        <source>Share of all projects: {value}</source>
        <translation>项目占比：{value}</translation>
    </message>
    <message>
        <source>Average per project: {value}</source>
        <translation>平均每个项目：{value}</translation>
    </message>
    <message>
        <source>Projects — {where}</source>
        <translation>项目——{where}</translation>
    </message>
    <message>
        <source>Amount — {where}</source>
        <translation>金额——{where}</translation>
    </message>
    <message>
        <source>Investment tier chart</source>
        <translation>投资档次图</translation>
    </message>
    <message>
        <source>&amp;Copy Values</source>
        <translation>复制数值(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>复制图片(&amp;I)</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目数（个）</translation>
    </message>
    <message>
        <source>Amount by tier ({unit})</source>
        <translation>各档次金额（{unit}）</translation>
    </message>
    <message>
        <source>Projects by tier</source>
        <translation>各档次项目数</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Investment by tier</source>
        <translation>分档投资情况</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation>档次表</translation>
    </message>
    <message>
        <source>Itemized projects</source>
        <translation>项目明细</translation>
    </message>
    <message>
        <source>Filter projects (name, sector, location, investor)…</source>
        <translation>筛选项目（名称、行业、地点、投资方）…</translation>
    </message>
    <message>
        <source>No breakdown by tier</source>
        <translation>无按档次的分项</translation>
    </message>
    <message>
        <source>The sources give no breakdown of the investment by tier.</source>
        <translation>来源未按档次列出投资额。</translation>
    </message>
    <message>
        <source>Amount ({unit})</source>
        <translation>金额（{unit}）</translation>
    </message>
    <message>
        <source>{tier}: {n} project, {amount}</source>
        <translation>{tier}：{n}个项目，{amount}</translation>
    </message>
    <message>
        <source>{tier}: {n} projects, {amount}</source>
        <translation>{tier}：{n}个项目，{amount}</translation>
    </message>
    <message>
        <source>Recounted from the itemized projects (derived): </source>
        <translation>按项目明细重新统计（计算值）：</translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>signed</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>signed at the opening ceremony</source>
        <translation>开幕式上签约</translation>
    </message>
    <message>
        <source>signed on site</source>
        <translation>现场签约</translation>
    </message>
    <message>
        <source>signed during the event</source>
        <translation>活动期间签约</translation>
    </message>
    <message>
        <source>signed at one sub-event</source>
        <translation>单场专题活动签约</translation>
    </message>
    <message>
        <source>signed before the event</source>
        <translation>活动前签约</translation>
    </message>
    <message>
        <source>introduced or taken up (not said to be signed)</source>
        <translation>引进承接（未明确为签约）</translation>
    </message>
    <message>
        <source>solicited</source>
        <translation>征集</translation>
    </message>
    <message>
        <source>intended investment</source>
        <translation>意向投资</translation>
    </message>
    <message>
        <source>expected to be signed</source>
        <translation>预计签约</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>参会</translation>
    </message>
    <message>
        <source>registered before the event</source>
        <translation>活动前报名</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>went on to sign investment agreements</source>
        <translation>后续签订投资协议</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>completed and in production</source>
        <translation>已竣工投产</translation>
    </message>
    <message>
        <source>investment completed</source>
        <translation>已完成投资</translation>
    </message>
    <message>
        <source>total investment of the started projects</source>
        <translation>开工项目总投资</translation>
    </message>
    <message>
        <source>basis not stated</source>
        <translation>口径未说明</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>{n} itemized main activities; the source states {stated}</source>
        <translation>综合活动明细有{n}场；来源所述为{stated}场</translation>
    </message>
    <message>
        <source>{n} itemized special activities; the source states {stated}</source>
        <translation>专题活动明细有{n}场；来源所述为{stated}场</translation>
    </message>
    <message>
        <source>{n} itemized extension activities; the source states {stated}</source>
        <translation>延伸活动明细有{n}场；来源所述为{stated}场</translation>
    </message>
    <message>
        <source>source id `{id}` is used twice</source>
        <translation>来源编号 `{id}` 重复使用</translation>
    </message>
    <message>
        <source>refers to unknown source `{id}`</source>
        <translation>引用了不存在的来源 `{id}`</translation>
    </message>
    <message>
        <source>needs one locator: a paragraph number or a verbatim quote</source>
        <translation>需要一个原文定位：段落编号或原文引语</translation>
    </message>
    <message>
        <source>the locator quote is empty</source>
        <translation>原文定位的引语为空</translation>
    </message>
    <message>
        <source>paragraph {n}: the bundled text of source `{id}` has only {count} paragraphs</source>
        <translation>第{n}段：来源 `{id}` 随附的文本只有{count}段</translation>
    </message>
    <message>
        <source>repeats statement {n}: a conflict needs statements that differ</source>
        <translation>与第{n}条说法相同：出入须由不同的说法构成</translation>
    </message>
    <message>
        <source>the period ends on {last}, before it starts on {first}</source>
        <translation>活动期间的结束日期（{last}）早于开始日期（{first}）</translation>
    </message>
    <message>
        <source>the event closes on {closed}, before it opens on {opened}</source>
        <translation>闭幕日期（{closed}）早于开幕日期（{opened}）</translation>
    </message>
    <message>
        <source>{date} is outside the period the event was held ({first} to {last})</source>
        <translation>{date} 不在活动举办期间（{first}至{last}）之内</translation>
    </message>
    <message>
        <source>the year {year} is not the year of the event&apos;s start, {start}</source>
        <translation>年份{year}与活动开始日期（{start}）所在年份不符</translation>
    </message>
    <message>
        <source>basis not given: say what the figure counts (signed, solicited, expected…)</source>
        <translation>未注明口径：请说明该数字统计的是什么（签约、征集、预计……）</translation>
    </message>
    <message>
        <source>a follow-up needs a figure</source>
        <translation>后续进展需要一个数字</translation>
    </message>
    <message>
        <source>a follow-up figure needs its as-of date</source>
        <translation>后续进展数字需要注明截至日期</translation>
    </message>
    <message>
        <source>{date} is before the event opened ({opened}): a follow-up comes after its event</source>
        <translation>{date} 早于活动开幕（{opened}）：后续进展应在活动之后</translation>
    </message>
    <message>
        <source>upper bound {upper} is not above lower {lower}</source>
        <translation>上限 {upper} 不高于下限 {lower}</translation>
    </message>
    <message>
        <source>a tier with 0 projects must have amount 0</source>
        <translation>项目数为0的档次，金额必须为0</translation>
    </message>
    <message>
        <source>{amount} is below {n} projects × {bound} (the tier&apos;s lower bound)</source>
        <translation>{amount}低于{n}个项目 × {bound}（该档次的下限）</translation>
    </message>
    <message>
        <source>{amount} is above {n} projects × {bound} (the tier&apos;s upper bound)</source>
        <translation>{amount}高于{n}个项目 × {bound}（该档次的上限）</translation>
    </message>
    <message>
        <source>tier overlaps another tier&apos;s range</source>
        <translation>该档次与另一档次的范围重叠</translation>
    </message>
    <message>
        <source>as of {date}: more than {n} years from the event&apos;s year {year}; check the date</source>
        <translation>截至{date}：与活动年份{year}相差{n}年以上，请核对日期</translation>
    </message>
    <message>
        <source>tiers hold {n} projects, more than the {total} projects in total</source>
        <translation>各档次共有{n}个项目，多于项目总数{total}个</translation>
    </message>
    <message>
        <source>tiers hold {amount}, more than the {total} in total</source>
        <translation>各档次金额共{amount}，多于总金额{total}</translation>
    </message>
    <message>
        <source>no projects are left below the tiers, yet {amount} is</source>
        <translation>各档次以下已无项目，却仍余{amount}</translation>
    </message>
    <message>
        <source>the remaining {n} projects hold {amount}, an average at or above the {floor} they should each stay below</source>
        <translation>其余{n}个项目共{amount}，平均值达到或超过每个项目应低于的{floor}</translation>
    </message>
    <message>
        <source>a named theme needs a ref</source>
        <translation>有名称的主题需要注明出处</translation>
    </message>
    <message>
        <source>{n} themes listed but the source counts {count}</source>
        <translation>列出了{n}个主题，但来源所述为{count}个</translation>
    </message>
    <message>
        <source>{n} special activities cannot cover {themes} themes</source>
        <translation>{n}场专题活动不可能涵盖{themes}个主题</translation>
    </message>
    <message>
        <source>{n} is more than the {companies} companies that took part</source>
        <translation>{n}多于参会企业总数{companies}家</translation>
    </message>
    <message>
        <source>{n} itemized projects; the source states {stated}</source>
        <translation>项目明细有{n}个；来源所述为{stated}个</translation>
    </message>
    <message>
        <source>itemized amounts add up to {total}; the source states {stated}</source>
        <translation>明细金额合计{total}；来源所述为{stated}</translation>
    </message>
    <message>
        <source>{n} itemized organizations; the source states {stated} companies</source>
        <translation>机构明细有{n}家；来源所述为{stated}家企业</translation>
    </message>
    <message>
        <source>{n} itemized organizations in this category; the source states {stated}</source>
        <translation>此类别机构明细有{n}家；来源所述为{stated}家</translation>
    </message>
    <message>
        <source>{n} itemized projects fall in {tier}; the source states {stated}</source>
        <translation>项目明细中有{n}个属于{tier}；来源所述为{stated}个</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>View reports of investment-matchmaking events. With no FILE, shows the bundled Yunnan 2023 event.</source>
        <translation>查看投资对接活动的报道。不指定“文件”时显示内置的2023年云南活动。</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <source>an event file (JSON), or the id of a bundled edition such as 2025-hunan (--list)</source>
        <translation>活动文件（JSON），或内置活动的ID，如2025-hunan（见 --list）</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>print a plain-text briefing</source>
        <translation>输出纯文本简报</translation>
    </message>
    <message>
        <source>check FILE; exit 0 if valid, 1 if not</source>
        <translation>检查“文件”：有效时退出码为0，否则为1</translation>
    </message>
    <message>
        <source>print the JSON Schema of event files</source>
        <translation>输出活动文件的 JSON Schema</translation>
    </message>
    <message>
        <source>list the bundled editions (or the event files in DIR), one line each, id first</source>
        <translation>列出内置各届活动（或“目录”中的活动文件），每行一届，ID在前</translation>
    </message>
    <message>
        <source>write the summary as PDF (no window)</source>
        <translation>将摘要导出为 PDF（不打开窗口）</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>将窗口渲染为 PNG 后退出</translation>
    </message>
    <message>
        <source>write the comparison of two or more editions as PDF (no window)</source>
        <translation>将两届或以上活动的对比导出为 PDF（不打开窗口）</translation>
    </message>
    <message>
        <source>write a table as CSV: tiers, programme, categories, projects or organizations</source>
        <translation>将表格导出为 CSV：tiers（投资档次）、programme（活动安排）、categories（类别）、projects（项目）或 organizations（机构）</translation>
    </message>
    <message>
        <source>write the summary as Markdown</source>
        <translation>将摘要导出为 Markdown</translation>
    </message>
    <message>
        <source>write the tier chart as PNG or SVG (the format from the name)</source>
        <translation>将档次图导出为 PNG 或 SVG（按文件名确定格式）</translation>
    </message>
    <message>
        <source>install the launcher, icon and metainfo for this user (no window)</source>
        <translation>为当前用户安装启动器、图标和元信息（不打开窗口）</translation>
    </message>
    <message>
        <source>open (or, with --screenshot, render) the comparison of two or more editions</source>
        <translation>打开（与 --screenshot 同用时渲染）两届或以上活动的对比</translation>
    </message>
    <message>
        <source>the tab to start on (or to screenshot)</source>
        <translation>启动时（或截图时）显示的标签页</translation>
    </message>
    <message>
        <source>paper for --print-summary</source>
        <translation>--print-summary 所用纸张</translation>
    </message>
    <message>
        <source>window colours (default: follow the system)</source>
        <translation>窗口配色（默认跟随系统）</translation>
    </message>
    <message>
        <source>language of the window, --summary, --list, the exports and the printed pages: zh (中文) or en (default: View &gt; Language for the window, else the system&apos;s)</source>
        <translation>窗口、--summary、--list、导出文件与打印页面的语言：zh（中文）或 en（英文）。默认：窗口按“视图 &gt; 语言”的设置，否则跟随系统</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>参会企业数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续进展</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开幕日期</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share of amount</source>
        <translation>金额占比</translation>
    </message>
    <message>
        <source>Share of projects</source>
        <translation>项目占比</translation>
    </message>
    <message>
        <source>Average per project</source>
        <translation>项目平均投资额</translation>
    </message>
    <message>
        <source>Amount ({unit})</source>
        <translation>金额（{unit}）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Audit finding: {finding}</source>
        <translation>核查结果：{finding}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>参会企业数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续进展</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source> vs </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{figure}: not like for like — {bases}</source>
        <translation>{figure}：口径不同——{bases}</translation>
    </message>
    <message>
        <source>the same edition as {other}: compare different editions</source>
        <translation>与 {other} 是同一届活动：请比较不同的届次</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>Sources disagree</source>
        <translation>来源说法不一</translation>
    </message>
    <message>
        <source>Different scopes</source>
        <translation>统计范围不同</translation>
    </message>
    <message>
        <source>Different wording</source>
        <translation>表述不同</translation>
    </message>
</context>
<context>
    <name>copying</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>复制表格(&amp;T)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>share of amount (%)</source>
        <translation>占总金额比例（%）</translation>
    </message>
    <message>
        <source>share of projects (%)</source>
        <translation>占项目总数比例（%）</translation>
    </message>
    <message>
        <source>part</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>{name} basis</source>
        <translation>{name}口径</translation>
    </message>
    <message>
        <source>{name} derived</source>
        <translation>{name}是否为计算值</translation>
    </message>
    <message>
        <source>{name} source</source>
        <translation>{name}来源</translation>
    </message>
    <message>
        <source>amount ({unit})</source>
        <translation>金额（{unit}）</translation>
    </message>
    <message>
        <source>amount ({currency} bn)</source>
        <translation>金额（十亿{currency}）</translation>
    </message>
    <message>
        <source>the sources read state no investment tiers</source>
        <translation>所查来源未说明投资档次</translation>
    </message>
    <message>
        <source>the sources read state no programme</source>
        <translation>所查来源未说明活动安排</translation>
    </message>
    <message>
        <source>the sources read report no categories of participants</source>
        <translation>所查来源未报道参会者的类别</translation>
    </message>
    <message>
        <source>the file itemizes no projects</source>
        <translation>文件无项目明细</translation>
    </message>
    <message>
        <source>the file itemizes no organizations</source>
        <translation>文件无机构明细</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>&amp;Tiers as CSV…</source>
        <translation>投资档次导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>P&amp;rogramme as CSV…</source>
        <translation>活动安排导出为 CSV(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Categories as CSV…</source>
        <translation>类别导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Itemized P&amp;rojects as CSV…</source>
        <translation>项目明细导出为 CSV(&amp;R)…</translation>
    </message>
    <message>
        <source>Itemized &amp;Organizations as CSV…</source>
        <translation>机构明细导出为 CSV(&amp;O)…</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Summary as Markdown…</source>
        <translation>摘要导出为 Markdown(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>formula</name>
    <message>
        <source>{0} ÷ {1} of the total amount</source>
        <translation>{0} ÷ {1}（占总金额）</translation>
    </message>
    <message>
        <source>{0} ÷ {1} of all projects</source>
        <translation>{0} ÷ {1}（占全部项目）</translation>
    </message>
    <message>
        <source>{0} ÷ {1} projects</source>
        <translation>{0} ÷ {1}个项目</translation>
    </message>
    <message>
        <source>{0} − {1} (the sum of the {2} stated tiers)</source>
        <translation>{0} − {1}（所列{2}个档次之和）</translation>
    </message>
    <message>
        <source>{0} + {1} + {2} (main + special + extension)</source>
        <translation>{0} + {1} + {2}（综合 + 专题 + 延伸）</translation>
    </message>
    <message>
        <source>{0} themes counted − {1} named</source>
        <translation>共{0}个主题 − 已列名称的{1}个</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Chinese (traditional)</source>
        <translation>繁体中文</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>cannot read this folder: {reason}</source>
        <translation>无法读取此文件夹：{reason}</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>amount not stated</source>
        <translation>金额未说明</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation>（计划）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开幕日期</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>projects not stated</source>
        <translation>项目数未说明</translation>
    </message>
    <message>
        <source>{n} projects</source>
        <translation>{n}个项目</translation>
    </message>
    <message>
        <source>{figure} ({basis})</source>
        <translation>{figure}（{basis}）</translation>
    </message>
</context>
<context>
    <name>loader</name>
    <message>
        <source>contains control characters, or invisible or bidirectional-override characters</source>
        <translation>含有控制字符，或不可见字符、双向覆盖字符</translation>
    </message>
    <message>
        <source>file is empty; expected a JSON object</source>
        <translation>文件为空；应为 JSON 对象</translation>
    </message>
    <message>
        <source>has a UTF-16/UTF-32 byte-order mark</source>
        <translation>带有 UTF-16/UTF-32 字节顺序标记</translation>
    </message>
    <message>
        <source>looks like UTF-16/UTF-32 (NUL bytes)</source>
        <translation>似乎是 UTF-16/UTF-32 编码（含 NUL 字节）</translation>
    </message>
    <message>
        <source>file {why}; event files must be UTF-8</source>
        <translation>文件{why}；活动文件必须为 UTF-8 编码</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>无效的 UTF-8 字节序列</translation>
    </message>
    <message>
        <source>unexpected end of file (truncated?)</source>
        <translation>文件意外结束（是否被截断？）</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN 和 Infinity 不是 JSON 数字</translation>
    </message>
    <message>
        <source>nested deeper than {n} levels</source>
        <translation>嵌套超过{n}层</translation>
    </message>
    <message>
        <source>made for a newer eventviewer (schema version {version}; this version reads up to {read}) — please update eventviewer</source>
        <translation>适用于更新版本的 eventviewer（数据格式版本{version}；本版本最高读取{read}）——请更新 eventviewer</translation>
    </message>
    <message>
        <source>no schema version {value}: eventviewer reads {read}</source>
        <translation>没有数据格式版本{value}：eventviewer 可读取{read}</translation>
    </message>
    <message>
        <source> (the list is checked up to here)</source>
        <translation>（列表检查到此处为止）</translation>
    </message>
    <message>
        <source>a value longer than any field takes (more than 1 MiB)</source>
        <translation>某个值超出了任何字段允许的长度（超过1 MiB）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>unknown field `{key}`</source>
        <translation>未知字段 `{key}`</translation>
    </message>
    <message>
        <source>missing required field `{name}`</source>
        <translation>缺少必填字段 `{name}`</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as CNY</source>
        <translation>应为三个字母的货币代码，如 CNY</translation>
    </message>
    <message>
        <source>expected text matching {pattern}</source>
        <translation>应为符合 {pattern} 的文本</translation>
    </message>
    <message>
        <source>not one of the allowed values: {value}</source>
        <translation>不是允许的取值之一：{value}</translation>
    </message>
    <message>
        <source>expected a date written as YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>, got {what}</source>
        <translation>，实为{what}</translation>
    </message>
    <message>
        <source>expected {what}</source>
        <translation>应为{what}</translation>
    </message>
    <message>
        <source>more than {n} items</source>
        <translation>超过{n}项</translation>
    </message>
    <message>
        <source>needs at least {n} item(s)</source>
        <translation>至少需要{n}项</translation>
    </message>
    <message>
        <source>{value} is not one of the values this field takes: {allowed}</source>
        <translation>{value} 不是此字段可取的值；可取：{allowed}</translation>
    </message>
    <message>
        <source>there is no such date as {value}</source>
        <translation>不存在 {value} 这个日期</translation>
    </message>
    <message>
        <source>duplicate key `{key}` (a value would be silently lost)</source>
        <translation>重复的键 `{key}`（会有一个值被悄然丢弃）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>is a directory, not an event file</source>
        <translation>是文件夹，不是活动文件</translation>
    </message>
    <message>
        <source>is not a regular file (FIFO, device or socket)</source>
        <translation>不是普通文件（FIFO、设备或套接字）</translation>
    </message>
    <message>
        <source>file is {size} MiB; the limit is {limit} MiB</source>
        <translation>文件大小为 {size} MiB；上限为 {limit} MiB</translation>
    </message>
    <message>
        <source>a name ending in / is a folder, not an event file</source>
        <translation>以 / 结尾的名称是文件夹，不是活动文件</translation>
    </message>
    <message>
        <source>larger than {n} MiB</source>
        <translation>大于 {n} MiB</translation>
    </message>
    <message>
        <source>… and at least {n} more problems</source>
        <translation>……另有至少{n}个问题</translation>
    </message>
    <message>
        <source>… and 1 more problem</source>
        <translation>……另有1个问题</translation>
    </message>
    <message>
        <source>… and {n} more problems</source>
        <translation>……另有{n}个问题</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Investment tiers</source>
        <translation>投资档次</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The full briefing</source>
        <translation>完整简报</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Avg per project</source>
        <translation>项目平均投资额</translation>
    </message>
</context>
<context>
    <name>metavar</name>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>输出.png</translation>
    </message>
    <message>
        <source>OUT.pdf ID|FILE</source>
        <translation>输出.pdf ID|文件</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>表名</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>输出.csv</translation>
    </message>
    <message>
        <source>OUT.md</source>
        <translation>输出.md</translation>
    </message>
    <message>
        <source>OUT.png|OUT.svg</source>
        <translation>输出.png|输出.svg</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|文件</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Data file {name} · SHA-256 {digest} · schema v{version} · eventviewer {app} · printed {date}</source>
        <translation>数据文件 {name} · SHA-256 {digest} · 数据格式 v{version} · eventviewer {app} · 打印于{date}</translation>
    </message>
    <message>
        <source>Opened {opened} · closing date {closed}</source>
        <translation>开幕：{opened} · 闭幕：{closed}</translation>
    </message>
    <message>
        <source>{place} · venue {venue}</source>
        <translation>{place} · 场馆：{venue}</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共同主办</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share of amount</source>
        <translation>金额占比</translation>
    </message>
    <message>
        <source>Share of projects</source>
        <translation>项目占比</translation>
    </message>
    <message>
        <source>Avg per project</source>
        <translation>项目平均投资额</translation>
    </message>
    <message>
        <source>Not stated in the sources read.</source>
        <translation>所查来源未说明。</translation>
    </message>
    <message>
        <source>… and {n} more (listed in the app)</source>
        <translation>……另有{n}项（详见应用内列表）</translation>
    </message>
    <message>
        <source>Also reported</source>
        <translation>另有报道</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续进展</translation>
    </message>
    <message>
        <source>Where the sources differ</source>
        <translation>来源说法不一之处</translation>
    </message>
    <message>
        <source>Programme “{name}” </source>
        <translation>“{name}”系列活动 </translation>
    </message>
    <message>
        <source>Themes of the special activities ({n})</source>
        <translation>专题活动主题（{n}）</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Reported categories</source>
        <translation>参会企业类别（据报道）</translation>
    </message>
    <message>
        <source>{title} — page {n} of {pages}</source>
        <translation>{title}——第{n}页，共{pages}页</translation>
    </message>
    <message>
        <source>Page {n} of {pages}</source>
        <translation>第{n}页，共{pages}页</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source> (shortened on paper; in full in the app)</source>
        <translation>（纸面从略，完整内容见应用）</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>{label}: amount {formula}. </source>
        <translation>{label}：金额 {formula}。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Audit findings ({n}): </source>
        <translation>核查结果（{n}条）：</translation>
    </message>
    <message>
        <source>Investment by tier</source>
        <translation>分档投资情况</translation>
    </message>
    <message>
        <source>Comparison of {n} editions</source>
        <translation>{n}届活动对比</translation>
    </message>
    <message>
        <source>Each figure as its sources state it, with its basis and footnoted sources; “not stated” where they say nothing.</source>
        <translation>各项数据均按来源所述列出，并注明口径与来源脚注；来源未提及者标为“未说明”。</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开幕日期</translation>
    </message>
    <message>
        <source>Sources, by edition</source>
        <translation>各届来源</translation>
    </message>
    <message>
        <source>Figures of different basis are different things: they are drawn differently and never added or ranked as alike. * derived by eventviewer.</source>
        <translation>口径不同的数据统计内容不同，图中以不同样式绘制，既不相加，也不放在一起排序。* 为 eventviewer 计算值。</translation>
    </message>
</context>
<context>
    <name>qualifier</name>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>近</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>恰为</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <source>part of the headline figures</source>
        <translation>已计入主要数据</translation>
    </message>
    <message>
        <source>one sub-event</source>
        <translation>单场专题活动</translation>
    </message>
    <message>
        <source>several sub-events</source>
        <translation>多场专题活动</translation>
    </message>
    <message>
        <source>before the event</source>
        <translation>活动前</translation>
    </message>
    <message>
        <source>a different scope</source>
        <translation>统计范围不同</translation>
    </message>
    <message>
        <source>conflicting report</source>
        <translation>说法矛盾</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>our translation</source>
        <translation>本应用译文</translation>
    </message>
    <message>
        <source>{names} paragraph {n}</source>
        <translation>{names}，第{n}段</translation>
    </message>
    <message>
        <source>{names} paragraphs {n}</source>
        <translation>{names}，第{n}段</translation>
    </message>
    <message>
        <source>the end of {month}</source>
        <translation>{month}底</translation>
    </message>
    <message>
        <source>{date} (the year inferred)</source>
        <translation>{date}（年份据上下文判断）</translation>
    </message>
    <message>
        <source>Other projects</source>
        <translation>其他项目</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>第{n}段</translation>
    </message>
    <message>
        <source>{source}. Locator: {locator}.</source>
        <translation>{source}。原文定位：{locator}。</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>{formula} — from {inputs}</source>
        <translation>{formula}——依据：{inputs}</translation>
    </message>
    <message>
        <source>Derived by eventviewer: {how}</source>
        <translation>由 eventviewer 计算：{how}</translation>
    </message>
    <message>
        <source>Stated: {where}</source>
        <translation>出处：{where}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>repost of {outlet}</source>
        <translation>转载自{outlet}</translation>
    </message>
    <message>
        <source>not given in the sources read</source>
        <translation>所查来源未提及</translation>
    </message>
    <message>
        <source>translation of {outlet}</source>
        <translation>译自{outlet}</translation>
    </message>
    <message>
        <source>mirror of {outlet}</source>
        <translation>镜像自{outlet}</translation>
    </message>
    <message>
        <source>dateline {dateline}</source>
        <translation>电头：{dateline}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>发布于{date}</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>* Derived: computed by eventviewer from the stated figures; not stated in the source.</source>
        <translation>* 计算值：由 eventviewer 根据来源所列数据计算得出，来源中并无此数。</translation>
    </message>
    <message>
        <source>Categories are listed as the source reports them. They may overlap and do not add up to the number of companies.</source>
        <translation>类别按来源的报道列出，可能相互重叠，相加不等于企业总数。</translation>
    </message>
    <message>
        <source>The sources read state no projects, amounts or participants for this edition.</source>
        <translation>所查来源未说明本届活动的项目、金额或参会者。</translation>
    </message>
    <message>
        <source>Paragraphs are numbered as blank-line-separated blocks of the source text.</source>
        <translation>段落按来源文本中以空行分隔的段计数。</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>共同主办</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>{tier} (derived)</source>
        <translation>{tier}（计算值）</translation>
    </message>
    <message>
        <source>Not named in the source</source>
        <translation>来源未列出名称</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Statement {n}</source>
        <translation>说法{n}</translation>
    </message>
    <message>
        <source>Projects {label}</source>
        <translation>{label}项目数</translation>
    </message>
    <message>
        <source>Amount {label}</source>
        <translation>{label}金额</translation>
    </message>
    <message>
        <source>Share of total amount, {label}</source>
        <translation>{label}占总金额比例</translation>
    </message>
    <message>
        <source>Share of all projects, {label}</source>
        <translation>{label}占项目总数比例</translation>
    </message>
    <message>
        <source>Average per project, {label}</source>
        <translation>{label}项目平均投资额</translation>
    </message>
    <message>
        <source>Average per project</source>
        <translation>项目平均投资额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source> such as {sectors}</source>
        <translation>，如{sectors}</translation>
    </message>
    <message>
        <source>{qualifier} {percent}% of the total amount</source>
        <translation>占总金额{qualifier}{percent}%</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>Activities in all</source>
        <translation>活动总数</translation>
    </message>
    <message>
        <source>{label} (traditional original)</source>
        <translation>{label}（繁体原文）</translation>
    </message>
    <message>
        <source>{label}, {language}</source>
        <translation>{label}（{language}）</translation>
    </message>
    <message>
        <source>{label} (converted to simplified characters)</source>
        <translation>{label}（简体转换）</translation>
    </message>
    <message>
        <source>converted by eventviewer with OpenCC; not a source&apos;s text</source>
        <translation>由 eventviewer 用 OpenCC 转换为简体，非来源原文</translation>
    </message>
    <message>
        <source>{label}, {language} ({ours})</source>
        <translation>{label}（{language}，{ours}）</translation>
    </message>
    <message>
        <source>computed from an amount whose scope is in doubt: {why}</source>
        <translation>所依据的金额统计范围存疑：{why}</translation>
    </message>
    <message>
        <source>{label}, amount</source>
        <translation>{label}金额</translation>
    </message>
    <message>
        <source>{label}, share of investment</source>
        <translation>{label}投资占比</translation>
    </message>
    <message>
        <source>Special activities</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>综合活动</translation>
    </message>
    <message>
        <source>Themes of the special activities</source>
        <translation>专题活动主题</translation>
    </message>
    <message>
        <source>Extension activities</source>
        <translation>延伸活动</translation>
    </message>
    <message>
        <source>Themes not named in the source</source>
        <translation>来源未列出名称的主题</translation>
    </message>
    <message>
        <source>destinations not given</source>
        <translation>目的地未说明</translation>
    </message>
    <message>
        <source>For {who}, to {where}.</source>
        <translation>面向{who}，前往{where}。</translation>
    </message>
    <message>
        <source>Aim: {aim}</source>
        <translation>目的：{aim}</translation>
    </message>
    <message>
        <source>Inspection tours</source>
        <translation>考察活动</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{chains} and more</source>
        <translation>{chains}等</translation>
    </message>
    <message>
        <source>Focus industry chains</source>
        <translation>重点产业链</translation>
    </message>
    <message>
        <source>itemized in the file</source>
        <translation>文件中的明细</translation>
    </message>
    <message>
        <source>Itemized projects</source>
        <translation>项目明细</translation>
    </message>
    <message>
        <source>Itemized organizations</source>
        <translation>机构明细</translation>
    </message>
    <message>
        <source>Itemized activities</source>
        <translation>活动明细</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开幕</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>意义</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Ultimate goal</source>
        <translation>最终目标</translation>
    </message>
    <message>
        <source>{text} ({ours})</source>
        <translation>{text}（{ours}）</translation>
    </message>
    <message>
        <source>{text} (traditional original)</source>
        <translation>{text}（繁体原文）</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Investment tiers</source>
        <translation>投资档次</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Note: </source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Also reported</source>
        <translation>另有报道</translation>
    </message>
    <message>
        <source>Follow-up: what became of the projects</source>
        <translation>后续进展：项目落地情况</translation>
    </message>
    <message>
        <source>Where the sources differ</source>
        <translation>来源说法不一之处</translation>
    </message>
    <message>
        <source>Breakdowns as the sources give them</source>
        <translation>来源给出的分类数据</translation>
    </message>
    <message>
        <source>Investment tiers</source>
        <translation>投资档次</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Avg per project</source>
        <translation>项目平均投资额</translation>
    </message>
    <message>
        <source>Shares are of the total amount.</source>
        <translation>占比指占总金额的比例。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动安排</translation>
    </message>
    <message>
        <source>Themes of the special activities:</source>
        <translation>专题活动主题：</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Reported categories:</source>
        <translation>参会企业类别（据报道）：</translation>
    </message>
    <message>
        <source>Itemized in the file</source>
        <translation>文件中的明细</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Derived figures</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Also stated</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>unit</name>
    <message>
        <source>个项目</source>
        <translation>个项目</translation>
    </message>
    <message>
        <source>人</source>
        <translation>人</translation>
    </message>
    <message>
        <source>家</source>
        <translation>家</translation>
    </message>
    <message>
        <source>场</source>
        <translation>场</translation>
    </message>
    <message>
        <source>个</source>
        <translation>个</translation>
    </message>
</context>
</TS>
