<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>The sources read state no programme for this edition.</source>
        <translation>所读来源未说明本届活动的日程安排。</translation>
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
        <translation>项目</translation>
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
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare editions</source>
        <translation>对比各届活动</translation>
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
        <translation>开幕</translation>
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
        <source>Open the bundled event</source>
        <translation>打开内置活动</translation>
    </message>
    <message>
        <source>List the audit findings</source>
        <translation>列出审核发现</translation>
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
        <translation>重新载入(&amp;R)</translation>
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
        <source>Page Si&amp;ze</source>
        <translation>纸张大小(&amp;Z)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
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
        <translation>审核发现(&amp;F)…</translation>
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
        <source>Audit findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>The file is valid, but these figures look implausible; check them:</source>
        <translation>文件有效，但以下数据看起来不太合理，请核对：</translation>
    </message>
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
        <source>The language changes when eventviewer starts again. 重新启动后生效。</source>
        <translation>语言将在重新启动 eventviewer 后更改。The language changes when eventviewer starts again.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Some of the editions could not be read:</source>
        <translation>部分活动无法读取：</translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新载入</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk</source>
        <translation>已重新载入：磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%s changed on disk: reading it…</source>
        <translation>%s 在磁盘上已更改：正在读取…</translation>
    </message>
    <message>
        <source>%s changed on disk and cannot be read now; showing the last good version.</source>
        <translation>%s 在磁盘上已更改，目前无法读取；显示最后一个有效版本。</translation>
    </message>
    <message>
        <source>%s changed on disk and still cannot be read; it is shown once it can.</source>
        <translation>%s 在磁盘上已更改，仍无法读取；可读取后即显示。</translation>
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
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Hover a figure to see where it comes from.</source>
        <translation>将鼠标悬停在数据上可查看其来源。</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>The sources read report no categories of participants.</source>
        <translation>所读来源未报道参会者的类别。</translation>
    </message>
    <message>
        <source>The sources read state no participants for this edition.</source>
        <translation>所读来源未说明本届活动的参会者。</translation>
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
        <translation>由 eventviewer 推算</translation>
    </message>
    <message>
        <source>The figures it uses are stated in:</source>
        <translation>所用数据的出处：</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
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
        <translation>定位语</translation>
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
    <name>TiersTab</name>
    <message>
        <source>The sources give no breakdown of the investment by tier.</source>
        <translation>来源未按档次列出投资额。</translation>
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
    <name>window</name>
    <message>
        <source>Print summary</source>
        <translation>打印摘要</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
</context>
</TS>
