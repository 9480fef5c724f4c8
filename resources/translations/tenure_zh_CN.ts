<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Messages</name>
    <message>
        <source>Scoring the book on %1</source>
        <translation>正在按 %1 的数据为客户簿评分</translation>
    </message>
    <message>
        <source>The server sent a row of %1 with %2 values, not %3.</source>
        <translation>服务器发送的 %1 的一行有 %2 个值，而不是 %3 个。</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Tenure books (*.tenure);;All files (*)</source>
        <translation>Tenure 客户簿 (*.tenure);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Copy as Image</source>
        <translation>复制为图片</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>tenure::AtomicFile</name>
    <message>
        <source>Could not write %1: the disk is full. Nothing was written; free some space and try again.</source>
        <translation>无法写入 %1：磁盘已满。未写入任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Nothing was written.</source>
        <translation>无法写入 %1（%2）。未写入任何内容。</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>文件未能打开</translation>
    </message>
</context>
<context>
    <name>tenure::account::AccountTables</name>
    <message>
        <source>no data: its weight goes to the others</source>
        <translation>无数据：其权重分给其他项</translation>
    </message>
    <message>
        <source>missing inputs&apos; weight shared among the rest</source>
        <translation>缺失输入项的权重由其余项分摊</translation>
    </message>
    <message>
        <source>No data: weight %1 shared among the rest</source>
        <translation>无数据：权重 %1 由其余项分摊</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Dimension / input</source>
        <translation>维度 / 输入项</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>实际权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>数字背后</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>体验</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高管发起人</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>高级用户</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Gone dark</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建于</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭于</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已开天数</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>pulled down %1 points by: %2</source>
        <translation>被以下因素拉低 %1 分：%2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>tenure::account::Timeline</name>
    <message>
        <source>New subscription</source>
        <translation>新订阅</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>CSM %1</source>
        <translation>CSM %1</translation>
    </message>
    <message>
        <source>Request (%1)</source>
        <translation>需求（%1）</translation>
    </message>
    <message>
        <source>Customer event: %1</source>
        <translation>客户事件：%1</translation>
    </message>
    <message>
        <source>Ticket %1 closed</source>
        <translation>工单 %1 已关闭</translation>
    </message>
    <message>
        <source>Ticket %1 opened</source>
        <translation>工单 %1 已创建</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>某联系人</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2，来自 %3</translation>
    </message>
</context>
<context>
    <name>tenure::accounts::AccountMerge</name>
    <message>
        <source>The book is read-only; no account was merged.</source>
        <translation>客户簿为只读；未合并任何客户。</translation>
    </message>
    <message>
        <source>Account %1 cannot be merged into itself; give two different ids.</source>
        <translation>客户 %1 不能合并到自身；请给出两个不同的 ID。</translation>
    </message>
    <message>
        <source>The book has no account %1; no account was merged.</source>
        <translation>客户簿中没有客户 %1；未合并任何客户。</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have %3 row(s) in %4 for the same period or id, which one account cannot hold twice; remove one side&apos;s rows first. No account was merged.</source>
        <translation>客户 %1 和 %2 在 %4 中都有同一周期或同一 ID 的 %3 行，而一个客户不能重复持有这些行；请先删除其中一方的这些行。未合并任何客户。</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>tenure::accounts::AccountTableModel</name>
    <message>
        <source>→ 0</source>
        <translation>→ 0</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <source>A subscription is in a currency with no exchange rate on %1; add a rate to count it.</source>
        <translation>有订阅使用的货币在 %1 没有汇率；添加汇率后才会计入。</translation>
    </message>
    <message>
        <source>ARR %1 × (100 − health %2) / 100</source>
        <translation>ARR %1 × (100 − 健康分 %2) / 100</translation>
    </message>
    <message numerus="yes">
        <source>Change in health over the last %n day(s)</source>
        <translation>
            <numerusform>过去 %n 天的健康分变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk × ARR: ARR × (100 − health) / 100</source>
        <translation>风险 × ARR：ARR × (100 − 健康分) / 100</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>首要原因</translation>
    </message>
    <message>
        <source>Risk × ARR</source>
        <translation>风险 × ARR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客户起始日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Scored from the inputs with data: %1% of the configured weight; the rest had no data and was left out</source>
        <translation>根据有数据的输入项评分：占所配置权重的 %1%；其余输入项没有数据，未计入</translation>
    </message>
    <message>
        <source>Health score, 0 to 100, of paying accounts, with the share of its weight that had data when some had none</source>
        <translation>付费客户的健康分（0 到 100）；部分输入项缺少数据时，附有数据部分所占的权重比例</translation>
    </message>
</context>
<context>
    <name>tenure::app</name>
    <message>
        <source>Usage:
  tenure [BOOK]              open the workbench, on BOOK if given
  tenure COMMAND [OPTIONS]   run a command without a window
  tenure --help | --version

Commands:
</source>
        <translation>用法：
  tenure [客户簿]             打开工作台，如给出客户簿则打开它
  tenure 命令 [选项]          不打开窗口，运行命令
  tenure --help | --version

命令：
</translation>
    </message>
    <message>
        <source>
`tenure COMMAND --help` describes a command&apos;s options.
</source>
        <translation>
`tenure 命令 --help` 会说明命令的选项。
</translation>
    </message>
    <message>
        <source>Unknown command or option %1

</source>
        <translation>未知的命令或选项 %1

</translation>
    </message>
    <message>
        <source>Tenure could not finish: %1
</source>
        <translation>Tenure 无法完成：%1
</translation>
    </message>
</context>
<context>
    <name>tenure::app::Command</name>
    <message>
        <source>write a demo book</source>
        <translation>生成演示客户簿</translation>
    </message>
    <message>
        <source>the action log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>how well the health score would have warned</source>
        <translation>健康分本可以多好地预警</translation>
    </message>
    <message>
        <source>health scores and churn-risk reasons</source>
        <translation>健康分与流失风险原因</translation>
    </message>
    <message>
        <source>import CSV exports into a book</source>
        <translation>将 CSV 导出文件导入客户簿</translation>
    </message>
    <message>
        <source>MRR movements and retention per period</source>
        <translation>按周期的 MRR 变动与留存</translation>
    </message>
    <message>
        <source>the quarterly retention report as a PDF</source>
        <translation>季度留存报告（PDF）</translation>
    </message>
    <message>
        <source>account survival curves (Kaplan-Meier)</source>
        <translation>客户存活曲线（Kaplan-Meier）</translation>
    </message>
    <message>
        <source>open tasks: overdue, today, upcoming</source>
        <translation>未完成任务：逾期、今天、即将到期</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>The action log: calls, emails, meetings, QBRs and notes, newest first.</source>
        <translation>活动日志：电话、邮件、会议、QBR 和备注，最新的在前。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>仅此客户。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--account takes an account id (a number).</source>
        <translation>--account 需要客户 ID（一个数字）。</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>loss rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>How well would the health score have warned you? Scores the book as of past quarter ends and compares with what happened next.</source>
        <translation>健康分本可以多好地向你预警？按过去各季度末为客户簿评分，并与之后发生的情况对比。</translation>
    </message>
    <message>
        <source>Days after each date to watch (default 90).</source>
        <translation>每个日期之后观察的天数（默认 90）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>How many past quarter ends (default 4).</source>
        <translation>过去多少个季度末（默认 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Today, for the back-test (default: today).</source>
        <translation>回测所用的“今天”（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--horizon takes a number of days; --quarters 1 to 20.</source>
        <translation>--horizon 需要天数；--quarters 为 1 到 20。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Name the book with --book FILE.</source>
        <translation>请用 --book 文件 指定客户簿。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Health scores and churn-risk reasons, with their evidence, per account.</source>
        <translation>每个客户的健康分与流失风险原因及其依据。</translation>
    </message>
    <message>
        <source>Use only data known on this date (default: today).</source>
        <translation>仅使用此日期已知的数据（默认：今天）。</translation>
    </message>
    <message>
        <source>No paying account with id %1 on %2.</source>
        <translation>%2 没有 ID 为 %1 的付费客户。</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, delimiter %5</source>
        <translation>%1：%2（%3），%4，分隔符 %5</translation>
    </message>
    <message>
        <source>mapping remembered for these headers</source>
        <translation>已记住这些表头的映射</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 rejected; %7 new accounts (%8 s)</source>
        <translation>读取 %1 行：新增 %2，更新 %3，未变 %4，跳过 %5，拒绝 %6；新客户 %7 个（%8 秒）</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) look like existing ones; review them before merging:</source>
        <translation>
            <numerusform>%n 个新客户与现有客户相似；合并前请检查：</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; (%3) → account %4; like account %5 &quot;%6&quot; (%7)</source>
        <translation>第 %1 行：“%2”（%3）→ 客户 %4；与客户 %5“%6”（%7）相似</translation>
    </message>
    <message>
        <source>Imports CSV exports (billing systems, customers, currency rates, contacts, usage, tickets, surveys, feature requests, goals) into a book, as one transaction: every accepted row lands, or none does.</source>
        <translation>将 CSV 导出文件（计费系统、客户、汇率、联系人、使用情况、工单、调查、功能需求、目标）作为一个事务导入客户簿：所有被接受的行全部写入，或全部不写入。</translation>
    </message>
    <message>
        <source>What the files hold: %1 (default: detected).</source>
        <translation>文件内容：%1（默认：自动检测）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Read the files as this export (default: recognised from the headers): %1.</source>
        <translation>将文件按此导出格式读取（默认：根据表头识别）：%1。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The source system&apos;s name stored with the rows (default: the preset&apos;s, or generic).</source>
        <translation>随行保存的来源系统名称（默认：预设的名称，或 generic）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, windows-1251 or gb18030 (default: detected).</source>
        <translation>utf-8、utf-8-bom、utf-16le、utf-16be、windows-1252、windows-1251 或 gb18030（默认：自动检测）。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>, ; | or tab (default: detected).</source>
        <translation>, ; | 或 tab（默认：自动检测）。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>mdy or dmy, for date columns where every value reads both ways.</source>
        <translation>mdy 或 dmy，用于每个值两种读法都成立的日期列。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Check and count everything; write nothing.</source>
        <translation>检查并计数所有内容；不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the valid rows even when some are rejected.</source>
        <translation>即使有行被拒绝，也导入有效的行。</translation>
    </message>
    <message>
        <source>Save the rejected rows to this CSV file.</source>
        <translation>将被拒绝的行保存到此 CSV 文件。</translation>
    </message>
    <message>
        <source>Create the book first if there is none.</source>
        <translation>如果客户簿不存在，先创建它。</translation>
    </message>
    <message>
        <source>tenure import needs --book FILE and at least one CSV file.</source>
        <translation>tenure import 需要 --book 文件 和至少一个 CSV 文件。</translation>
    </message>
    <message>
        <source>--kind takes one of: %1.</source>
        <translation>--kind 需要以下之一：%1。</translation>
    </message>
    <message>
        <source>Unknown preset %1; known: %2.</source>
        <translation>未知预设 %1；已知的有：%2。</translation>
    </message>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>未知编码 %1。</translation>
    </message>
    <message>
        <source>--delimiter takes , ; | or tab.</source>
        <translation>--delimiter 需要 , ; | 或 tab。</translation>
    </message>
    <message>
        <source>--date-order takes mdy or dmy.</source>
        <translation>--date-order 需要 mdy 或 dmy。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>%n 行被拒绝；客户簿未被更改。请修正它们，或用 --skip-invalid 导入其余的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>start MRR</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>end MRR</source>
        <translation>期末 MRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>logos kept</source>
        <translation>客户留存</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>MRR in %1; retention of the customers paying before each period.
</source>
        <translation>MRR 单位为 %1；留存针对每个周期前已付费的客户。
</translation>
    </message>
    <message>
        <source>MRR movements, NRR, GRR and logo retention per period.</source>
        <translation>按周期的 MRR 变动、NRR、GRR 和客户留存。</translation>
    </message>
    <message>
        <source>month, quarter or year.</source>
        <translation>month、quarter 或 year。</translation>
    </message>
    <message>
        <source>First month (default: the book&apos;s first).</source>
        <translation>起始月份（默认：客户簿的第一个月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Last month (default: the as-of month).</source>
        <translation>结束月份（默认：截至日期所在月份）。</translation>
    </message>
    <message>
        <source>Group by segment, owner or plan.</source>
        <translation>按 segment、owner 或 plan 分组。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>仅此细分。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this owner.</source>
        <translation>仅此负责人。</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>仅此套餐。</translation>
    </message>
    <message>
        <source>--period takes month, quarter or year.</source>
        <translation>--period 需要 month、quarter 或 year。</translation>
    </message>
    <message>
        <source>--method takes cohort or renewal.</source>
        <translation>--method 需要 cohort 或 renewal。</translation>
    </message>
    <message>
        <source>--by takes segment, owner or plan.</source>
        <translation>--by 需要 segment、owner 或 plan。</translation>
    </message>
    <message>
        <source>Paints the quarterly retention report to a PDF, without a display.</source>
        <translation>无需显示器，将季度留存报告绘制为 PDF。</translation>
    </message>
    <message>
        <source>YYYYQN</source>
        <translation>YYYYQN</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF。</translation>
    </message>
    <message>
        <source>Also write the report&apos;s tables as CSV files here.</source>
        <translation>同时将报告中的表格作为 CSV 文件写入此处。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>--out names the PDF to write.</source>
        <translation>--out 指定要写入的 PDF。</translation>
    </message>
    <message>
        <source>Quarterly retention report %1</source>
        <translation>季度留存报告 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s) in %2 ms.</source>
        <translation>
            <numerusform>已写入 %1：%n 页，用时 %2 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>中位数 %1 个月</translation>
    </message>
    <message>
        <source>median not reached</source>
        <translation>未达到中位数</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3
</source>
        <translation>%1：%2 个客户，%3
</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>风险中</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>censored</source>
        <translation>删失</translation>
    </message>
    <message>
        <source>survival</source>
        <translation>存活率</translation>
    </message>
    <message>
        <source>lower 95%</source>
        <translation>95% 下限</translation>
    </message>
    <message>
        <source>upper 95%</source>
        <translation>95% 上限</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival of accounts by months since they first paid, with the number at risk, the median and a 95% band.</source>
        <translation>按首次付费以来月数计算的客户 Kaplan-Meier 存活率，附风险人数、中位数和 95% 置信带。</translation>
    </message>
    <message>
        <source>One curve per segment, plan, owner or cohort (signup quarter).</source>
        <translation>每个细分、套餐、负责人或同期群（注册季度）一条曲线。</translation>
    </message>
    <message>
        <source>--by takes segment, plan, owner or cohort.</source>
        <translation>--by 需要 segment、plan、owner 或 cohort。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open tasks: overdue, due today and upcoming, oldest first.</source>
        <translation>未完成任务：逾期、今天到期和即将到期，最早的在前。</translation>
    </message>
    <message>
        <source>Only this owner&apos;s tasks (default: everyone&apos;s).</source>
        <translation>仅此负责人的任务（默认：所有人）。</translation>
    </message>
    <message>
        <source>Only tasks due by then.</source>
        <translation>仅截止于该日期前的任务。</translation>
    </message>
    <message>
        <source>The day that counts as today (default: today).</source>
        <translation>视为今天的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>没有未完成任务。</translation>
    </message>
    <message>
        <source>The quarter of the book&apos;s fiscal year, e.g. 2026Q3 (or FY2027Q1).</source>
        <translation>账簿财年中的季度，例如 2026Q3（或 FY2027Q1）。</translation>
    </message>
    <message>
        <source>cohort (customers paying before the period) or renewal (contracts up for renewal in the period); default: the book&apos;s setting.</source>
        <translation>cohort（期初前付费的客户）或 renewal（期内到期待续约的合同）；默认：账簿的设置。</translation>
    </message>
    <message>
        <source>tenure %1 takes no arguments besides its options; remove %2.</source>
        <translation>tenure %1 除选项外不接受其他参数；请删除 %2。</translation>
    </message>
    <message>
        <source>--%1 takes a date from %2 to %3, not %4.</source>
        <translation>--%1 需要 %2 至 %3 之间的日期，而不是 %4。</translation>
    </message>
    <message>
        <source>--%1 takes a quarter such as 2026Q3, of a year from %2 to %3.</source>
        <translation>--%1 需要一个季度，例如 2026Q3，年份在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>--from and --to take months as YYYY-MM, in order, of years from %1 to %2.</source>
        <translation>--from 和 --to 需要按先后顺序给出 YYYY-MM 格式的月份，年份在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>major or minor: whether amounts are written in whole units (49.00) or cents (4900), where the export does not say.</source>
        <translation>major 或 minor：金额以整单位（49.00）还是以分（4900）书写，用于导出文件未说明的情况。</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The billing interval of prices the file gives without one: month, year, quarter, week, &quot;6 months&quot;.</source>
        <translation>文件中未给出计费周期的价格所用的计费周期：month、year、quarter、week、&quot;6 months&quot;。</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>, or . : the character that separates decimals in every number column, where the numbers read both ways (1.234).</source>
        <translation>, 或 . ：所有数字列中的小数分隔符，用于数字有两种读法的情况（1.234）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Read columns as Tenure&apos;s fields: &quot;Account Owner=owner,Company Domain Name=domain&quot; (may be repeated).</source>
        <translation>将列读作 Tenure 的字段：&quot;Account Owner=owner,Company Domain Name=domain&quot;（可重复）。</translation>
    </message>
    <message>
        <source>HEADER=FIELD,...</source>
        <translation>表头=字段,...</translation>
    </message>
    <message>
        <source>Read the files with a mapping saved in the book under this name.</source>
        <translation>使用以此名称保存在客户簿中的映射读取文件。</translation>
    </message>
    <message>
        <source>After the import, save the file&apos;s mapping in the book under this name.</source>
        <translation>导入后，将文件的映射以此名称保存到客户簿中。</translation>
    </message>
    <message>
        <source>A fixed exchange rate for amounts the book has no rate for: EUR=1.08 (base-currency units per unit; kept in the book from the first day it is needed).</source>
        <translation>为客户簿中没有汇率的金额指定固定汇率：EUR=1.08（每单位对应的基准货币单位；从首个需要它的日期起保存在客户簿中）。</translation>
    </message>
    <message>
        <source>CUR=RATE,...</source>
        <translation>货币=汇率,...</translation>
    </message>
    <message>
        <source>Print how the files would be read (encoding, delimiter, header, preset, each column&apos;s field, the first rows typed, what is missing); import nothing. --book is optional.</source>
        <translation>输出文件将如何被读取（编码、分隔符、表头、预设、每列对应的字段、按类型解析的前几行、缺少的内容）；不导入任何内容。--book 可选。</translation>
    </message>
    <message>
        <source>The files to import, or folders whose CSV files to import together.</source>
        <translation>要导入的文件，或其中的 CSV 文件要一起导入的文件夹。</translation>
    </message>
    <message>
        <source>--decimal takes , or .</source>
        <translation>--decimal 需要 , 或 .</translation>
    </message>
    <message>
        <source>--save-mapping saves the mapping of one file; name one.</source>
        <translation>--save-mapping 只保存一个文件的映射；请只指定一个文件。</translation>
    </message>
    <message>
        <source>%1 (where the other is empty)</source>
        <translation>%1（当另一列为空时）</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（不读取）</translation>
    </message>
    <message>
        <source>minor units (cents)</source>
        <translation>最小货币单位（分）</translation>
    </message>
    <message>
        <source>major units</source>
        <translation>主货币单位</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <source>header: line %1</source>
        <translation>表头：第 %1 行</translation>
    </message>
    <message>
        <source>header: none</source>
        <translation>表头：无</translation>
    </message>
    <message>
        <source>line %1 passed over: %2</source>
        <translation>第 %1 行已略过：%2</translation>
    </message>
    <message>
        <source>a mapping saved in the book</source>
        <translation>客户簿中保存的映射</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>无预设</translation>
    </message>
    <message>
        <source>read as: %1 (%2), amounts in %3</source>
        <translation>读取方式：%1（%2），金额单位：%3</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>first rows, as read:</source>
        <translation>前几行（按读取结果）：</translation>
    </message>
    <message>
        <source>line %1:</source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>nothing missing: the file can be imported</source>
        <translation>没有缺失：文件可以导入</translation>
    </message>
    <message>
        <source>to settle: %1</source>
        <translation>待解决：%1</translation>
    </message>
    <message>
        <source>columns mapped by hand</source>
        <translation>手动映射的列</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) passed over</source>
        <translation>
            <numerusform>… 另有 %n 行已略过</numerusform>
        </translation>
    </message>
    <message>
        <source>its rows lend their columns to %1</source>
        <translation>其行为 %1 提供列</translation>
    </message>
    <message>
        <source>MRR in this file on %1, its latest start: %2</source>
        <translation>此文件在 %1（其最晚开始日期）的 MRR：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no exchange rate to %2 for %n month(s): %3.</source>
        <translation>
            <numerusform>%1 有 %n 个月没有对 %2 的汇率：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the rates (%1 units one unit is worth; a rate holds until the next one) in a file such as rates.csv:</source>
        <translation>请在文件（例如 rates.csv）中给出汇率（一单位值多少 %1；每个汇率一直有效，直到下一个汇率）：</translation>
    </message>
    <message>
        <source>and import it with the same files: tenure import --book %1 rates.csv …</source>
        <translation>并与相同的文件一起导入：tenure import --book %1 rates.csv …</translation>
    </message>
    <message>
        <source>or give one fixed rate for this import: --rate %1=1.08</source>
        <translation>或为本次导入指定一个固定汇率：--rate %1=1.08</translation>
    </message>
    <message>
        <source>The new book could not be named %1 (a file of that name appeared meanwhile, or the folder refused it).</source>
        <translation>无法将新客户簿命名为 %1（在此期间出现了同名文件，或文件夹拒绝了该操作）。</translation>
    </message>
    <message>
        <source>Stopped; the book was not changed.</source>
        <translation>已停止；客户簿未被更改。</translation>
    </message>
    <message>
        <source>merge a duplicate account into another</source>
        <translation>将重复的客户合并到另一个客户</translation>
    </message>
    <message>
        <source>ARR expected lost next quarter, with its band</source>
        <translation>下一季度预计损失的 ARR 及其区间</translation>
    </message>
    <message>
        <source>--%1 takes an account id (a number, as `tenure health` and `tenure import` show them).</source>
        <translation>--%1 需要客户 ID（一个数字，即 `tenure health` 和 `tenure import` 显示的编号）。</translation>
    </message>
    <message>
        <source>Merges one account into another: every row of the first (subscriptions, invoices, signals, contacts, actions, tasks, milestones, events, external ids) moves to the second, which keeps its own fields and takes the first&apos;s where it has none; the first account is then removed.</source>
        <translation>将一个客户合并到另一个客户：前者的每一行（订阅、发票、信号、联系人、活动、任务、里程碑、事件、外部 ID）都移到后者；后者保留自己的字段，仅在自身缺少某字段时采用前者的值；随后删除前一个客户。</translation>
    </message>
    <message>
        <source>The account merged away (a duplicate).</source>
        <translation>被合并掉的客户（重复项）。</translation>
    </message>
    <message>
        <source>The account kept.</source>
        <translation>保留的客户。</translation>
    </message>
    <message numerus="yes">
        <source>Merged account %1 into account %2: %n row(s) moved.</source>
        <translation>
            <numerusform>已将客户 %1 合并到客户 %2：移动了 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tenure accounts merge --book FILE --from ID --into ID</source>
        <translation>用法：tenure accounts merge --book 文件 --from ID --into ID</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>已收缩</translation>
    </message>
    <message>
        <source>either</source>
        <translation>流失或收缩</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>触发次数</translation>
    </message>
    <message>
        <source>churned where fired</source>
        <translation>触发时流失</translation>
    </message>
    <message>
        <source>churned where not</source>
        <translation>未触发时流失</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>The book holds no dated data: nothing to back-test.
</source>
        <translation>客户簿中没有带日期的数据：无可回测。
</translation>
    </message>
    <message>
        <source>The book&apos;s data runs through %1.
</source>
        <translation>客户簿的数据截至 %1。
</translation>
    </message>
    <message>
        <source>No quarter end has a complete %1-day horizon within the data.
</source>
        <translation>在数据范围内，没有任何季度末具有完整的 %1 天观察期。
</translation>
    </message>
    <message>
        <source>Health scored on %1; followed for %2 days after each.
</source>
        <translation>健康分评分日期：%1；每次评分后跟踪 %2 天。
</translation>
    </message>
    <message>
        <source>Left out: %1, whose %2-day horizon runs past the book&apos;s data (%3 paying accounts then, not counted as kept or lost).
</source>
        <translation>未计入：%1，其 %2 天观察期超出了客户簿的数据范围（当时有 %3 个付费客户，不计为留存或流失）。
</translation>
    </message>
    <message>
        <source>%1 accounts scored.

</source>
        <translation>已评分 %1 个客户。

</translation>
    </message>
    <message>
        <source>
AUC: the chance that an account with the outcome scored worse than one with neither (0.5 is a coin toss).
</source>
        <translation>
AUC：出现该结果的客户得分低于两者都未出现的客户的概率（0.5 相当于抛硬币）。
</translation>
    </message>
    <message>
        <source>Worst-scored tenth: churned or contracted %1× as often as the book

</source>
        <translation>得分最差的十分之一：流失或收缩的频率是全体客户的 %1 倍

</translation>
    </message>
    <message>
        <source>
Each reason&apos;s lift: the churn rate where it fired over the churn rate where it did not.
</source>
        <translation>
每个原因的提升度：触发时的流失率除以未触发时的流失率。
</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <source>Forecast for %1 from the data known on %2, %3.
</source>
        <translation>%1 的预测，基于 %2 已知的数据，范围：%3。
</translation>
    </message>
    <message>
        <source>every owner&apos;s accounts</source>
        <translation>所有负责人的客户</translation>
    </message>
    <message>
        <source>%1&apos;s accounts</source>
        <translation>%1 的客户</translation>
    </message>
    <message>
        <source>Calibrated on %1 past quarter ends: %2 churned and %3 contracted within 90 days (a contraction lost %4% of MRR on average).
</source>
        <translation>基于过去 %1 个季度末校准：90 天内 %2 个流失、%3 个收缩（每次收缩平均损失 %4% 的 MRR）。
</translation>
    </message>
    <message>
        <source>Churn %1, contraction %2; the band is the 10th to 90th percentile of %3 simulated quarters.

</source>
        <translation>流失 %1，收缩 %2；区间为 %3 个模拟季度的第 10 至第 90 百分位。

</translation>
    </message>
    <message>
        <source>top reason</source>
        <translation>首要原因</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>实际情况：%1</translation>
    </message>
    <message>
        <source>ARR expected lost to churn and contraction in a quarter, with an 80% band, from the book&apos;s own history; for a past quarter, beside what happened.</source>
        <translation>根据客户簿自身的历史，预测某一季度因流失和收缩预计损失的 ARR，附 80% 区间；对于已过去的季度，同时列出实际情况。</translation>
    </message>
    <message>
        <source>The quarter of the book&apos;s fiscal year, e.g. 2027Q1 (default: the next).</source>
        <translation>客户簿财年中的季度，例如 2027Q1（默认：下一季度）。</translation>
    </message>
    <message>
        <source>QUARTER</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Only this owner&apos;s accounts.</source>
        <translation>仅此负责人的客户。</translation>
    </message>
    <message>
        <source>Today, for the forecast (default: today).</source>
        <translation>预测所用的“今天”（默认：今天）。</translation>
    </message>
    <message>
        <source>%1 starts after the next quarter: only quarters up to %2 can be forecast on %3.</source>
        <translation>%1 在下一季度之后才开始：在 %3 只能预测截至 %2 的季度。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 (#%2): health %3 (%4% of its weight known), outcome %5, experience %6, relationship %7, %8
</source>
        <translation>%1（#%2）：健康分 %3（已知权重 %4%），成果 %5，体验 %6，关系 %7，%8
</translation>
    </message>
    <message>
        <source>--merge-into %1: the book has no account %1; nothing was imported.</source>
        <translation>--merge-into %1：客户簿中没有客户 %1；未导入任何内容。</translation>
    </message>
    <message>
        <source>header: lines %1 and %2 (the answers named under the questions)</source>
        <translation>表头：第 %1 行和第 %2 行（问题下方列出回答名称）</translation>
    </message>
    <message numerus="yes">
        <source>one column per date: columns %1 to %2 (%3 to %4) each give a row of %n day(s) per account, dated by their header</source>
        <translation>
            <numerusform>每个日期一列：第 %1 至 %2 列（%3 至 %4）各为每个客户提供一行 %n 天的数据，日期取自该列表头</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer that only resembles this account (the possible duplicates tenure import lists; see them first with --dry-run) joins it instead of becoming a new account (may be repeated).</source>
        <translation>仅与此客户相似的客户（即 tenure import 列出的可能重复项；可先用 --dry-run 查看）将并入此客户，而不是成为新客户（可重复指定）。</translation>
    </message>
    <message>
        <source>--merge-into takes an account id (a number, as tenure import lists them).</source>
        <translation>--merge-into 需要客户 ID（一个数字，即 tenure import 列出的编号）。</translation>
    </message>
    <message>
        <source>To merge a pair: tenure accounts merge --book BOOK --from NEW --into EXISTING (or Merge into… in the window&apos;s account list, undoable); before importing, --dry-run lists them and --merge-into EXISTING joins them to it</source>
        <translation>要合并一对客户：tenure accounts merge --book 客户簿 --from 新客户 --into 现有客户（或在窗口的客户列表中使用“合并到…”，可撤销）；导入前，--dry-run 会列出这些客户对，--merge-into 现有客户 会将它们并入该现有客户</translation>
    </message>
    <message>
        <source>copy a book between a file and a PostgreSQL server</source>
        <translation>在文件与 PostgreSQL 服务器之间复制客户簿</translation>
    </message>
    <message>
        <source>make an empty PostgreSQL database a team book, with its roles</source>
        <translation>将空的 PostgreSQL 数据库设为团队客户簿，并创建其角色</translation>
    </message>
    <message>
        <source>Copies a whole book between a book file and a PostgreSQL database: a file to an empty database (all of it in one transaction, or nothing), or a database&apos;s book to a new file. Every id, date and amount arrives as it was. The source is only read.</source>
        <translation>在客户簿文件与 PostgreSQL 数据库之间复制整个客户簿：将文件复制到空数据库（在一个事务中全部写入，或全部不写入），或将数据库中的客户簿复制到新文件。每个 ID、日期和金额都原样保留。源客户簿只会被读取。</translation>
    </message>
    <message>
        <source>The book to copy: a .tenure file or a postgresql:// URI.</source>
        <translation>要复制的客户簿：.tenure 文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <source>BOOK</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>Where to: a new .tenure file, or a postgresql:// URI of an empty database.</source>
        <translation>复制目标：新的 .tenure 文件，或空数据库的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>Name both books with --from BOOK and --to BOOK.</source>
        <translation>请用 --from 客户簿 和 --to 客户簿 指定两个客户簿。</translation>
    </message>
    <message>
        <source>tenure book copy copies between a file and a server: one of --from and --to is a .tenure file, the other a postgresql:// URI.</source>
        <translation>tenure book copy 在文件与服务器之间复制：--from 和 --to 中一个是 .tenure 文件，另一个是 postgresql:// URI。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 tables.</source>
        <translation>
            <numerusform>已复制 %1 个表中的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty database, as a postgresql:// URI.</source>
        <translation>空数据库，以 postgresql:// URI 形式给出。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>What the roles&apos; names start with (the database&apos;s name if not given).</source>
        <translation>角色名称的前缀（未指定时使用数据库名称）。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Name the team&apos;s database with --book postgresql://USER@HOST/DATABASE.</source>
        <translation>请用 --book postgresql://USER@HOST/DATABASE 指定团队的数据库。</translation>
    </message>
    <message>
        <source>The team book is ready, with the roles %1.</source>
        <translation>团队客户簿已就绪，角色为 %1。</translation>
    </message>
    <message>
        <source>Usage: tenure book copy --from BOOK --to BOOK</source>
        <translation>用法：tenure book copy --from 客户簿 --to 客户簿</translation>
    </message>
    <message>
        <source>Makes an empty PostgreSQL database a team book: the book&apos;s schema and four group roles with their grants: PREFIX_owner (the schema and the book&apos;s preferences), PREFIX_manager (every table), PREFIX_csm (reads everything, or only its own accounts; writes actions, tasks, plays run and reviews) and PREFIX_reporting (reads everything). People log in with roles of their own made members of one of them, named in the team_members table as the accounts name their owners.</source>
        <translation>将空的 PostgreSQL 数据库设为团队客户簿：客户簿的架构和四个组角色及其权限：PREFIX_owner（架构和客户簿的偏好设置）、PREFIX_manager（所有表）、PREFIX_csm（读取全部，或仅读取自己的客户；写入活动、任务、行动手册运行和审阅标记）和 PREFIX_reporting（读取全部）。成员以各自的角色登录，这些角色属于其中一个组，并在 team_members 表中以客户记录其负责人的名字命名。</translation>
    </message>
    <message>
        <source>all: CSMs read every account (the default); own: only the accounts they own, enforced by the server.</source>
        <translation>all：CSM 可读取所有客户（默认）；own：只能读取自己负责的客户，由服务器强制执行。</translation>
    </message>
    <message>
        <source>all|own</source>
        <translation>all|own</translation>
    </message>
    <message>
        <source>--csm-sees takes all or own, not &quot;%1&quot;.</source>
        <translation>--csm-sees 的取值为 all 或 own，而不是“%1”。</translation>
    </message>
    <message>
        <source>Add a person with, for example: CREATE ROLE dana LOGIN IN ROLE %1; INSERT INTO team_members VALUES (&apos;dana&apos;, &apos;Dana Whitfield&apos;);</source>
        <translation>添加成员，例如：CREATE ROLE dana LOGIN IN ROLE %1; INSERT INTO team_members VALUES (&apos;dana&apos;, &apos;Dana Whitfield&apos;);</translation>
    </message>
    <message>
        <source>Usage: tenure team init --book URI [--role-prefix PREFIX] [--csm-sees all|own]</source>
        <translation>用法：tenure team init --book URI [--role-prefix 前缀] [--csm-sees all|own]</translation>
    </message>
    <message>
        <source>The book to read: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>要读取的账簿：.tenure 文件，或团队账簿的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>The book to change: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>要修改的客户簿：.tenure 文件，或团队客户簿的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>The book to import into: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>要导入的客户簿：.tenure 文件，或团队客户簿的 postgresql:// URI。</translation>
    </message>
</context>
<context>
    <name>tenure::app::DemoCommand</name>
    <message>
        <source>Run `tenure demo --help` for the options.</source>
        <translation>运行 `tenure demo --help` 查看选项。</translation>
    </message>
    <message>
        <source>Writes a demo book: made-up accounts with billing, usage, support, surveys and CSM history, the same for the same options.</source>
        <translation>生成演示客户簿：虚构的客户及其账单、使用、支持、调查和 CSM 历史；相同选项生成相同结果。</translation>
    </message>
    <message>
        <source>The new book file (must not exist).</source>
        <translation>新的客户簿文件（必须不存在）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Number of accounts, 1 to 1000000.</source>
        <translation>客户数量，1 到 1000000。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same book.</source>
        <translation>随机种子；相同种子生成相同客户簿。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Months of history, 1 to 240.</source>
        <translation>历史月数，1 到 240。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The book&apos;s today (default: the real today).</source>
        <translation>客户簿中的“今天”（默认：真实的今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>意外的参数 %1。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须指定 --out 文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>--accounts must be a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--accounts 必须是 1 到 1000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 240, not &quot;%1&quot;.</source>
        <translation>--months 必须是 1 到 240 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not write the demo book: %1</source>
        <translation>无法写入演示客户簿：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 accounts, %3 rows (%4 subscription periods, %5 usage weeks, %6 tickets, %7 survey responses, %8 actions, %9 playbook tasks) in %10 s</source>
        <translation>已写入 %1：%2 个客户，%3 行（%4 个订阅周期、%5 个使用周、%6 个工单、%7 份调查回复、%8 条活动、%9 个行动手册任务），用时 %10 秒</translation>
    </message>
</context>
<context>
    <name>tenure::demo::DemoGenerator</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Generating demo accounts</source>
        <translation>正在生成演示客户</translation>
    </message>
    <message>
        <source>Could not move the new book to %1.</source>
        <translation>无法将新客户簿移动到 %1。</translation>
    </message>
</context>
<context>
    <name>tenure::forecast::QuarterForecast</name>
    <message>
        <source>No forecast for %1: %2</source>
        <translation>%1 无预测：%2</translation>
    </message>
    <message>
        <source>%1 of %2 ARR expected lost to churn and contraction in %3 (80% band %4 to %5).</source>
        <translation>预计 %3 因流失和收缩损失 %2 ARR 中的 %1（80% 区间 %4 至 %5）。</translation>
    </message>
    <message>
        <source>Contraction is left out: %1</source>
        <translation>未计入收缩：%1</translation>
    </message>
    <message>
        <source>Accounts without a health score are not in it: %1 (%2 ARR).</source>
        <translation>没有健康分的客户未计入其中：%1 个（ARR %2）。</translation>
    </message>
    <message>
        <source>Lost %1: churn %2, contraction %3.</source>
        <translation>损失 %1：流失 %2，收缩 %3。</translation>
    </message>
    <message>
        <source>No reason fired</source>
        <translation>未触发风险原因</translation>
    </message>
</context>
<context>
    <name>tenure::health::Calibration</name>
    <message>
        <source>churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>churned or contracted</source>
        <translation>流失或收缩</translation>
    </message>
    <message>
        <source>The book holds no dated data.</source>
        <translation>客户簿中没有带日期的数据。</translation>
    </message>
    <message>
        <source>Only %1 past quarter ends have a complete %2-day horizon within the book&apos;s data (through %3); a probability needs at least %4.</source>
        <translation>在客户簿的数据（截至 %3）中，只有 %1 个过去的季度末具有完整的 %2 天观察期；计算概率至少需要 %4 个。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 accounts scored at %3 past quarter ends %4 within %5 days; a probability needs at least %6.</source>
        <translation>在过去 %3 个季度末评分的 %2 个客户中，只有 %1 个在 %5 天内%4；计算概率至少需要 %6 个。</translation>
    </message>
    <message>
        <source>The account has no health score to compare.</source>
        <translation>该客户没有可供比较的健康分。</translation>
    </message>
</context>
<context>
    <name>tenure::health::DangerZone</name>
    <message>
        <source>No danger zone yet: too few accounts report usage.</source>
        <translation>尚无危险区：报告使用情况的客户太少。</translation>
    </message>
    <message>
        <source>Danger zone: below %1% of licences used, the bottom quartile of the paying accounts (not enough churn history to fit it).</source>
        <translation>危险区：许可证使用率低于 %1%，即付费客户中最低的四分之一（流失历史不足，无法拟合）。</translation>
    </message>
    <message>
        <source>Danger zone: below %1% of licences used, fitted from %2 accounts followed for %3 days: %4% of those below it churned, %5% of those above.</source>
        <translation>危险区：许可证使用率低于 %1%，由 %2 个客户跟踪 %3 天拟合得出：低于该线的客户 %4% 流失，高于该线的 %5% 流失。</translation>
    </message>
</context>
<context>
    <name>tenure::health::Detectors</name>
    <message>
        <source>MRR fell %1% in 90 days (%2 → %3)</source>
        <translation>MRR 在 90 天内下降 %1%（%2 → %3）</translation>
    </message>
    <message numerus="yes">
        <source>Renews in %1 days (%2) with %n risk reason(s) open</source>
        <translation>
            <numerusform>%1 天后续约（%2），有 %n 个未解决的风险原因</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 days, latest &quot;%2&quot; (%3)</source>
        <translation>
            <numerusform>%1 天内 %n 个需求，最新为“%2”（%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) open more than %1 days</source>
        <translation>
            <numerusform>%n 个工单未关闭超过 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n escalated in 90 days</source>
        <translation>
            <numerusform>，90 天内升级 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open bug(s)</source>
        <translation>
            <numerusform>，%n 个未解决缺陷</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 (detractor)</source>
        <translation>NPS %1（贬损者）</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 / 5</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，来自 %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>，于 %1</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高管发起人</translation>
    </message>
    <message>
        <source>Closing down</source>
        <translation>停业</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>被收购</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>重组</translation>
    </message>
    <message>
        <source>Leadership change</source>
        <translation>领导层变动</translation>
    </message>
    <message>
        <source>%1 %2 left on %3; no other sponsor</source>
        <translation>%1 %2 于 %3 离职；没有其他发起人</translation>
    </message>
    <message>
        <source>last active %1 days ago</source>
        <translation>最近活跃于 %1 天前</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>从未活跃</translation>
    </message>
    <message>
        <source>%1 %2 has gone dark (%3); no other sponsor</source>
        <translation>%1 %2 已失联（%3）；没有其他发起人</translation>
    </message>
    <message>
        <source>No CSM contact for %1 days (last: %2 on %3)</source>
        <translation>已 %1 天没有 CSM 联系（最近一次：%2，%3）</translation>
    </message>
    <message>
        <source>No CSM contact logged since the account started %1 days ago</source>
        <translation>客户自 %1 天前开始以来，从未记录过 CSM 联系</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 success-plan goals missed (&quot;%3&quot;: %4 of %5 by %6)</source>
        <translation>%2 个成功计划目标中 %1 个未达成（“%3”：截至 %6 为 %5 中的 %4）</translation>
    </message>
    <message>
        <source>; weekly active users down %1%</source>
        <translation>；周活跃用户下降 %1%</translation>
    </message>
    <message>
        <source>Not live %1 days after the onboarding target (%2)</source>
        <translation>在入职目标日期（%2）后 %1 天仍未上线</translation>
    </message>
    <message>
        <source>Only %1 of %2 licences used</source>
        <translation>%2 个许可证仅使用了 %1 个</translation>
    </message>
    <message>
        <source>, below the danger zone (%1% against a line at %2%)</source>
        <translation>，低于危险区（%1%，危险线为 %2%）</translation>
    </message>
    <message>
        <source>Weekly active users fell %1% in %2 days (%3)</source>
        <translation>周活跃用户在 %2 天内下降 %1%（%3）</translation>
    </message>
</context>
<context>
    <name>tenure::health::HealthScore</name>
    <message>
        <source>Success-plan goals</source>
        <translation>成功计划目标</translation>
    </message>
    <message>
        <source>%1 of %2 goals due in the last year achieved</source>
        <translation>过去一年到期的目标中达成 %1 / %2</translation>
    </message>
    <message>
        <source>Licence utilisation</source>
        <translation>许可证使用率</translation>
    </message>
    <message>
        <source>%1% of %2 licences in use</source>
        <translation>%2 个许可证中 %1% 在使用</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Weekly active users %1% in %2 days</source>
        <translation>周活跃用户 %2 天内变化 %1%</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS %1 on %2</source>
        <translation>NPS %1（%2）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT %1 of 5 on %2</source>
        <translation>CSAT %1 / 5（%2）</translation>
    </message>
    <message>
        <source>Support experience</source>
        <translation>支持体验</translation>
    </message>
    <message>
        <source>%1 tickets open more than %2 days, %3 escalated in 90 days</source>
        <translation>%1 个工单未关闭超过 %2 天，90 天内升级 %3 个</translation>
    </message>
    <message>
        <source>Sponsors in place</source>
        <translation>发起人在位</translation>
    </message>
    <message>
        <source>%1 of %2 sponsors active</source>
        <translation>%2 个发起人中 %1 个活跃</translation>
    </message>
    <message>
        <source>CSM contact</source>
        <translation>CSM 联系</translation>
    </message>
    <message>
        <source>Last CSM contact %1 days ago</source>
        <translation>最近一次 CSM 联系在 %1 天前</translation>
    </message>
    <message>
        <source>Thriving</source>
        <translation>蓬勃发展</translation>
    </message>
    <message>
        <source>Trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <source>Silent risk</source>
        <translation>沉默风险</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>需挽救</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>Getting the outcome they bought, and liking the experience: the goal.</source>
        <translation>获得了所购买的成果，也喜欢合作体验：这是目标。</translation>
    </message>
    <message>
        <source>Getting results but unhappy: rarely churns, but speaks badly of you.</source>
        <translation>有成果但不满意：很少流失，但会说你的坏话。</translation>
    </message>
    <message>
        <source>Likes you but is not getting results: the dangerous one, it churns without warning, defending you on the way out.</source>
        <translation>喜欢你但没有成果：最危险的一类，会毫无预警地流失，离开时还在为你说话。</translation>
    </message>
    <message>
        <source>Neither results nor a good experience: lost unless rescued.</source>
        <translation>既无成果也无良好体验：不挽救就会失去。</translation>
    </message>
    <message>
        <source>Contact history unknown: no activity in the book yet</source>
        <translation>联系历史未知：客户簿中尚无活动</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) missed, the latest due %1</source>
        <translation>
            <numerusform>%n 个目标未达成，最近一个于 %1 到期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of licences in use, under the low-adoption line of %2%</source>
        <translation>许可证使用率为 %1%，低于低采用率线 %2%</translation>
    </message>
    <message>
        <source>A ticket open %1 days</source>
        <translation>有一个工单已 %1 天未关闭</translation>
    </message>
    <message>
        <source>A ticket escalated, opened %1</source>
        <translation>有一个工单已升级，创建于 %1</translation>
    </message>
    <message>
        <source>No ticket trouble, and no survey answer to weigh it with: says nothing of the experience</source>
        <translation>没有工单问题，也没有可与之权衡的调查回答：无法反映体验情况</translation>
    </message>
    <message>
        <source>No ticket on record: the help desk says nothing yet</source>
        <translation>没有工单记录：服务台尚无任何信息</translation>
    </message>
    <message>
        <source>Not enough data to place the account: no outcome or no experience data, or a health score resting on too little of its weight.</source>
        <translation>数据不足，无法放置该客户：缺少成果或体验数据，或健康分所依据的权重过少。</translation>
    </message>
</context>
<context>
    <name>tenure::health::RiskReason</name>
    <message>
        <source>Value not realised</source>
        <translation>价值未实现</translation>
    </message>
    <message>
        <source>Stalled onboarding</source>
        <translation>入职停滞</translation>
    </message>
    <message>
        <source>Sponsor change</source>
        <translation>发起人变动</translation>
    </message>
    <message>
        <source>Low adoption</source>
        <translation>采用率低</translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation>产品缺口</translation>
    </message>
    <message>
        <source>Support problems</source>
        <translation>支持问题</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>负面反馈</translation>
    </message>
    <message>
        <source>No proactive contact</source>
        <translation>缺少主动联系</translation>
    </message>
    <message>
        <source>Customer-side event</source>
        <translation>客户方事件</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Renewal at risk</source>
        <translation>续约有风险</translation>
    </message>
</context>
<context>
    <name>tenure::import::AccountMatcher</name>
    <message>
        <source>same email domain %1</source>
        <translation>相同邮箱域名 %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>相同名称</translation>
    </message>
</context>
<context>
    <name>tenure::import::BulkLoad</name>
    <message>
        <source>Row %1 of %2 would refer to a missing row of %3; nothing was imported.</source>
        <translation>%2 的第 %1 行将引用 %3 中不存在的行；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>tenure::import::ByteSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tenure::import::Choices</name>
    <message>
        <source>--map takes &quot;Header=field&quot; pairs separated by commas, such as &quot;Account Owner=owner&quot;; &quot;%1&quot; is not one.</source>
        <translation>--map 需要以逗号分隔的“表头=字段”对，例如“Account Owner=owner”；“%1”不是这样的对。</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not one of Tenure&apos;s fields: %2.</source>
        <translation>--map：“%1”不是 Tenure 的字段；可用字段：%2。</translation>
    </message>
    <message>
        <source>--map needs at least one &quot;Header=field&quot; pair.</source>
        <translation>--map 需要至少一个“表头=字段”对。</translation>
    </message>
    <message>
        <source>--rate takes CURRENCY=RATE, the base-currency units one unit is worth, such as EUR=1.08; &quot;%1&quot; is not one.</source>
        <translation>--rate 需要 货币=汇率（一单位值多少基准货币单位），例如 EUR=1.08；“%1”不符合。</translation>
    </message>
    <message>
        <source>--rate: %1 is the book&apos;s base currency; it needs no rate.</source>
        <translation>--rate：%1 是客户簿的基准货币，不需要汇率。</translation>
    </message>
    <message>
        <source>--rate needs a CURRENCY=RATE pair, such as EUR=1.08.</source>
        <translation>--rate 需要 货币=汇率 对，例如 EUR=1.08。</translation>
    </message>
    <message>
        <source>--amounts takes major (49.00 is forty-nine) or minor (4900 cents is forty-nine).</source>
        <translation>--amounts 需要 major（49.00 即四十九）或 minor（4900 分即四十九）。</translation>
    </message>
    <message>
        <source>--interval takes a billing interval such as month, year, quarter, week or &quot;6 months&quot;; &quot;%1&quot; is not one.</source>
        <translation>--interval 需要一个计费周期，例如 month、year、quarter、week 或 &quot;6 months&quot;；“%1”不是计费周期。</translation>
    </message>
</context>
<context>
    <name>tenure::import::FilePlan</name>
    <message>
        <source>A title line above the header</source>
        <translation>表头上方的标题行</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot; to map (its columns: %3)</source>
        <translation>%1：没有可映射的列“%2”（其列：%3）</translation>
    </message>
    <message>
        <source>The book has no mapping named %1; none is saved yet.</source>
        <translation>客户簿中没有名为 %1 的映射；尚未保存任何映射。</translation>
    </message>
    <message>
        <source>The book has no mapping named %1; saved: %2.</source>
        <translation>客户簿中没有名为 %1 的映射；已保存的有：%2。</translation>
    </message>
    <message>
        <source>%1: its first line is longer than a megabyte; it cannot be a header.</source>
        <translation>%1：其第一行超过 1 MB，不可能是表头。</translation>
    </message>
    <message>
        <source>%1: the columns %2 have the same name (case, spaces, hyphens and underscores aside), so which one to read cannot be told. Rename one, or say which to read with --map &quot;Header=field&quot;.</source>
        <translation>%1：列 %2 的名称相同（不计大小写、空格、连字符和下划线），因此无法判断应读取哪一列。请重命名其中一列，或用 --map &quot;表头=字段&quot; 指定读取哪一列。</translation>
    </message>
    <message>
        <source>Date (the column headers)</source>
        <translation>日期（各列表头）</translation>
    </message>
    <message>
        <source>%1: usage is kept per day or per week, and two dates in column &quot;%2&quot; are %3 days apart. Export it by day or by week, or add a period_days column (1 or 7).</source>
        <translation>%1：使用数据按天或按周保存，而列“%2”中有两个日期相隔 %3 天。请按天或按周导出，或添加 period_days 列（1 或 7）。</translation>
    </message>
</context>
<context>
    <name>tenure::import::ImportJob</name>
    <message>
        <source>The column mapping could not be saved: %1</source>
        <translation>无法保存列映射：%1</translation>
    </message>
</context>
<context>
    <name>tenure::import::ImportSession</name>
    <message>
        <source>%1 is a spreadsheet workbook, not a CSV file. Save it as CSV (File ▸ Save As ▸ CSV UTF-8) and import that.</source>
        <translation>%1 是电子表格工作簿，不是 CSV 文件。请将其另存为 CSV（文件 ▸ 另存为 ▸ CSV UTF-8）后再导入。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>请为 %1 选择一列。</translation>
    </message>
    <message>
        <source>Say how to read the dates in %1.</source>
        <translation>请说明如何读取 %1 中的日期。</translation>
    </message>
    <message>
        <source>%1 mixes day-first and month-first dates: say which order is right.</source>
        <translation>%1 混合了日在前和月在前的日期：请说明哪种顺序正确。</translation>
    </message>
    <message>
        <source>This looks like a %1 export, but it lacks the columns %2: export it again with them, or map its columns by hand.</source>
        <translation>这看起来像 %1 导出文件，但缺少列 %2：请带上这些列重新导出，或手动映射其列。</translation>
    </message>
    <message>
        <source>Say whether the amounts are in cents or in whole units.</source>
        <translation>请说明金额是以分还是以整单位表示。</translation>
    </message>
    <message>
        <source>Say how often these prices are billed.</source>
        <translation>请说明这些价格的计费频率。</translation>
    </message>
    <message>
        <source>Say which character separates decimals in %1.</source>
        <translation>请说明 %1 中的小数分隔符。</translation>
    </message>
</context>
<context>
    <name>tenure::import::Importer</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1: no column for %2. %3</source>
        <translation>%1：没有 %2 对应的列。%3</translation>
    </message>
    <message>
        <source>It was read as %1.</source>
        <translation>它被读取为 %1。</translation>
    </message>
    <message>
        <source>%1: every date in %2 reads both as month/day and as day/month (such as 03/04/2024). Say which one it is (--date-order mdy or dmy).</source>
        <translation>%1：%2 中的每个日期都既可读作 月/日 也可读作 日/月（如 03/04/2024）。请说明是哪一种（--date-order mdy 或 dmy）。</translation>
    </message>
    <message>
        <source>%1: %2 mixes day-first dates (31/01/2024) with month-first ones (01/31/2024). Say which one is right (--date-order mdy or dmy); the others will be rejected.</source>
        <translation>%1：%2 混合了日在前的日期（31/01/2024）和月在前的日期（01/31/2024）。请说明哪种正确（--date-order mdy 或 dmy）；其余的将被拒绝。</translation>
    </message>
    <message>
        <source>A quoted field opened here is never closed; the rest of the file was read as part of it</source>
        <translation>此处开始的带引号字段从未闭合；文件其余部分都被当作它的一部分读取</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote</source>
        <translation>字段 %1 的右引号后还有文本</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2</source>
        <translation>该行有 %1 个字段；表头有 %2 个</translation>
    </message>
    <message>
        <source>Repeats an earlier row of this file (same id and start date)</source>
        <translation>与本文件中之前的一行重复（相同 ID 和开始日期）</translation>
    </message>
    <message>
        <source>Repeats an earlier row of this file for the same account (same %1)</source>
        <translation>与本文件中同一客户之前的一行重复（相同的 %1）</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>%1 or a price (%2)</source>
        <translation>%1 或价格 (%2)</translation>
    </message>
    <message>
        <source>The value holds a NUL byte</source>
        <translation>该值包含 NUL 字节</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8: the file may be in another encoding (--encoding windows-1252, windows-1251 or gb18030)</source>
        <translation>该值不是有效的 UTF-8：文件可能使用其他编码（--encoding windows-1252、windows-1251 或 gb18030）</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3</source>
        <translation>%3 或之前没有 %1 到 %2 的汇率</translation>
    </message>
    <message>
        <source>%1 has no row with this id</source>
        <translation>%1 中没有具有此 ID 的行</translation>
    </message>
    <message>
        <source>%1: its rows take their %2 from the %3 file (%4). Import it in the same command: tenure import --book BOOK %5 FILE…</source>
        <translation>%1：其行的 %2 取自 %3 文件（%4）。请在同一命令中导入该文件：tenure import --book 客户簿 %5 文件…</translation>
    </message>
    <message>
        <source>%1 only lends its columns to another file of the same export, and none came with it.</source>
        <translation>%1 只为同一导出中的另一个文件提供列，但没有随附这样的文件。</translation>
    </message>
    <message>
        <source>%1 looks like a %2 export, but it lacks the columns %3. Choose them when you export (or add them), or say what the file holds with --kind and which column is which with --map.</source>
        <translation>%1 看起来像 %2 导出文件，但缺少列 %3。请在导出时选中这些列（或自行添加），或用 --kind 说明文件内容，并用 --map 说明各列对应的字段。</translation>
    </message>
    <message>
        <source>%1: no preset recognises its columns (%2). Say what the file holds with --kind (%3) and which column is which with --map &quot;Header=field&quot;; tenure import --inspect %1 shows how it would be read.</source>
        <translation>%1：没有预设能识别其列（%2）。请用 --kind（%3）说明文件内容，并用 --map &quot;表头=字段&quot; 说明各列对应的字段；tenure import --inspect %1 可显示文件将如何被读取。</translation>
    </message>
    <message>
        <source>Map one with --map &quot;Header=field&quot;.</source>
        <translation>请用 --map &quot;表头=字段&quot; 映射一列。</translation>
    </message>
    <message>
        <source>%1: every amount in %2 is a whole number, typically %3: cents or whole units? Say --amounts minor (%3 means %4) or --amounts major (%3 means %3.00).</source>
        <translation>%1：%2 中的每个金额都是整数，通常为 %3：是分还是整单位？请指定 --amounts minor（%3 表示 %4）或 --amounts major（%3 表示 %3.00）。</translation>
    </message>
    <message>
        <source>%1: the numbers in %2 read two ways (such as 1.234: a thousand, or one and a bit; or both 1,234 and 1.234). Say which character separates decimals: --decimal , or --decimal .</source>
        <translation>%1：%2 中的数字有两种读法（例如 1.234：一千，或一点几；或同时出现 1,234 和 1.234）。请说明小数分隔符：--decimal , 或 --decimal .</translation>
    </message>
    <message>
        <source>%1: the prices in %2 come with no billing interval (no interval column, no billing term). Say --interval month (or year, quarter, week), or add an interval column.</source>
        <translation>%1：%2 中的价格没有计费周期（既无周期列，也无计费期限）。请指定 --interval month（或 year、quarter、week），或添加周期列。</translation>
    </message>
    <message>
        <source>The value is longer than a megabyte</source>
        <translation>该值超过 1 MB</translation>
    </message>
    <message>
        <source>A response with no score: the question was not answered</source>
        <translation>没有分数的回复：该问题未作答</translation>
    </message>
</context>
<context>
    <name>tenure::import::Kind</name>
    <message>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Subscription or line id</source>
        <translation>订阅或明细行 ID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Amount per interval</source>
        <translation>每周期金额</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Interval count</source>
        <translation>周期数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>经常性折扣</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner (CSM)</source>
        <translation>负责人（CSM）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Seats purchased</source>
        <translation>购买席位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客户起始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <source>Rate (base units per unit)</source>
        <translation>汇率（每单位对应的基准货币单位）</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Left the company on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days per period (1 or 7)</source>
        <translation>每周期天数（1 或 7）</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Key-feature events</source>
        <translation>关键功能事件</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Title or subject</source>
        <translation>标题或主题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Invoice line items</source>
        <translation>发票明细行</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>产品使用情况</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>Survey responses (NPS, CSAT)</source>
        <translation>调查回复（NPS、CSAT）</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Success-plan goals</source>
        <translation>成功计划目标</translation>
    </message>
    <message>
        <source>Current period start</source>
        <translation>当前周期开始</translation>
    </message>
    <message>
        <source>Current period end</source>
        <translation>当前周期结束</translation>
    </message>
    <message>
        <source>Invoice id</source>
        <translation>发票 ID</translation>
    </message>
    <message>
        <source>Tax included in the amount</source>
        <translation>金额含税</translation>
    </message>
    <message>
        <source>Direction (inbound, outbound)</source>
        <translation>方向（inbound、outbound）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Onboarding target date</source>
        <translation>入职目标日期</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>CSM activities (calls, emails, meetings)</source>
        <translation>CSM 活动（电话、邮件、会议）</translation>
    </message>
    <message>
        <source>Onboarding milestones</source>
        <translation>入职里程碑</translation>
    </message>
    <message>
        <source>Customer events</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
</context>
<context>
    <name>tenure::import::MappingModel</name>
    <message>
        <source>MRR or amount</source>
        <translation>MRR 或金额</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
</context>
<context>
    <name>tenure::import::MilestoneWriter</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>tenure::import::PreviewModel</name>
    <message>
        <source>(extra field %1)</source>
        <translation>（额外字段 %1）</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1：不导入</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1：读取为 %2</translation>
    </message>
</context>
<context>
    <name>tenure::import::ProgressEstimator</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>tenure::import::RejectionModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tenure::import::ReportLines</name>
    <message>
        <source>The header row again</source>
        <translation>重复的表头行</translation>
    </message>
    <message>
        <source>A total row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>A footer line below the data</source>
        <translation>数据下方的页脚行</translation>
    </message>
</context>
<context>
    <name>tenure::import::ReviewModel</name>
    <message>
        <source>Same account</source>
        <translation>同一客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation>文件中的客户</translation>
    </message>
    <message>
        <source>Looks like account</source>
        <translation>疑似客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>tenure::import::RowBuilder</name>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR</source>
        <translation>货币：“%1”不是三个字母的 ISO 代码（如 USD 或 EUR）</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a subscription status Tenure knows for %2</source>
        <translation>状态：“%1”不是 Tenure 所知的 %2 订阅状态</translation>
    </message>
    <message>
        <source>The customer id is missing</source>
        <translation>缺少客户 ID</translation>
    </message>
    <message>
        <source>The end date is not after the start date %1</source>
        <translation>结束日期不晚于开始日期 %1</translation>
    </message>
    <message>
        <source>Seats must be a whole number</source>
        <translation>席位必须是整数</translation>
    </message>
    <message>
        <source>The rate must be above zero</source>
        <translation>汇率必须大于零</translation>
    </message>
    <message>
        <source>The currency is missing</source>
        <translation>缺少货币</translation>
    </message>
    <message>
        <source>The billing interval is unknown: the row has no interval and no current billing term; give one with --interval</source>
        <translation>计费周期未知：该行既无周期，也无当前计费期限；请用 --interval 指定</translation>
    </message>
    <message>
        <source>The subscription has ended but the row does not say when: add the export&apos;s ended-at, canceled-at or current-period-end column</source>
        <translation>订阅已结束，但该行未说明结束时间：请添加导出文件中的 ended-at、canceled-at 或 current-period-end 列</translation>
    </message>
    <message>
        <source>A subscription&apos;s MRR cannot be negative: a credit or a refund is not recurring revenue</source>
        <translation>订阅的 MRR 不能为负：贷项或退款不是经常性收入</translation>
    </message>
</context>
<context>
    <name>tenure::import::RowReader</name>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date this column&apos;s format can read</source>
        <translation>%1：“%2”不是此列格式能读取的日期</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be whole minor units (cents)</source>
        <translation>%1：“%2”应为整数的最小货币单位（分）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range</source>
        <translation>%1：“%2”超出范围</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero</source>
        <translation>%1 必须是大于零的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a billing interval (day, week, month, year, quarterly, ...)</source>
        <translation>%1：“%2”不是计费周期（day、week、month、year、quarterly……）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than any amount Tenure takes</source>
        <translation>%1：“%2”超出了 Tenure 能接受的最大金额</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large a number</source>
        <translation>%1：“%2”数值过大</translation>
    </message>
</context>
<context>
    <name>tenure::import::SignalAccounts</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 accounts; give the customer id</source>
        <translation>“%1”匹配 %2 个客户；请提供客户 ID</translation>
    </message>
    <message>
        <source>No account in the book has the customer id, domain or name of this row; import the customers (or their subscriptions) first</source>
        <translation>客户簿中没有客户具有此行的客户 ID、域名或名称；请先导入客户（或其订阅）</translation>
    </message>
</context>
<context>
    <name>tenure::import::SignalRow</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1 must be a whole number, zero or more</source>
        <translation>%1 必须是零或更大的整数</translation>
    </message>
    <message>
        <source>The row names no account (customer id, name, domain or a company email)</source>
        <translation>该行没有指明客户（客户 ID、名称、域名或公司邮箱）</translation>
    </message>
    <message>
        <source>The contact&apos;s name is missing</source>
        <translation>缺少联系人姓名</translation>
    </message>
    <message>
        <source>Usage is read per day (1) or week (7)</source>
        <translation>使用情况按天（1）或按周（7）读取</translation>
    </message>
    <message>
        <source>The ticket id is missing</source>
        <translation>缺少工单 ID</translation>
    </message>
    <message>
        <source>Closed before it was opened (%1)</source>
        <translation>关闭早于创建（%1）</translation>
    </message>
    <message>
        <source>An NPS score is a whole number from 0 to 10</source>
        <translation>NPS 得分是 0 到 10 的整数</translation>
    </message>
    <message>
        <source>A CSAT score is a whole number from 1 to 5</source>
        <translation>CSAT 得分是 1 到 5 的整数</translation>
    </message>
    <message>
        <source>The request&apos;s title is missing</source>
        <translation>缺少需求标题</translation>
    </message>
    <message>
        <source>The goal&apos;s title is missing</source>
        <translation>缺少目标标题</translation>
    </message>
    <message>
        <source>The file has neither an onboarding target date nor a go-live date</source>
        <translation>文件既没有入职目标日期，也没有上线日期</translation>
    </message>
    <message>
        <source>The ticket is %1 but its closed date is missing</source>
        <translation>工单状态为 %1，但缺少关闭日期</translation>
    </message>
</context>
<context>
    <name>tenure::import::TypedPreview</name>
    <message>
        <source>skipped: not recurring revenue</source>
        <translation>已跳过：不是经常性收入</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::BaseCurrency</name>
    <message>
        <source>%1 is not a currency code: use three capital letters, such as EUR.</source>
        <translation>%1 不是货币代码：请使用三个大写字母，例如 EUR。</translation>
    </message>
    <message>
        <source>The book has no exchange rate for %1, so its amounts cannot be shown in %1. Import %1 rates against %2 first.</source>
        <translation>账簿中没有 %1 的汇率，因此金额无法以 %1 显示。请先导入 %1 对 %2 的汇率。</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::CohortTableModel</name>
    <message>
        <source>Signed up %1, month %2: %3 of %4 accounts active, %5% of starting MRR</source>
        <translation>%1 注册，第 %2 个月：%4 个客户中 %3 个活跃，期初 MRR 的 %5%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::CurrencyConverter</name>
    <message>
        <source>No exchange rate for %1 on or before %2: add one to the rates table (amounts in %1 are not counted as if they were the base currency).</source>
        <translation>%1 在 %2 或之前没有汇率：请在汇率表中添加（%1 金额不会被当作基准货币计入）。</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::DrillDownModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::Survival</name>
    <message>
        <source>All accounts</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Builtin</name>
    <message>
        <source>Prove the value</source>
        <translation>证明价值</translation>
    </message>
    <message>
        <source>Agree measurable ROI goals, hit them and report the value delivered.</source>
        <translation>约定可衡量的 ROI 目标，达成它们并汇报所交付的价值。</translation>
    </message>
    <message>
        <source>Agree ROI goals with the sponsor</source>
        <translation>与发起人约定 ROI 目标</translation>
    </message>
    <message>
        <source>Write the goals into the success plan</source>
        <translation>将目标写入成功计划</translation>
    </message>
    <message>
        <source>Report adoption numbers and money saved</source>
        <translation>汇报采用数据和节省的费用</translation>
    </message>
    <message>
        <source>Restart onboarding</source>
        <translation>重启入职</translation>
    </message>
    <message>
        <source>Break the implementation into phases and give early hands-on help.</source>
        <translation>将实施拆分为多个阶段，并尽早提供实操帮助。</translation>
    </message>
    <message>
        <source>Call the project lead: what blocks go-live?</source>
        <translation>致电项目负责人：什么阻碍了上线？</translation>
    </message>
    <message>
        <source>Agree a phased plan with dates</source>
        <translation>约定带日期的分阶段计划</translation>
    </message>
    <message>
        <source>Hands-on working session with the admins</source>
        <translation>与管理员进行实操工作会议</translation>
    </message>
    <message>
        <source>Check the first phase is live</source>
        <translation>确认第一阶段已上线</translation>
    </message>
    <message>
        <source>Sponsor change</source>
        <translation>发起人变动</translation>
    </message>
    <message>
        <source>Find and meet a backup sponsor, reach the executive, train the new admin.</source>
        <translation>寻找并会见备选发起人，接触高管，培训新管理员。</translation>
    </message>
    <message>
        <source>Find a backup sponsor among the active contacts</source>
        <translation>在活跃联系人中寻找备选发起人</translation>
    </message>
    <message>
        <source>Meet the executive sponsor</source>
        <translation>会见高管发起人</translation>
    </message>
    <message>
        <source>Train the new admin</source>
        <translation>培训新管理员</translation>
    </message>
    <message>
        <source>Re-engage users</source>
        <translation>重新激活用户</translation>
    </message>
    <message>
        <source>Find why features are not sticky, re-engage users and train them.</source>
        <translation>找出功能没有粘性的原因，重新激活并培训用户。</translation>
    </message>
    <message>
        <source>Review which features and teams dropped off</source>
        <translation>查看哪些功能和团队流失了</translation>
    </message>
    <message>
        <source>Call the admin about unused licences</source>
        <translation>就未使用的许可证致电管理员</translation>
    </message>
    <message>
        <source>Run a training for the inactive teams</source>
        <translation>为不活跃的团队开展培训</translation>
    </message>
    <message>
        <source>Check weekly active users again</source>
        <translation>再次检查周活跃用户</translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation>产品缺口</translation>
    </message>
    <message>
        <source>Collect the requests for product and share the roadmap.</source>
        <translation>收集需求交给产品团队，并分享路线图。</translation>
    </message>
    <message>
        <source>Log the requests with product</source>
        <translation>向产品团队登记需求</translation>
    </message>
    <message>
        <source>Share the roadmap with the customer</source>
        <translation>与客户分享路线图</translation>
    </message>
    <message>
        <source>Support recovery</source>
        <translation>支持恢复</translation>
    </message>
    <message>
        <source>Track the open tickets and escalations to closure and tell the customer.</source>
        <translation>跟踪未关闭和已升级的工单直至解决，并告知客户。</translation>
    </message>
    <message>
        <source>Review open and escalated tickets with support</source>
        <translation>与支持团队一起检查未关闭和已升级的工单</translation>
    </message>
    <message>
        <source>Call the customer with a plan</source>
        <translation>带着计划致电客户</translation>
    </message>
    <message>
        <source>Confirm the tickets are resolved</source>
        <translation>确认工单已解决</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <source>Respond to the detractor, act, and tell them what you did.</source>
        <translation>回应贬损者，采取行动，并告诉他们你做了什么。</translation>
    </message>
    <message>
        <source>Call the detractor</source>
        <translation>致电贬损者</translation>
    </message>
    <message>
        <source>Tell them what was done</source>
        <translation>告诉他们做了什么</translation>
    </message>
    <message>
        <source>Proactive check-in</source>
        <translation>主动问候</translation>
    </message>
    <message>
        <source>Reach out before the customer has to.</source>
        <translation>在客户不得不找你之前主动联系。</translation>
    </message>
    <message>
        <source>Check-in call</source>
        <translation>问候电话</translation>
    </message>
    <message>
        <source>Send the quarterly survey</source>
        <translation>发送季度调查</translation>
    </message>
    <message>
        <source>Customer event</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <source>Follow the champion, map the acquirer or the new organisation.</source>
        <translation>跟进拥护者，摸清收购方或新组织的情况。</translation>
    </message>
    <message>
        <source>Learn what changed from the champion</source>
        <translation>向拥护者了解发生了什么变化</translation>
    </message>
    <message>
        <source>Map the new decision makers</source>
        <translation>梳理新的决策者</translation>
    </message>
    <message>
        <source>Meet the new leadership</source>
        <translation>会见新的领导层</translation>
    </message>
    <message>
        <source>Win back the contraction</source>
        <translation>挽回收缩</translation>
    </message>
    <message>
        <source>Understand the downgrade and rebuild the case for the seats.</source>
        <translation>了解降级原因，重新论证席位的价值。</translation>
    </message>
    <message>
        <source>Ask why they reduced</source>
        <translation>询问他们为何缩减</translation>
    </message>
    <message>
        <source>Present value per team</source>
        <translation>按团队展示价值</translation>
    </message>
    <message>
        <source>Save the renewal</source>
        <translation>挽救续约</translation>
    </message>
    <message>
        <source>A renewal is near and the account is at risk: meet the buyer early.</source>
        <translation>续约临近且客户有风险：尽早会见采购人。</translation>
    </message>
    <message>
        <source>Executive business review</source>
        <translation>高管业务回顾</translation>
    </message>
    <message>
        <source>Send the renewal proposal</source>
        <translation>发送续约方案</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>确认决定</translation>
    </message>
    <message>
        <source>30 days after go-live</source>
        <translation>上线后 30 天</translation>
    </message>
    <message>
        <source>Send the best-practice article a month after onboarding.</source>
        <translation>入职一个月后发送最佳实践文章。</translation>
    </message>
    <message>
        <source>Send the best-practice article</source>
        <translation>发送最佳实践文章</translation>
    </message>
    <message>
        <source>60 days before renewal</source>
        <translation>续约前 60 天</translation>
    </message>
    <message>
        <source>Executive content ahead of the renewal.</source>
        <translation>续约前的高管内容。</translation>
    </message>
    <message>
        <source>Send the executive value summary</source>
        <translation>发送高管价值摘要</translation>
    </message>
    <message>
        <source>Book the renewal meeting</source>
        <translation>预约续约会议</translation>
    </message>
    <message>
        <source>Power user nudge</source>
        <translation>提醒高级用户</translation>
    </message>
    <message>
        <source>A power user has not logged in for 14 days.</source>
        <translation>一位高级用户已 14 天未登录。</translation>
    </message>
    <message>
        <source>Nudge the power user</source>
        <translation>提醒该高级用户</translation>
    </message>
    <message>
        <source>New-feature training</source>
        <translation>新功能培训</translation>
    </message>
    <message>
        <source>Users who have not tried a feature released 60 days ago.</source>
        <translation>尚未试用 60 天前发布的功能的用户。</translation>
    </message>
    <message>
        <source>Invite to the feature training</source>
        <translation>邀请参加功能培训</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>One-to-many: invite the accounts to a webinar.</source>
        <translation>一对多：邀请客户参加网络研讨会。</translation>
    </message>
    <message>
        <source>Webinar invitation</source>
        <translation>网络研讨会邀请</translation>
    </message>
    <message>
        <source>Community invitation</source>
        <translation>社区邀请</translation>
    </message>
    <message>
        <source>One-to-many: invite users to the community.</source>
        <translation>一对多：邀请用户加入社区。</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>One-to-many: invite power users to a user group.</source>
        <translation>一对多：邀请高级用户加入用户组。</translation>
    </message>
    <message>
        <source>User-group invitation</source>
        <translation>用户组邀请</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>新闻简报</translation>
    </message>
    <message>
        <source>One-to-many: the customer newsletter.</source>
        <translation>一对多：客户新闻简报。</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>顾问委员会</translation>
    </message>
    <message>
        <source>One-to-many: invite executive sponsors to the advisory board.</source>
        <translation>一对多：邀请高管发起人加入顾问委员会。</translation>
    </message>
    <message>
        <source>Advisory-board invitation</source>
        <translation>顾问委员会邀请</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::BulkPlay</name>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::EditConflict</name>
    <message>
        <source>done on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>已跳过（%1）</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>未完成，截止 %1</translation>
    </message>
    <message>
        <source>The task “%1” was deleted elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>任务“%1”已在别处被删除（在另一个窗口中，或由使用此账簿的其他人）。您的更改未保存。</translation>
    </message>
    <message>
        <source>The action “%1” was deleted elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>操作“%1”已在别处被删除（在另一个窗口中，或由使用此账簿的其他人）。您的更改未保存。</translation>
    </message>
    <message>
        <source>The playbook “%1” was removed elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>行动手册“%1”已在别处被移除（在另一个窗口中，或由使用此账簿的其他人）。您的更改未保存。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>by %1 at %2 UTC</source>
        <translation>由 %1 于 %2 UTC</translation>
    </message>
    <message>
        <source>elsewhere (in another window, or by someone else working in this book)</source>
        <translation>在别处：在另一个窗口中，或由使用此账簿的其他人</translation>
    </message>
    <message>
        <source>The task “%1” was changed %2 after you saw it: it is now %3. Your change was not saved; the lists show the task as it is now.</source>
        <translation>任务“%1”在您查看之后已被更改（%2）：现在为%3。您的更改未保存；列表显示该任务的当前状态。</translation>
    </message>
    <message>
        <source>The action “%1” was changed %2 after you saw it. Your change was not saved; the log shows the action as it is now.</source>
        <translation>操作“%1”在您查看之后已被更改（%2）。您的更改未保存；日志显示该操作的当前状态。</translation>
    </message>
    <message>
        <source>The playbook “%1” was changed %2 after you opened it. Your change was not saved; the library now shows the playbook as it is.</source>
        <translation>行动手册“%1”在您打开之后已被更改（%2）。您的更改未保存；行动手册库现在显示该行动手册的当前状态。</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::EffectTableModel</name>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Followed 90 days</source>
        <translation>跟踪满 90 天</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已收缩</translation>
    </message>
    <message>
        <source>Health +30 d</source>
        <translation>健康分 +30 天</translation>
    </message>
    <message>
        <source>Health +90 d</source>
        <translation>健康分 +90 天</translation>
    </message>
    <message>
        <source>Comparable accounts</source>
        <translation>可比客户</translation>
    </message>
    <message>
        <source>Their churn</source>
        <translation>其流失</translation>
    </message>
    <message>
        <source>Their contraction</source>
        <translation>其收缩</translation>
    </message>
    <message>
        <source>Their health +90 d</source>
        <translation>其健康分 +90 天</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Effectiveness</name>
    <message>
        <source>Scoring the book on %1</source>
        <translation>正在按 %1 的数据为客户簿评分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Playbook</name>
    <message>
        <source>%1 has no code or no name.</source>
        <translation>%1 没有代码或名称。</translation>
    </message>
    <message>
        <source>%1 (%2): unknown trigger &quot;%3&quot;.</source>
        <translation>%1（%2）：未知触发条件“%3”。</translation>
    </message>
    <message>
        <source>%1 (%2), step %3: needs a title and a kind (call, email, meeting, qbr, training, webinar or note).</source>
        <translation>%1（%2），第 %3 步：需要标题和类型（call、email、meeting、qbr、training、webinar 或 note）。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This is not a Tenure playbook library (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>这不是 Tenure 行动手册库（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>This library was written by a newer Tenure (version %1).</source>
        <translation>此库由更新版本的 Tenure（版本 %1）写入。</translation>
    </message>
    <message>
        <source>Playbook %1</source>
        <translation>行动手册 %1</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is used twice.</source>
        <translation>%1：代码“%2”被使用了两次。</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::PlaybookStore</name>
    <message numerus="yes">
        <source>This playbook has run on %n account(s); removing it would remove that history.</source>
        <translation>
            <numerusform>此行动手册已在 %n 个客户上运行；删除它将删除这些历史。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Suggestion</name>
    <message>
        <source>Went live on %1, 30 days ago.</source>
        <translation>于 %1 上线，已 30 天。</translation>
    </message>
    <message>
        <source>Renews on %1, in %2 days.</source>
        <translation>于 %1 续约，还有 %2 天。</translation>
    </message>
    <message>
        <source>A power user has not logged in since %1.</source>
        <translation>一位高级用户自 %1 起未登录。</translation>
    </message>
    <message>
        <source>Risk reason: %1.</source>
        <translation>风险原因：%1。</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>从 %1 移至 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a risk reason and its evidence</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::WorkCommand</name>
    <message>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动%1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %n account(s)</source>
        <translation>
            <numerusform>在 %n 个客户上运行%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>跳过任务</translation>
    </message>
    <message>
        <source>Reschedule task</source>
        <translation>改期任务</translation>
    </message>
</context>
<context>
    <name>tenure::report::QuarterlyReport</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reading MRR history</source>
        <translation>正在读取 MRR 历史</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>正在计算留存</translation>
    </message>
    <message>
        <source>Finding churned and contracted accounts</source>
        <translation>正在查找已流失和已收缩的客户</translation>
    </message>
    <message>
        <source>Scoring health</source>
        <translation>正在计算健康分</translation>
    </message>
    <message>
        <source>Reading risk reasons and actions</source>
        <translation>正在读取风险原因和活动</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation>正在预测</translation>
    </message>
</context>
<context>
    <name>tenure::report::ReportTable</name>
    <message>
        <source>The %1 largest of %2 accounts; the CSV export lists them all.</source>
        <translation>%2 个客户中最大的 %1 个；CSV 导出会列出全部。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>之前 MRR</translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation>损失 MRR</translation>
    </message>
    <message>
        <source>Risk reasons at quarter start</source>
        <translation>季度初的风险原因</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取的活动</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier action(s)</source>
        <translation>
            <numerusform>以及更早的 %n 条活动</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this quarter.</source>
        <translation>本季度无。</translation>
    </message>
    <message>
        <source>At-risk renewals in %1</source>
        <translation>%1 有风险的续约</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Risk reasons</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>No renewal next quarter on an account below health %1.</source>
        <translation>下季度没有健康分低于 %1 的客户续约。</translation>
    </message>
    <message>
        <source>Churned accounts</source>
        <translation>已流失的客户</translation>
    </message>
    <message>
        <source>Contracted accounts</source>
        <translation>已收缩的客户</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>期末 MRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Customers at end</source>
        <translation>期末客户数</translation>
    </message>
    <message>
        <source>MRR movements by month</source>
        <translation>按月的 MRR 变动</translation>
    </message>
    <message>
        <source>Start MRR</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>End MRR</source>
        <translation>期末 MRR</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>细分 %1</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>整个客户簿</translation>
    </message>
    <message>
        <source>Retention by segment</source>
        <translation>按细分的留存</translation>
    </message>
    <message>
        <source>Retention by owner</source>
        <translation>按负责人的留存</translation>
    </message>
    <message>
        <source>Retention curve (Kaplan-Meier)</source>
        <translation>留存曲线（Kaplan-Meier）</translation>
    </message>
    <message>
        <source>Months since first payment</source>
        <translation>首次付费以来的月数</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>风险中</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Still paying</source>
        <translation>仍在付费</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95% 置信带</translation>
    </message>
    <message>
        <source>Median lifetime: %1 months.</source>
        <translation>生命周期中位数：%1 个月。</translation>
    </message>
    <message>
        <source>More than half of the accounts are still paying: no median yet.</source>
        <translation>超过一半的客户仍在付费：暂无中位数。</translation>
    </message>
    <message>
        <source>Signup cohorts</source>
        <translation>注册同期群</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cell: % of logos kept / % of revenue kept (net) at that age. Empty cells lie past the as-of date.</source>
        <translation>每个单元格：该月龄时保留的客户比例 / 保留的收入比例（净）。空单元格位于截至日期之后。</translation>
    </message>
    <message>
        <source>Health distribution</source>
        <translation>健康分分布</translation>
    </message>
    <message>
        <source>Paying accounts</source>
        <translation>付费客户</translation>
    </message>
    <message>
        <source>No data to score</source>
        <translation>无数据可评分</translation>
    </message>
    <message>
        <source>Outcome × experience</source>
        <translation>成果 × 体验</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>ARR lost to churn and contraction: forecast and outcome</source>
        <translation>因流失和收缩损失的 ARR：预测与实际</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Forecast from data of</source>
        <translation>预测所用数据截至</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80% 区间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>实际情况</translation>
    </message>
</context>
<context>
    <name>tenure::store::Book</name>
    <message>
        <source>%1 is not a Tenure book. It has not been changed.</source>
        <translation>%1 不是 Tenure 客户簿。它未被更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tenure (book format %2; this version reads up to %3). Update Tenure to open it. It has not been changed.</source>
        <translation>%1 由更新版本的 Tenure 写入（客户簿格式 %2；此版本最多读取 %3）。请更新 Tenure 以打开它。它未被更改。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It has not been changed; restore it from a backup.</source>
        <translation>%1 已损坏，无法读取。它未被更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>There is no book at %1.</source>
        <translation>%1 处没有客户簿。</translation>
    </message>
    <message>
        <source>%1 is marked as a Tenure book but holds none (it has no book format version). It has not been changed.</source>
        <translation>%1 带有 Tenure 客户簿的标记，但其中没有客户簿（没有客户簿格式版本）。它未被更改。</translation>
    </message>
    <message>
        <source>%1 contains a trigger (%2) that Tenure did not create and that would run when Tenure changes the book. Tenure does not open it; it has not been changed.</source>
        <translation>%1 包含一个并非 Tenure 创建的触发器（%2），它会在 Tenure 更改客户簿时运行。Tenure 不会打开它；它未被更改。</translation>
    </message>
    <message>
        <source>The book %1 is damaged: its table %2 is missing. It has not been changed; restore it from a backup.</source>
        <translation>客户簿 %1 已损坏：缺少其表 %2。它未被更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>正在检查客户簿</translation>
    </message>
    <message>
        <source>The book %1 is damaged (%2). It has not been changed; restore it from a backup.</source>
        <translation>客户簿 %1 已损坏（%2）。它未被更改；请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>tenure::store::ChangeRecorder</name>
    <message>
        <source>recording a change</source>
        <translation>记录更改</translation>
    </message>
    <message>
        <source>The table %1 changed its columns while it was written.</source>
        <translation>写入时表 %1 的列发生了变化。</translation>
    </message>
</context>
<context>
    <name>tenure::store::Connection</name>
    <message>
        <source>The book %1 is being changed by another Tenure window or process. Try again when it has finished.</source>
        <translation>客户簿 %1 正被另一个 Tenure 窗口或进程更改。请在其完成后重试。</translation>
    </message>
    <message>
        <source>Running SQL</source>
        <translation>正在运行 SQL</translation>
    </message>
    <message>
        <source>Preparing SQL</source>
        <translation>正在准备 SQL</translation>
    </message>
    <message>
        <source>The disk is full: Tenure could not write %1. Free some space and try again.</source>
        <translation>磁盘已满：Tenure 无法写入 %1。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Tenure may not change %1 (%2).</source>
        <translation>Tenure 无权更改 %1（%2）。</translation>
    </message>
    <message>
        <source>Tenure could not read or write %1 on the disk (%2).</source>
        <translation>Tenure 无法在磁盘上读取或写入 %1（%2）。</translation>
    </message>
    <message>
        <source>The book %1 is damaged (%2). Restore it from a backup.</source>
        <translation>客户簿 %1 已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is not a Tenure book (%2).</source>
        <translation>%1 不是 Tenure 客户簿（%2）。</translation>
    </message>
    <message>
        <source>Tenure could not use the book %1 (%2).</source>
        <translation>Tenure 无法使用客户簿 %1（%2）。</translation>
    </message>
    <message>
        <source>Copying a book</source>
        <translation>复制客户簿</translation>
    </message>
</context>
<context>
    <name>tenure::store::Migrations</name>
    <message>
        <source>Missing schema resource %1</source>
        <translation>缺少架构资源 %1</translation>
    </message>
    <message>
        <source>Upgrading the book to version %1 (%2) failed and was undone: %3</source>
        <translation>将客户簿升级到版本 %1（%2）失败，已撤销：%3</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::BookCopy</name>
    <message>
        <source>The table %1 of the book %2 has the columns (%3), not the ones this version of Tenure knows (%4).</source>
        <translation>客户簿 %2 的表 %1 的列为（%3），而不是此版本 Tenure 所识别的列（%4）。</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 holds binary data, which no Tenure book has.</source>
        <translation>表 %2 的列 %1 包含二进制数据，而 Tenure 客户簿中不会有此类数据。</translation>
    </message>
    <message>
        <source>%1 has an older book format (%2; this version writes %3). Open it once with this version of Tenure, which upgrades it, then copy it.</source>
        <translation>%1 的客户簿格式较旧（%2；此版本写入 %3）。请先用此版本的 Tenure 打开一次以将其升级，然后再复制。</translation>
    </message>
    <message>
        <source>The server&apos;s %1.%2 holds &quot;%3&quot;, not a whole number.</source>
        <translation>服务器上的 %1.%2 包含“%3”，而不是整数。</translation>
    </message>
    <message>
        <source>The server&apos;s %1.%2 holds &quot;%3&quot;, not a number.</source>
        <translation>服务器上的 %1.%2 包含“%3”，而不是数字。</translation>
    </message>
    <message>
        <source>%1 has the tables (%2), not the ones this version of Tenure knows.</source>
        <translation>%1 的表为（%2），而不是此版本 Tenure 所识别的表。</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds %2, which are not a Tenure book&apos;s. Copy the book into an empty database. Nothing was changed.</source>
        <translation>数据库 %1 不是空的：其中有 %2，它们不属于 Tenure 客户簿。请将客户簿复制到空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 already holds a book (its tables %2 have rows). Tenure copies a book only into an empty database. Nothing was changed.</source>
        <translation>数据库 %1 中已有客户簿（其表 %2 中有数据行）。Tenure 只会将客户簿复制到空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 already exists; Tenure does not copy over a file. Choose another name.</source>
        <translation>%1 已存在；Tenure 不会覆盖文件。请换一个名称。</translation>
    </message>
    <message>
        <source>Reading %1 (%L2 rows so far)</source>
        <translation>正在读取 %1（已读取 %L2 行）</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::Connection</name>
    <message>
        <source>Tenure could not reach the book&apos;s server: out of memory.</source>
        <translation>Tenure 无法连接客户簿的服务器：内存不足。</translation>
    </message>
    <message>
        <source>Tenure could not reach the book&apos;s server (%1).</source>
        <translation>Tenure 无法连接客户簿的服务器（%1）。</translation>
    </message>
    <message>
        <source>The book&apos;s server cannot send text as UTF-8 (%1).</source>
        <translation>客户簿的服务器无法以 UTF-8 发送文本（%1）。</translation>
    </message>
    <message>
        <source>The connection to the book %1 failed (%2).</source>
        <translation>与客户簿 %1 的连接失败（%2）。</translation>
    </message>
    <message>
        <source>The server of the book %1 refused (%2).</source>
        <translation>客户簿 %1 的服务器拒绝了请求（%2）。</translation>
    </message>
    <message>
        <source>Tenure cannot name &quot;%1&quot; on the book&apos;s server (%2).</source>
        <translation>Tenure 无法在客户簿的服务器上使用名称“%1”（%2）。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerSchema</name>
    <message>
        <source>Missing schema resource %1</source>
        <translation>缺少架构资源 %1</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer version of Tenure (book format %2; this version reads up to %3). Update Tenure to use it. It has not been changed.</source>
        <translation>客户簿 %1 由更新版本的 Tenure 写入（客户簿格式 %2；此版本最多读取 %3）。请更新 Tenure 以使用它。它未被更改。</translation>
    </message>
    <message>
        <source>Upgrading the book %1 to version %2 (%3) failed and was undone: %4</source>
        <translation>将客户簿 %1 升级到版本 %2（%3）失败，已撤销：%4</translation>
    </message>
    <message>
        <source>The database %1 holds no Tenure book.</source>
        <translation>数据库 %1 中没有 Tenure 客户簿。</translation>
    </message>
    <message>
        <source>The book %1 has an older format (%2; this version writes %3). Upgrade it first with a Tenure that may change it.</source>
        <translation>客户簿 %1 的格式较旧（%2；此版本写入 %3）。请先用有权更改它的 Tenure 将其升级。</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerSnapshot</name>
    <message>
        <source>Tenure could not make a temporary folder to read the server&apos;s book into (%1).</source>
        <translation>Tenure 无法创建用于读取服务器账簿的临时文件夹（%1）。</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerWriter</name>
    <message>
        <source>an action</source>
        <translation>一条行动</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>一项任务</translation>
    </message>
    <message>
        <source>a playbook</source>
        <translation>一个行动手册</translation>
    </message>
    <message>
        <source>a play</source>
        <translation>一次行动手册执行</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>一个客户</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>%1 的一行</translation>
    </message>
    <message>
        <source>Someone else deleted %1 from the team book after this window read it. Your change was not saved; the window reads the book again.</source>
        <translation>在本窗口读取团队客户簿之后，其他人从中删除了%1。您的更改未保存；窗口将重新读取客户簿。</translation>
    </message>
    <message>
        <source> (%1, at %2 UTC)</source>
        <translation>（%1，UTC %2）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Someone else changed %1 on the team book after this window read it%2. Your change was not saved; the window reads the book again.</source>
        <translation>在本窗口读取团队客户簿之后，其他人更改了%1%2。您的更改未保存；窗口将重新读取客户簿。</translation>
    </message>
    <message>
        <source>Your change was not saved; the window keeps showing the copy it last read.</source>
        <translation>您的更改未保存；窗口继续显示上次读取的副本。</translation>
    </message>
    <message>
        <source>The team book&apos;s server cannot be reached (%1). %2</source>
        <translation>无法连接团队客户簿的服务器（%1）。%2</translation>
    </message>
    <message>
        <source>Your login %1 may not make this change on the team book. %2 Nothing was changed.</source>
        <translation>您的登录名 %1 无权对团队客户簿进行此更改。%2 未做任何更改。</translation>
    </message>
    <message>
        <source>Someone else added to the team book at the same moment. Your change was not saved; the window reads the book again, and you can make it once more.</source>
        <translation>其他人在同一时刻向团队客户簿添加了内容。您的更改未保存；窗口将重新读取客户簿，您可以再做一次。</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::TeamRoles</name>
    <message>
        <source>The role name %1 is longer than the server allows (%2 bytes); choose a shorter prefix.</source>
        <translation>角色名称 %1 超出了服务器允许的长度（%2 字节）；请选择更短的前缀。</translation>
    </message>
    <message>
        <source>a Tenure book</source>
        <translation>一个 Tenure 客户簿</translation>
    </message>
    <message>
        <source>The database %1 is not empty (it holds %2). A team book starts on an empty database; copy a book into it afterwards with tenure book copy. Nothing was changed.</source>
        <translation>数据库 %1 不是空的（其中有 %2）。团队客户簿须从空数据库开始；之后可用 tenure book copy 将客户簿复制进去。未做任何更改。</translation>
    </message>
    <message>
        <source>The server already has the roles %1. Choose another prefix with --role-prefix. Nothing was changed.</source>
        <translation>服务器上已有角色 %1。请用 --role-prefix 选择其他前缀。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>tenure::today::TodayBrief</name>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>MRR fell %1%</source>
        <translation>MRR 下降 %1%</translation>
    </message>
    <message>
        <source>Health %1 → %2</source>
        <translation>健康分 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket(s)</source>
        <translation>
            <numerusform>%n 个新工单</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 from %2</source>
        <translation>NPS %1，来自 %2</translation>
    </message>
    <message>
        <source>%1 left on %2</source>
        <translation>%1 于 %2 离开</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountHeader</name>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>%1 · customer since %2 · as of %3</source>
        <translation>%1 · 客户起始于 %2 · 截至 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>not paying</source>
        <translation>未付费</translation>
    </message>
    <message>
        <source>Health is scored for paying accounts with data.</source>
        <translation>健康分针对有数据的付费客户计算。</translation>
    </message>
    <message>
        <source>  ▲ +%1 in %2 days</source>
        <translation>  ▲ %2 天内 +%1</translation>
    </message>
    <message>
        <source>  ▼ %1 in %2 days</source>
        <translation>  ▼ %2 天内 %1</translation>
    </message>
    <message>
        <source>  → unchanged in %1 days</source>
        <translation>  → %1 天内无变化</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not paying, or no data, on %1: no trend</source>
        <translation>%1 时未付费或无数据：无趋势</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source> (%1% of its weight known)</source>
        <translation> （已知权重 %1%）</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountPage</name>
    <message>
        <source>There is no account #%1 in this book.</source>
        <translation>此客户簿中没有客户 #%1。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>调查回答</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Success-plan goals</source>
        <translation>成功计划目标</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Plays &amp;&amp; Actions</source>
        <translation>手册与活动</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回%1</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>Open an account from the Accounts list to see it here.</source>
        <translation>从“客户”列表中打开一个客户，即可在此查看。</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>没有工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s), newest first</source>
        <translation>
            <numerusform>%n 条调查回答，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers.</source>
        <translation>没有调查回答。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s). Gone dark: no activity for more than the threshold; left: no longer at the customer.</source>
        <translation>
            <numerusform>%n 个联系人。失联：超过阈值没有活动；已离职：已不在客户公司。</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>没有联系人。</translation>
    </message>
    <message numerus="yes">
        <source>%n success-plan goal(s), by due date</source>
        <translation>
            <numerusform>%n 个成功计划目标，按截止日期排列</numerusform>
        </translation>
    </message>
    <message>
        <source>No success-plan goals. Agreeing goals is the first step against &quot;no value&quot; churn.</source>
        <translation>没有成功计划目标。约定目标是防止“无价值”流失的第一步。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): actions, billing movements, tickets, surveys, requests and customer events, newest first</source>
        <translation>
            <numerusform>%n 个事件：活动、账单变动、工单、调查、需求和客户事件，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>此客户尚未发生任何事情。</translation>
    </message>
    <message>
        <source>No calibrated chance of loss: %1</source>
        <translation>无校准的流失概率：%1</translation>
    </message>
    <message>
        <source>Accounts scored like this one churned or contracted %1% of the time within %2 days (from this book&apos;s last %3 quarter ends).</source>
        <translation>得分与此客户相近的客户中，有 %1% 在 %2 天内流失或收缩（基于此客户簿最近 %3 个季度末）。</translation>
    </message>
    <message>
        <source>Working out how often accounts scored like this one were lost…</source>
        <translation>正在计算得分与此客户相近的客户流失的频率…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountWorkPanel</name>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>为何是现在</translation>
    </message>
    <message>
        <source>Suggested plays</source>
        <translation>建议的行动手册</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>&amp;Start Play</source>
        <translation>启动手册(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log Action…</source>
        <translation>记录活动(&amp;L)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing to start: no reason, quadrant change or lifecycle moment calls for a play, or its play is running.</source>
        <translation>没有可启动的：没有原因、象限变化或生命周期节点需要行动手册，或其手册正在运行。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>无法读取客户</translation>
    </message>
    <message>
        <source>Filter accounts by name</source>
        <translation>按名称筛选客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>显示的客户</translation>
    </message>
    <message>
        <source>Run a &amp;Play…</source>
        <translation>运行手册(&amp;P)…</translation>
    </message>
    <message>
        <source>A one-to-many play (webinar, newsletter, survey) on the selected accounts, or on every account the filters show</source>
        <translation>对所选客户或筛选条件显示的所有客户运行一对多行动手册（网络研讨会、新闻简报、调查）</translation>
    </message>
    <message>
        <source>Health could not be scored: %1</source>
        <translation>无法计算健康分：%1</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>&amp;Open Account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Run a One-to-Many &amp;Play on %n Account(s)…</source>
        <translation>
            <numerusform>对 %n 个客户运行一对多手册(&amp;P)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>Any risk reason</source>
        <translation>任意风险原因</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Any quadrant</source>
        <translation>任意象限</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ActionDialog</name>
    <message>
        <source>Follow up on</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Log Action</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>不针对特定人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reason addressed</source>
        <translation>处理的原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What was done or said</source>
        <translation>做了什么或说了什么</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AmountsBox</name>
    <message>
        <source>How should the amounts be read?</source>
        <translation>金额应如何读取？</translation>
    </message>
    <message>
        <source>Amounts in cents</source>
        <translation>金额以分为单位</translation>
    </message>
    <message>
        <source>Amounts in whole units</source>
        <translation>金额以整单位表示</translation>
    </message>
    <message>
        <source>The file gives prices but not how often they are billed. Every price is billed:</source>
        <translation>文件给出了价格，但没有说明计费频率。每个价格的计费频率为：</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>every six months</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>1.234,50 is one thousand two hundred thirty-four and a half (a &amp;comma separates decimals)</source>
        <translation>1.234,50 是一千二百三十四点五（以逗号分隔小数）(&amp;C)</translation>
    </message>
    <message>
        <source>1,234.50 is one thousand two hundred thirty-four and a half (a &amp;point separates decimals)</source>
        <translation>1,234.50 是一千二百三十四点五（以句点分隔小数）(&amp;P)</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>The numbers in %1 read two ways, such as 1.234: which character separates decimals?</source>
        <translation>%1 中的数字有两种读法，例如 1.234：哪个字符是小数分隔符？</translation>
    </message>
    <message>
        <source>Every amount is a whole number, typically %1. Billing systems often write cents this way.</source>
        <translation>每个金额都是整数，通常为 %1。计费系统常以这种方式书写分。</translation>
    </message>
    <message>
        <source>&amp;Cents: %1 is %2</source>
        <translation>分(&amp;C)：%1 是 %2</translation>
    </message>
    <message>
        <source>&amp;Whole units: %1 is %2</source>
        <translation>整单位(&amp;W)：%1 是 %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BacktestPanel</name>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Lost within 90 days</source>
        <translation>90 天内流失</translation>
    </message>
    <message>
        <source>&lt;b&gt;How well would this score have warned you last year?&lt;/b&gt;</source>
        <translation>&lt;b&gt;去年这个评分本可以多好地向你预警？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scoring the book as of the last quarter ends…</source>
        <translation>正在按最近几个季度末为客户簿评分…</translation>
    </message>
    <message>
        <source>Not enough history yet: the back-test needs accounts scored a quarter ago and some lost since.</source>
        <translation>历史还不够：回测需要一个季度前已评分、且此后有流失的客户。</translation>
    </message>
    <message numerus="yes">
        <source>Scored as of %n quarter end(s) (%1 to %2), then watched for 90 days. AUC %3: the chance a lost account scored worse than a kept one (0.5 is a coin toss). The worst-scored tenth were lost %4× as often as all accounts.</source>
        <translation>
            <numerusform>按 %n 个季度末（%1 至 %2）评分，然后观察 90 天。AUC %3：流失客户得分低于留存客户的概率（0.5 相当于抛硬币）。得分最差的十分之一流失频率是全体客户的 %4 倍。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::BookChange</name>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>This book is open read-only: Tenure may not write to its file or its folder. Nothing was changed.</source>
        <translation>此客户簿以只读方式打开：Tenure 无权写入其文件或所在文件夹。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BookPage</name>
    <message>
        <source>Cohort: the accounts paying before the period</source>
        <translation>同期群：期初前付费的客户</translation>
    </message>
    <message>
        <source>Renewal: the contracts up for renewal in the period</source>
        <translation>续约：期内到期待续约的合同</translation>
    </message>
    <message>
        <source>When the paid period ends</source>
        <translation>在已付费周期结束时</translation>
    </message>
    <message>
        <source>When the customer cancels</source>
        <translation>在客户取消时</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>These settings belong to the book: everyone who opens it sees the same numbers. The quarterly report prints them in its methodology.</source>
        <translation>这些设置属于账簿：打开它的每个人看到的数字都相同。季度报告会在方法说明中列出它们。</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>基准货币(&amp;B)：</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted with the book&apos;s rates table; a currency is offered once the table has rates for it.</source>
        <translation>其他货币的金额按账簿的汇率表换算；汇率表中有某种货币的汇率后，才会提供该货币。</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>财年开始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Retention metrics</source>
        <translation>留存指标</translation>
    </message>
    <message>
        <source>&amp;Retention method:</source>
        <translation>留存计算方法(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Churn counts:</source>
        <translation>流失计入时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Rea&amp;ctivation window:</source>
        <translation>重新激活窗口(&amp;C)：</translation>
    </message>
    <message>
        <source>A customer who comes back after at most this many months without revenue is a reactivation; after a longer gap, new business.</source>
        <translation>客户在无收入不超过这么多个月后回归，算作重新激活；间隔更长则算作新业务。</translation>
    </message>
    <message>
        <source>This quarter is %1: %2 to %3 %4.</source>
        <translation>本季度为 %1：%4年%2至%3。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BulkPlayDialog</name>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高管发起人</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>高级用户</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Run a One-to-Many Play</source>
        <translation>运行一对多行动手册</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>What is sent, e.g. “Q4 product webinar”</source>
        <translation>发送的内容，例如“第四季度产品网络研讨会”</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Recipients by persona</source>
        <translation>按角色划分的收件人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>发送给</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run and Save Recipients…</source>
        <translation>运行并保存收件人…</translation>
    </message>
    <message>
        <source>Save Recipients</source>
        <translation>保存收件人</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>收件人.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with an email, still at the customer</source>
        <translation>
            <numerusform>%n 位有邮箱且仍在客户公司的收件人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is read and checked; nothing is written yet.</source>
        <translation>每一行都会被读取和检查；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Selected rejected row</source>
        <translation>所选的被拒绝行</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>已读取 %1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1，大约还剩 %2</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and skip the rejected ones</source>
        <translation>
            <numerusform>导入 %Ln 个有效行并跳过被拒绝的行</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <source>&lt;b&gt;These files cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;这些文件无法导入。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 read — %3 to add, %4 to update, %5 unchanged, %6 ignored, %7 rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已读取 %2 —— 新增 %3，更新 %4，未变 %5，忽略 %6，拒绝 %7</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) will be created.</source>
        <translation>
            <numerusform>将创建 %n 个新客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected, listed below. Import the valid rows only, or cancel, fix the files and import them again: nothing is written until you choose.</source>
        <translation>
            <numerusform>%Ln 行被拒绝，列于下方。可仅导入有效行，或取消、修正文件后重新导入：在你选择之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>所有行都可以导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: lends its columns to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：为 %2 提供列</translation>
    </message>
    <message>
        <source>MRR in this file on %1, its latest start: &lt;b&gt;%2&lt;/b&gt;. Check it looks right: cents read as whole units make it 100 times too large.</source>
        <translation>此文件在 %1（其最晚开始日期）的 MRR：&lt;b&gt;%2&lt;/b&gt;。请确认它看起来正确：若把分读作整单位，数值会大 100 倍。</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed over: %1</source>
        <translation>已略过：%1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::CohortHeatmap</name>
    <message>
        <source>Cohort retention heatmap</source>
        <translation>同期群留存热力图</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DateOrderBox</name>
    <message>
        <source>How should the dates be read?</source>
        <translation>日期应如何读取？</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>%1 mixes day-first dates (31/01/2024) with month-first ones (01/31/2024). Choose the order most rows use; the rows that do not fit it will be listed as rejected.</source>
        <translation>%1 混合了日在前的日期（31/01/2024）和月在前的日期（01/31/2024）。请选择多数行使用的顺序；不符合的行将被列为被拒绝。</translation>
    </message>
    <message>
        <source>Every date in %1 reads both as month/day and as day/month, so the file alone cannot tell. Which is it?</source>
        <translation>%1 中的每个日期都既可读作 月/日 也可读作 日/月，仅凭文件无法判断。是哪一种？</translation>
    </message>
    <message>
        <source>You chose how the ambiguous dates of this file are read.</source>
        <translation>你已选择如何读取此文件中有歧义的日期。</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>月在前(&amp;M)：%1 是 %2</translation>
    </message>
    <message>
        <source>D&amp;ay first: %1 is %2</source>
        <translation>日在前(&amp;A)：%1 是 %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DecompositionView</name>
    <message>
        <source>%1 missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>%1 %2 × %3%</source>
        <translation>%1 %2 × %3%</translation>
    </message>
    <message>
        <source>Health decomposition</source>
        <translation>健康分构成</translation>
    </message>
    <message>
        <source>Not enough data for a health score.</source>
        <translation>数据不足，无法计算健康分。</translation>
    </message>
    <message>
        <source>Not a paying customer on this date: health is scored for paying accounts only.</source>
        <translation>此日期不是付费客户：健康分只针对付费客户计算。</translation>
    </message>
    <message>
        <source>Health %1 = %2 + %3 + %4</source>
        <translation>健康分 %1 = %2 + %3 + %4</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>体验</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Some inputs have no data. Their weight is shared among the inputs that have data, in proportion to their own weights: compare the weight and effective weight columns.</source>
        <translation>有些输入项没有数据。它们的权重按各自权重的比例分给有数据的输入项：比较“权重”和“实际权重”两列。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::EffectsPanel</name>
    <message>
        <source>&amp;Measure</source>
        <translation>衡量(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Playbook results</source>
        <translation>行动手册结果</translation>
    </message>
    <message>
        <source>For each playbook: the accounts it ran on and what happened in the 90 days after (churned, contracted, health 30 and 90 days later), beside comparable accounts of the same segment, with the same risk reason, where it did not run.</source>
        <translation>每个行动手册：它运行过的客户，以及之后 90 天发生了什么（流失、收缩、30 天和 90 天后的健康分），并与同一细分、具有相同风险原因但未运行该手册的可比客户对照。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No playbook has run in this book yet.</source>
        <translation>此客户簿中尚未运行过任何行动手册。</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) have run. Outcomes count accounts whose 90 days have passed.</source>
        <translation>
            <numerusform>已运行 %n 个行动手册。结果只计入已满 90 天的客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::FileSelector</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation>%1 —— 就绪</translation>
    </message>
    <message>
        <source>%1 — needs attention</source>
        <translation>%1 —— 需要处理</translation>
    </message>
</context>
<context>
    <name>tenure::ui::FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Add CSV exports from your billing system or spreadsheets, or drop them on this window. All files are imported together: every valid row lands, or nothing does.</source>
        <translation>添加来自计费系统或电子表格的 CSV 导出文件，或将它们拖放到此窗口。所有文件一起导入：所有有效行全部写入，或全部不写入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No files yet. Drop CSV exports on this window, or add them.</source>
        <translation>还没有文件。将 CSV 导出文件拖放到此窗口，或添加它们。</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>添加要导入的文件</translation>
    </message>
    <message>
        <source>CSV and text exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 和文本导出 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>tenure::ui::HealthPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The health score and the risk reasons of every account use these weights and thresholds. They belong to the book.</source>
        <translation>每个客户的健康评分和风险原因都使用这些权重和阈值。它们属于账簿。</translation>
    </message>
    <message>
        <source>Weights of the health score</source>
        <translation>健康评分的权重</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>成果(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>体验(&amp;X)：</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>关系(&amp;L)：</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少有一个权重必须大于零。</translation>
    </message>
    <message>
        <source>Of the score: outcome %1%, experience %2%, relationship %3%. When an account lacks the data for one, its share goes to the others.</source>
        <translation>在评分中：成果 %1%，体验 %2%，关系 %3%。客户缺少某项数据时，其份额分给其他各项。</translation>
    </message>
    <message>
        <source>Adoption and value</source>
        <translation>采用与价值</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Product and support</source>
        <translation>产品与支持</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Contact from the CSM</source>
        <translation>CSM 的联系</translation>
    </message>
    <message>
        <source>Customer events and billing</source>
        <translation>客户事件与账单</translation>
    </message>
    <message>
        <source>Usage drop that is a warning:</source>
        <translation>视为预警的使用量下降：</translation>
    </message>
    <message>
        <source>…measured over:</source>
        <translation>……统计区间：</translation>
    </message>
    <message>
        <source>Licences used below which adoption is low:</source>
        <translation>许可证使用率低于此值即为采用率低：</translation>
    </message>
    <message>
        <source>Missed goals that, with falling usage, mean no value:</source>
        <translation>未达成目标数（加上使用量下降即表示未获价值）：</translation>
    </message>
    <message>
        <source>Not live this long after the target date:</source>
        <translation>超过目标日期这么久仍未上线：</translation>
    </message>
    <message>
        <source>A sponsor who left within:</source>
        <translation>在此期限内离职的发起人：</translation>
    </message>
    <message>
        <source>A key contact silent this long has gone dark:</source>
        <translation>关键联系人沉默这么久即为失联：</translation>
    </message>
    <message>
        <source>Feature requests that show a product gap:</source>
        <translation>表明产品缺口的功能请求数：</translation>
    </message>
    <message>
        <source>…within:</source>
        <translation>……期限内：</translation>
    </message>
    <message>
        <source>A ticket open longer than this is old:</source>
        <translation>打开超过此时长的工单即为陈旧：</translation>
    </message>
    <message>
        <source>Old tickets that are a support problem:</source>
        <translation>构成支持问题的陈旧工单数：</translation>
    </message>
    <message>
        <source>Escalations in 90 days that are a support problem:</source>
        <translation>90 天内构成支持问题的升级次数：</translation>
    </message>
    <message>
        <source>Highest NPS of a detractor:</source>
        <translation>贬损者的最高 NPS：</translation>
    </message>
    <message>
        <source>Highest CSAT that is poor:</source>
        <translation>视为差评的最高 CSAT：</translation>
    </message>
    <message>
        <source>Feedback counts for:</source>
        <translation>反馈的有效期：</translation>
    </message>
    <message>
        <source>No contact with a high-touch account for:</source>
        <translation>与高接触客户未联系的时长：</translation>
    </message>
    <message>
        <source>No contact with a low-touch account for:</source>
        <translation>与低接触客户未联系的时长：</translation>
    </message>
    <message>
        <source>No contact with a tech-touch account for:</source>
        <translation>与技术接触客户未联系的时长：</translation>
    </message>
    <message>
        <source>Customer events count for:</source>
        <translation>客户事件的有效期：</translation>
    </message>
    <message>
        <source>MRR fall in 90 days that is a contraction:</source>
        <translation>90 天内视为收缩的 MRR 降幅：</translation>
    </message>
    <message>
        <source>A renewal this close is at risk when other reasons fired:</source>
        <translation>在此期限内续约、且有其他风险原因时即有风险：</translation>
    </message>
    <message>
        <source>An account is at risk when its health is below %1 or a risk reason of at least medium severity fired. Severity runs from 0 to 1: medium is %2 or more, low is below. These two numbers are fixed; each reason&apos;s severity follows from the thresholds below (docs/domain.md gives every formula).</source>
        <translation>当客户的健康分低于 %1，或触发了至少中等严重程度的风险原因时，即视为有风险。严重程度范围为 0 到 1：%2 及以上为中等，低于此值为低。这两个数值是固定的；每个原因的严重程度由下方的阈值决定（docs/domain.md 给出了所有公式）。</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>风险中</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Share of the score&apos;s weight with data needed to place an account:</source>
        <translation>放置客户所需的有数据部分占评分权重的比例：</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>You can keep working in other windows. Cancel leaves the book as it was.</source>
        <translation>你可以在其他窗口中继续工作。取消会让客户簿保持原样。</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>正在取消：撤销已写入的内容…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>大约还剩 %1</translation>
    </message>
    <message>
        <source>Finishing: indexing and saving…</source>
        <translation>正在完成：建立索引并保存…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>%1, your saved mapping</source>
        <translation>%1，你保存的映射</translation>
    </message>
    <message>
        <source>%1, mapped by hand</source>
        <translation>%1，手动映射</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportsView</name>
    <message>
        <source>Bring in CSV exports from Stripe, Chargebee, Recurly, Paddle, Zuora, ChartMogul or Baremetrics, and contacts, usage, tickets, surveys, feature requests and goals. Drop files anywhere on the window, or:</source>
        <translation>导入来自 Stripe、Chargebee、Recurly、Paddle、Zuora、ChartMogul 或 Baremetrics 的 CSV 导出文件，以及联系人、使用情况、工单、调查、功能需求和目标。可将文件拖放到窗口任意位置，或者：</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>导入详情</translation>
    </message>
    <message>
        <source>Choose an import to see its fingerprint and what it changed.</source>
        <translation>选择一次导入，查看其指纹及其更改的内容。</translation>
    </message>
    <message>
        <source>%1 from %2, SHA-256 %3</source>
        <translation>%1，来自 %2，SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) were kept as new accounts.</source>
        <translation>
            <numerusform>%n 个可能的重复项被保留为新客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by this newer export:</source>
        <translation>被此较新的导出更改：</translation>
    </message>
    <message>
        <source>Imported by %1.</source>
        <translation>由 %1 导入。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LastChange</name>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>最后由 %1 于 %2 更改</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LibraryPanel</name>
    <message>
        <source>one-to-many</source>
        <translation>一对多</translation>
    </message>
    <message>
        <source>risk reason</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>&amp;New Playbook</source>
        <translation>新建行动手册(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Add the playbooks of a shared library file (JSON)</source>
        <translation>添加共享库文件（JSON）中的行动手册</translation>
    </message>
    <message>
        <source>Save this book&apos;s library as a JSON file to share</source>
        <translation>将此客户簿的库保存为 JSON 文件以便共享</translation>
    </message>
    <message>
        <source>Import Playbooks</source>
        <translation>导入行动手册</translation>
    </message>
    <message>
        <source>Playbook libraries (*.json)</source>
        <translation>行动手册库 (*.json)</translation>
    </message>
    <message>
        <source>Export Playbooks</source>
        <translation>导出行动手册</translation>
    </message>
    <message>
        <source>playbooks.json</source>
        <translation>行动手册.json</translation>
    </message>
    <message>
        <source>Revert to Built-in</source>
        <translation>还原为内置版本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>New playbook %1</source>
        <translation>新行动手册 %1</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 不是 JSON：%2，位于第 %3 字节。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ListenerKeeper</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MainWindow</name>
    <message>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Two-by-two</source>
        <translation>四象限</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>新建客户簿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>打开客户簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Quarterly &amp;Report…</source>
        <translation>季度报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>关闭客户簿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>关于 Tenure(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>没有最近的客户簿</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <source>%1 — Tenure</source>
        <translation>%1 — Tenure</translation>
    </message>
    <message>
        <source>The book was upgraded; the copy from before is %1</source>
        <translation>客户簿已升级；升级前的副本为 %1</translation>
    </message>
    <message>
        <source>Nothing to import into</source>
        <translation>没有可导入的目标</translation>
    </message>
    <message>
        <source>Open or create a book first, then drop the files again.</source>
        <translation>请先打开或新建一个客户簿，然后再次拖放文件。</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>无法创建客户簿</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation>关于 Tenure</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;A customer-success workbench: who is at risk and why, what renews soon, and retention you can trace to each account.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;客户成功工作台：谁有风险、为什么，什么即将续约，以及可追溯到每个客户的留存数据。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Filter the accounts by name</source>
        <translation>按名称筛选客户</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>打开所选客户</translation>
    </message>
    <message>
        <source>Back from an account&apos;s page</source>
        <translation>从客户页面返回</translation>
    </message>
    <message>
        <source>The menu of the accounts list&apos;s rows</source>
        <translation>客户列表行的菜单</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>The book&apos;s settings changed: every figure was recomputed.</source>
        <translation>账簿设置已更改：所有数字均已重新计算。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tenure uses the new language from its next start. Restart Tenure now?</source>
        <translation>Tenure 将在下次启动时使用新语言。现在重新启动 Tenure 吗？</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Tenure may not write to this book&apos;s file or folder: you can read it, and changes are refused.</source>
        <translation>Tenure 无权写入此客户簿的文件或文件夹：你可以读取它，但更改会被拒绝。</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tenure</source>
        <translation>%1（只读）— Tenure</translation>
    </message>
    <message>
        <source>The book is read-only: Tenure may not write to %1 or its folder. You can read it; changes are refused.</source>
        <translation>此客户簿为只读：Tenure 无权写入 %1 或其所在文件夹。你可以读取它；更改会被拒绝。</translation>
    </message>
    <message>
        <source>The book was changed in another window or program; the views show it as it is now.</source>
        <translation>账簿已在另一个窗口或程序中被更改；视图显示其当前状态。</translation>
    </message>
    <message>
        <source>Changed elsewhere at %1</source>
        <translation>已于 %1 在别处更改</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open &amp;Team Book…</source>
        <translation>打开团队客户簿(&amp;T)…</translation>
    </message>
    <message>
        <source>Cannot open the team book</source>
        <translation>无法打开团队客户簿</translation>
    </message>
    <message>
        <source>%1 (team book) — Tenure</source>
        <translation>%1（团队客户簿）— Tenure</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the column each field is read from. Fields in bold are needed; the others are optional.</source>
        <translation>选择每个字段从哪一列读取。粗体字段为必需，其余为可选。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>You mapped a file with these column names before; your mapping is filled in. Change it here if this export differs.</source>
        <translation>你之前映射过具有这些列名的文件；已填入你的映射。如果此导出有所不同，请在此修改。</translation>
    </message>
    <message>
        <source>Filled in from the %1 layout.</source>
        <translation>已按 %1 布局填入。</translation>
    </message>
    <message>
        <source>Your mapping will be remembered for files with these column names.</source>
        <translation>你的映射将被记住，用于具有这些列名的文件。</translation>
    </message>
    <message>
        <source>Without a header row this mapping cannot be recognised again, so it is not remembered.</source>
        <translation>没有表头行，此映射无法再次被识别，因此不会被记住。</translation>
    </message>
    <message>
        <source>%1 still needs attention: choose it above.</source>
        <translation>%1 仍需处理：请在上方选择。</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>将映射保存为</translation>
    </message>
    <message>
        <source>optional: a name for tenure import --mapping</source>
        <translation>可选：供 tenure import --mapping 使用的名称</translation>
    </message>
    <message>
        <source>Save the mapping &amp;as:</source>
        <translation>将映射保存为(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MergeAccountDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation>将 %1 合并到…</translation>
    </message>
    <message>
        <source>Every row of %1 (subscriptions, invoices, signals, contacts, actions, tasks, milestones, events, external ids) moves to the account you choose, which keeps its own fields and takes %1&apos;s where it has none. %1 is then removed. Edit ▸ Undo puts it back.</source>
        <translation>%1 的每一行（订阅、发票、信号、联系人、活动、任务、里程碑、事件、外部 ID）都将移到你选择的客户；该客户保留自己的字段，仅在自身缺少某字段时采用 %1 的值。随后删除 %1。“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Find an account by name or domain</source>
        <translation>按名称或域名查找客户</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1（客户 %2）</translation>
    </message>
    <message>
        <source>%1 (account %2, %3)</source>
        <translation>%1（客户 %2，%3）</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MovementsChart</name>
    <message>
        <source>MRR movements per month</source>
        <translation>每月 MRR 变动</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>净变动</translation>
    </message>
    <message>
        <source>MRR movements per month (%1)</source>
        <translation>每月 MRR 变动（%1）</translation>
    </message>
    <message>
        <source>MRR moved</source>
        <translation>MRR 变动额</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MrrChart</name>
    <message>
        <source>MRR history</source>
        <translation>MRR 历史</translation>
    </message>
    <message>
        <source>MRR by month</source>
        <translation>按月 MRR</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR（%1）</translation>
    </message>
</context>
<context>
    <name>tenure::ui::OwnerChooser</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PersonalPage</name>
    <message>
        <source>The last one chosen</source>
        <translation>上次选择的</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>These settings are yours: they are kept on this computer, for every book you open.</source>
        <translation>这些设置属于您：它们保存在这台计算机上，适用于您打开的每个账簿。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Tenure.</source>
        <translation>新语言将在 Tenure 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Default owner:</source>
        <translation>默认负责人(&amp;D)：</translation>
    </message>
    <message>
        <source>Whose work Today and My Tasks show when a book opens.</source>
        <translation>打开账簿时，“今日”和“我的任务”显示谁的工作。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Recorded in a book with the tasks, actions and playbooks you change and the imports you run. Empty: your login name. A team book records the name the team gave your login instead.</source>
        <translation>与您更改的任务、操作和行动手册以及您运行的导入一起记录在账簿中。留空：使用您的登录名。团队账簿改为记录团队为您的登录名设定的名称。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PlaybookEditor</name>
    <message>
        <source>A risk reason fires</source>
        <translation>触发风险原因</translation>
    </message>
    <message>
        <source>The account enters a quadrant</source>
        <translation>客户进入某个象限</translation>
    </message>
    <message>
        <source>A lifecycle moment</source>
        <translation>生命周期节点</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>手动启动</translation>
    </message>
    <message>
        <source>30 days after go-live</source>
        <translation>上线后 30 天</translation>
    </message>
    <message>
        <source>60 days before renewal</source>
        <translation>续约前 60 天</translation>
    </message>
    <message>
        <source>A power user inactive for 14 days</source>
        <translation>高级用户 14 天不活跃</translation>
    </message>
    <message>
        <source>A feature released 60 days ago, not tried</source>
        <translation>60 天前发布的功能尚未试用</translation>
    </message>
    <message>
        <source>Run on many accounts at once (low touch)</source>
        <translation>一次在多个客户上运行（低接触）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Every segment (or a comma-separated list)</source>
        <translation>所有细分（或以逗号分隔的列表）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Trigger value</source>
        <translation>触发值</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>几天后截止</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>移除步骤</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Built in. Your changes are kept in this book; Revert brings back the original.</source>
        <translation>内置。你的更改保存在此客户簿中；“还原”可恢复原始版本。</translation>
    </message>
    <message>
        <source>This book&apos;s own playbook.</source>
        <translation>此客户簿自己的行动手册。</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>步骤类型</translation>
    </message>
    <message>
        <source>Give the playbook a name.</source>
        <translation>请为行动手册命名。</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>请至少添加一个步骤。</translation>
    </message>
    <message>
        <source>Every step needs a title.</source>
        <translation>每个步骤都需要标题。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PlaybooksView</name>
    <message>
        <source>My Tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Did It Work?</source>
        <translation>有效吗？</translation>
    </message>
</context>
<context>
    <name>tenure::ui::Preferences</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>账簿(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Health Score</source>
        <translation>健康评分(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <source>Open a book to change its settings.</source>
        <translation>请打开一个账簿以更改其设置。</translation>
    </message>
    <message>
        <source>This book is open read-only: its settings cannot change.</source>
        <translation>此账簿以只读方式打开：无法更改其设置。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantChart</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Outcome %2 · Experience %3&lt;br&gt;Health %4 · ARR %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;成果 %2 · 体验 %3&lt;br&gt;健康分 %4 · ARR %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Outcome and experience of every account</source>
        <translation>每个客户的成果与体验</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln account(s)</source>
        <translation>
            <numerusform>%1 · %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: getting the results they bought →</source>
        <translation>成果：获得了所购买的结果 →</translation>
    </message>
    <message>
        <source>Experience: liking working with you →</source>
        <translation>体验：喜欢与你合作 →</translation>
    </message>
    <message>
        <source>Colour: health</source>
        <translation>颜色：健康分</translation>
    </message>
    <message>
        <source>Size: ARR</source>
        <translation>大小：ARR</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>轨迹</translation>
    </message>
    <message numerus="yes">
        <source>Point at an account to see where it stood at the end of each of the last %n quarter(s).</source>
        <translation>
            <numerusform>指向一个客户，查看它在过去 %n 个季度每个季度末所处的位置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantView</name>
    <message>
        <source>Outcome × experience</source>
        <translation>成果 × 体验</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Open a book to place its accounts by outcome and experience.</source>
        <translation>打开一个客户簿，按成果和体验放置其客户。</translation>
    </message>
    <message>
        <source>Scoring every account…</source>
        <translation>正在为所有客户评分…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>No paying account has both outcome and experience data yet.</source>
        <translation>还没有付费客户同时具有成果和体验数据。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paying account(s) without enough data to place</source>
        <translation>
            <numerusform>%Ln 个付费客户数据不足，无法放置</numerusform>
        </translation>
    </message>
    <message>
        <source>scored as of %1</source>
        <translation>截至 %1 评分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Point at an account for its scores and trail; click it to open it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;指向客户可查看其评分和轨迹；点击可打开它。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: outcome %2, experience %3&lt;br&gt;</source>
        <translation>%1：成果 %2，体验 %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Outcome %4 · Experience %5 · Health %6&lt;br&gt;ARR %7&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;成果 %4 · 体验 %5 · 健康分 %6&lt;br&gt;ARR %7&lt;br&gt;%8</translation>
    </message>
</context>
<context>
    <name>tenure::ui::RatesBox</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Some amounts are in a currency the book has no rate for; they are never counted as if they were the base currency. Type one rate per currency: it is kept from the first day it is needed, until a newer rate.</source>
        <translation>部分金额使用的货币在客户簿中没有汇率；它们绝不会被当作基准货币计算。请为每种货币输入一个汇率：它从首个需要的日期起保存并生效，直到有更新的汇率。</translation>
    </message>
    <message>
        <source>&amp;Use These Rates and Check Again</source>
        <translation>使用这些汇率并重新检查(&amp;U)</translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation>%1 汇率</translation>
    </message>
    <message>
        <source>%1 per 1 %2</source>
        <translation>每 1 %2 折合的 %1</translation>
    </message>
    <message>
        <source>1 %1 in %2 (needed for %3):</source>
        <translation>1 %1 折合 %2（用于 %3）：</translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2, %n month(s)</source>
        <translation>
            <numerusform>%1 … %2，共 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReadingPage</name>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（已检测）</translation>
    </message>
    <message>
        <source>How the files are read</source>
        <translation>文件如何读取</translation>
    </message>
    <message>
        <source>Check the first rows below. If the text looks garbled or the columns are split wrongly, change the encoding or the delimiter.</source>
        <translation>检查下方的前几行。如果文本显示乱码或列拆分错误，请更改编码或分隔符。</translation>
    </message>
    <message>
        <source>Preview of the parsed rows</source>
        <translation>解析后行的预览</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Source system:</source>
        <translation>来源系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>%1, map the columns by hand</source>
        <translation>%1，手动映射各列</translation>
    </message>
    <message>
        <source>Stored with every row; customers are matched by their id within the same source.</source>
        <translation>随每一行保存；客户按其在同一来源中的 ID 匹配。</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names (detected)</source>
        <translation>第一行是列名(&amp;N)（已检测）</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>第一行是列名(&amp;N)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>These column names were mapped by you before; that mapping is used.</source>
        <translation>这些列名之前由你映射过；将使用该映射。</translation>
    </message>
    <message>
        <source>No known export has these columns: choose what the file holds, then map its columns on the next page.</source>
        <translation>没有已知的导出具有这些列：请选择文件内容，然后在下一页映射其各列。</translation>
    </message>
    <message>
        <source>Recognised as %1 from its column names.</source>
        <translation>根据列名识别为 %1。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReasonsPanel</name>
    <message>
        <source>Risk reasons</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>Suggested plays</source>
        <translation>建议的行动手册</translation>
    </message>
    <message>
        <source>&amp;Plays and Actions…</source>
        <translation>行动手册与活动(&amp;P)…</translation>
    </message>
    <message>
        <source>Start a play, see the open tasks and log an action</source>
        <translation>启动行动手册、查看未完成任务并记录活动</translation>
    </message>
    <message>
        <source>Not a paying customer on this date: no risk is scored.</source>
        <translation>此日期不是付费客户：不计算风险。</translation>
    </message>
    <message>
        <source>No risk reason fired: every detector is within its threshold.</source>
        <translation>没有触发风险原因：每个检测项都在阈值之内。</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s), most severe first. Click one to see the data behind it.</source>
        <translation>
            <numerusform>%n 个原因，最严重的在前。点击一个查看其背后的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>No play is called for: no reason, quadrant change or lifecycle moment needs one, or its play is already running.</source>
        <translation>无需行动手册：没有原因、象限变化或生命周期节点需要，或其手册已在运行。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportCharts</name>
    <message>
        <source>The book has no billing data yet for these months.</source>
        <translation>客户簿中还没有这些月份的账单数据。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Net change (line)</source>
        <translation>净变动（折线）</translation>
    </message>
    <message>
        <source>Months since first payment; share of accounts still paying</source>
        <translation>首次付费以来的月数；仍在付费的客户比例</translation>
    </message>
    <message>
        <source>Outcome →</source>
        <translation>成果 →</translation>
    </message>
    <message>
        <source>Experience →</source>
        <translation>体验 →</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportDocument</name>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR 变动</translation>
    </message>
    <message>
        <source>Retention by segment and owner</source>
        <translation>按细分和负责人的留存</translation>
    </message>
    <message>
        <source>Retention curve and cohorts</source>
        <translation>留存曲线与同期群</translation>
    </message>
    <message>
        <source>Churned and contracted accounts</source>
        <translation>已流失和已收缩的客户</translation>
    </message>
    <message>
        <source>Renewals at risk</source>
        <translation>有风险的续约</translation>
    </message>
    <message>
        <source>Health and the two-by-two</source>
        <translation>健康分与四象限</translation>
    </message>
    <message>
        <source>Snapshot of the two-by-two</source>
        <translation>四象限快照</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>Quarterly retention report · %1</source>
        <translation>季度留存报告 · %1</translation>
    </message>
    <message>
        <source>As of %1 · Tenure</source>
        <translation>截至 %1 · Tenure</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportPdf</name>
    <message>
        <source>the PDF could not be written whole</source>
        <translation>PDF 未能完整写入</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportSections</name>
    <message>
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Quarterly retention report</source>
        <translation>季度留存报告</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4</source>
        <translation>%1 · %2 至 %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 · %n account(s) in scope · MRR in %2</source>
        <translation>
            <numerusform>数据截至 %1 · 范围内 %n 个客户 · MRR 单位为 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Period: %1, from %2 to %3. Every figure uses only the data known on %4, the as-of date; a quarter that ends later is counted up to that date.</source>
        <translation>周期：%1，从 %2 到 %3。每个数字只使用截至日期 %4 已知的数据；结束较晚的季度只计算到该日期。</translation>
    </message>
    <message>
        <source>MRR: the monthly-normalised recurring amounts (tax excluded, recurring discounts deducted) of the subscription periods active on each month&apos;s last day, converted to %1 with the book&apos;s rates.</source>
        <translation>MRR：每月最后一天有效的订阅周期按月标准化后的经常性金额（不含税，扣除经常性折扣），按客户簿的汇率换算为 %1。</translation>
    </message>
    <message>
        <source>Retention (cohort method): the cohort is every account paying in %1, the month before the quarter; customers acquired during the quarter are left out. NRR = the cohort&apos;s MRR at the quarter&apos;s last month ÷ its MRR in %1. GRR counts each account at no more than its starting MRR, so it never exceeds 100%. Logo retention = the share of the cohort still paying; customer churn = 1 − logo retention.</source>
        <translation>留存（同期群法）：同期群是在 %1（季度前一个月）付费的所有客户；季度内获得的客户不计入。NRR = 同期群在季度最后一个月的 MRR ÷ 其在 %1 的 MRR。GRR 对每个客户最多按其起始 MRR 计算，因此永远不会超过 100%。客户留存率 = 同期群中仍在付费的比例；客户流失率 = 1 − 客户留存率。</translation>
    </message>
    <message>
        <source>MRR movements compare each account&apos;s month with the month before: new, reactivation, expansion, contraction and churn; start + new + reactivation + expansion − contraction − churn = end, for every month and every scope.</source>
        <translation>MRR 变动将每个客户的当月与上月比较：新增、重新激活、扩展、收缩和流失；对每个月和每个范围，期初 + 新增 + 重新激活 + 扩展 − 收缩 − 流失 = 期末。</translation>
    </message>
    <message>
        <source>Retention curve: Kaplan-Meier survival by months since the first payment, accounts still paying censored at the as-of month. Cohort table: the logos and the net revenue each signup month kept at each age.</source>
        <translation>留存曲线：按首次付费以来月数计算的 Kaplan-Meier 存活率，仍在付费的客户在截至月份删失。同期群表：每个注册月份在每个月龄保留的客户数和净收入。</translation>
    </message>
    <message numerus="yes">
        <source>Churned and contracted accounts: members of the cohort with no MRR, or less MRR than at the start, at the quarter&apos;s end. Their reasons are the risk reasons that fired on the quarter&apos;s first day; their actions were logged from %n day(s) before the quarter to its end.</source>
        <translation>
            <numerusform>已流失和已收缩的客户：同期群中在季度末没有 MRR 或 MRR 少于起始时的成员。其原因是季度第一天触发的风险原因；其活动为从季度开始前 %n 天到季度末记录的活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>At-risk renewals: accounts renewing in %1 whose health on the as-of date is below %2. Health and the outcome × experience two-by-two use the book&apos;s own weights and thresholds.</source>
        <translation>有风险的续约：在 %1 续约且截至日期健康分低于 %2 的客户。健康分和成果 × 体验四象限使用客户簿自己的权重和阈值。</translation>
    </message>
    <message>
        <source>Retention (renewal method, the book&apos;s setting): over the contracts up for renewal in the quarter, NRR = (renewed value + expansion) ÷ value up for renewal; GRR = renewed value ÷ value up for renewal; logo retention = renewed logos ÷ logos up for renewal. A contract renews on the anniversaries of its start, one billing term apart.</source>
        <translation>留存（续约法，账簿设置）：针对本季度到期待续约的合同，NRR =（续约金额 + 扩展）÷ 待续约金额；GRR = 续约金额 ÷ 待续约金额；客户留存率 = 续约客户数 ÷ 待续约客户数。合同在其开始日期的周年日续约，间隔一个计费周期。</translation>
    </message>
    <message>
        <source>Quarters are calendar quarters.</source>
        <translation>季度为日历季度。</translation>
    </message>
    <message>
        <source>Quarters follow the fiscal year starting in %1, named after the calendar year it ends in.</source>
        <translation>季度遵循从%1开始的财年，财年以其结束所在的日历年命名。</translation>
    </message>
    <message>
        <source>Churn is recognised when the customer cancels, even before the paid period ends.</source>
        <translation>流失在客户取消时确认，即使已付费周期尚未结束。</translation>
    </message>
    <message>
        <source>Churn is recognised when the paid period ends.</source>
        <translation>流失在已付费周期结束时确认。</translation>
    </message>
    <message>
        <source>A customer who returns after any gap is a reactivation.</source>
        <translation>客户无论间隔多久回归，都算作重新激活。</translation>
    </message>
    <message numerus="yes">
        <source>A customer who returns after at most %n month(s) without revenue is a reactivation; after a longer gap, new business.</source>
        <translation>
            <numerusform>客户在无收入不超过 %n 个月后回归，算作重新激活；间隔更长则算作新业务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: each account paying as a quarter began, with the data known then, is lost with the rate at which accounts of its health band churned (all of its ARR) or contracted (the average share lost) within 90 days at the book&apos;s last 8 quarter ends; the band holds 8 of 10 of %1 simulated quarters. What happened counts the same accounts.</source>
        <translation>预测：季度开始时每个付费客户，基于当时已知的数据，按其所在健康分段的客户在客户簿最近 8 个季度末后 90 天内流失（全部 ARR）或收缩（平均损失比例）的比率计算损失；区间涵盖 %1 个模拟季度中的十分之八。“实际情况”统计的是同一批客户。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportView</name>
    <message>
        <source>&lt;h2&gt;Quarterly retention report&lt;/h2&gt;&lt;p&gt;NRR, GRR and logo retention with the movements behind them, cohorts, churned and at-risk accounts, and the methodology, as a paginated document to print or save as PDF.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;季度留存报告&lt;/h2&gt;&lt;p&gt;NRR、GRR 和客户留存率及其背后的变动、同期群、已流失和有风险的客户以及方法说明，生成可打印或另存为 PDF 的分页文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>细分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a book to print its quarterly report.</source>
        <translation>打开一个客户簿以打印其季度报告。</translation>
    </message>
    <message>
        <source>Reading the book&apos;s segments and owners…</source>
        <translation>正在读取客户簿的细分和负责人…</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1（截至目前）</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>retention-%1.pdf</source>
        <translation>留存-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to</source>
        <translation>将报告的表格导出到</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>正在计算 %1 的报告…</translation>
    </message>
    <message>
        <source>Quarterly retention report %1</source>
        <translation>季度留存报告 %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个 CSV 文件写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::RetentionView</name>
    <message>
        <source>no earlier period</source>
        <translation>无上一周期</translation>
    </message>
    <message>
        <source>%1%2 pts vs previous</source>
        <translation>较上期 %1%2 个百分点</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Retention method</source>
        <translation>留存计算方法</translation>
    </message>
    <message>
        <source>Customers paying before (cohort)</source>
        <translation>之前已付费的客户（同期群）</translation>
    </message>
    <message>
        <source>Contracts up for renewal</source>
        <translation>到期续约的合同</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>总收入留存率</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Accounts behind %1</source>
        <translation>%1 背后的客户</translation>
    </message>
    <message>
        <source>%1 for %2. Before: MRR in the month before the period; after: at its last month.</source>
        <translation>%2 的 %1。之前：周期前一个月的 MRR；之后：周期最后一个月的 MRR。</translation>
    </message>
    <message>
        <source>Curves by</source>
        <translation>曲线依据</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>整个客户簿</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按细分</translation>
    </message>
    <message>
        <source>By plan</source>
        <translation>按套餐</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>By signup cohort</source>
        <translation>按注册同期群</translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation>留存曲线</translation>
    </message>
    <message>
        <source>Cohort measure</source>
        <translation>同期群度量</translation>
    </message>
    <message>
        <source>Logos retained</source>
        <translation>保留的客户数</translation>
    </message>
    <message>
        <source>Revenue retained</source>
        <translation>保留的收入</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Cohort %1, month %2</source>
        <translation>同期群 %1，第 %2 个月</translation>
    </message>
    <message>
        <source>Accounts that first paid in %1, and their MRR %2 months later.</source>
        <translation>在 %1 首次付费的客户，以及他们 %2 个月后的 MRR。</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>首月</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Rows: signup month (accounts). Columns: months since. Click a cell for its accounts.</source>
        <translation>行：注册月份（客户数）。列：此后的月数。点击单元格查看其客户。</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>MRR movements in %1</source>
        <translation>%1 的 MRR 变动</translation>
    </message>
    <message>
        <source>Every account whose MRR moved in %1 against the month before.</source>
        <translation>在 %1 MRR 相比上月发生变动的每个客户。</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR 变动</translation>
    </message>
    <message>
        <source>Open a book to see its retention.</source>
        <translation>打开一个客户簿以查看其留存。</translation>
    </message>
    <message>
        <source>Reading the book&apos;s billing history…</source>
        <translation>正在读取客户簿的账单历史…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>所有套餐</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1%2% vs previous</source>
        <translation>较上期 %1%2%</translation>
    </message>
    <message>
        <source>MRR at the end of %1</source>
        <translation>%1 末的 MRR</translation>
    </message>
    <message>
        <source>Revenue kept from last period&apos;s customers, with expansion</source>
        <translation>从上期客户保留的收入，含扩展</translation>
    </message>
    <message>
        <source>Revenue kept from last period&apos;s customers, without expansion (at most 100%)</source>
        <translation>从上期客户保留的收入，不含扩展（最多 100%）</translation>
    </message>
    <message>
        <source>Customers kept</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Customers lost: 1 − logo retention</source>
        <translation>流失的客户：1 − 客户留存率</translation>
    </message>
    <message>
        <source>%1 against %2 · %3 accounts · as of %4</source>
        <translation>%1 对比 %2 · %3 个客户 · 截至 %4</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReviewPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能的重复项</translation>
    </message>
    <message>
        <source>These customers are new to their billing system but look like accounts already in the book. Each becomes a new account unless you tick it as the same account.</source>
        <translation>这些客户在其计费系统中是新的，但看起来像客户簿中已有的客户。除非你勾选为同一客户，否则每个都会成为新客户。</translation>
    </message>
    <message>
        <source>Possible duplicate accounts</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Ticked customers are linked to the existing account: their subscriptions count towards it from now on.</source>
        <translation>勾选的客户会关联到现有客户：从现在起其订阅计入该客户。</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation>全部勾选(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>In the areas</source>
        <translation>在各区域中</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SummaryPage</name>
    <message>
        <source>What newer exports changed:</source>
        <translation>较新的导出更改了什么：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>&amp;Save Skipped Rows…</source>
        <translation>保存跳过的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was written: the book is as it was before.</source>
        <translation>未写入任何内容：客户簿与之前相同。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>The book now holds these rows.</source>
        <translation>客户簿现在包含这些行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 read — %4 added, %5 updated, %6 unchanged, %7 ignored or skipped; %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：已读取 %3 —— 新增 %4，更新 %5，未变 %6，忽略或跳过 %7；%8。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n 个新客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>用时 %1 秒写入。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as you chose: %Ln rejected row(s).</source>
        <translation>
            <numerusform>按你的选择跳过了 %Ln 个被拒绝的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) linked to existing accounts, as you chose.</source>
        <translation>
            <numerusform>按你的选择，%n 个客户已关联到现有客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as new accounts: %n customer(s) resembling existing ones.</source>
        <translation>
            <numerusform>保留为新客户：%n 个与现有客户相似的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your column mapping was saved; files with the same column names will be read the same way.</source>
        <translation>你的列映射已保存；具有相同列名的文件将以相同方式读取。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SurvivalChart</name>
    <message>
        <source>Retention curve</source>
        <translation>留存曲线</translation>
    </message>
    <message>
        <source>Share of accounts still paying, by months since they first paid</source>
        <translation>仍在付费的客户比例，按首次付费以来的月数</translation>
    </message>
    <message>
        <source>Months since the first payment</source>
        <translation>首次付费以来的月数</translation>
    </message>
    <message>
        <source>Still paying</source>
        <translation>仍在付费</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1（%2 个客户）</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>中位数 %1 个月</translation>
    </message>
    <message>
        <source>At risk, month:</source>
        <translation>风险中，月份：</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TasksPanel</name>
    <message>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改期(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>跳过(&amp;K)…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Tasks of</source>
        <translation>任务负责人</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; by how many days?</source>
        <translation>将“%1”推迟多少天？</translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation>跳过任务</translation>
    </message>
    <message>
        <source>Why is this task skipped?</source>
        <translation>为什么跳过此任务？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookDialog</name>
    <message>
        <source>Open Team Book</source>
        <translation>打开团队客户簿</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com，或套接字文件夹</translation>
    </message>
    <message>
        <source>the team book&apos;s database</source>
        <translation>团队客户簿的数据库</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>服务器提供时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>始终，并验证服务器证书</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Tenure never stores a password. When the server asks for one, PostgreSQL&apos;s password file (~/.pgpass) or service file gives it.</source>
        <translation>Tenure 从不保存密码。服务器需要密码时，由 PostgreSQL 的密码文件（~/.pgpass）或服务文件提供。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookDownload</name>
    <message>
        <source>Reading the team book…</source>
        <translation>正在读取团队客户簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Team Book</source>
        <translation>打开团队客户簿</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookSession</name>
    <message>
        <source>Team book: %1 cannot be reached since %2; this is the copy read at %3</source>
        <translation>团队客户簿：自 %2 起无法连接 %1；这是 %3 读取的副本</translation>
    </message>
    <message>
        <source>%1 Tenure tries again every few seconds, and reads the book again when it can.</source>
        <translation>%1 Tenure 每隔几秒重试一次，能连接时会重新读取客户簿。</translation>
    </message>
    <message>
        <source>Team book: %1, encrypted, read at %2</source>
        <translation>团队客户簿：%1，已加密，读取于 %2</translation>
    </message>
    <message>
        <source>Team book: %1, not encrypted, read at %2</source>
        <translation>团队客户簿：%1，未加密，读取于 %2</translation>
    </message>
    <message>
        <source>The connection to the server uses TLS. Changes others commit are read again as they come.</source>
        <translation>与服务器的连接使用 TLS。他人提交的更改会在到达时重新读取。</translation>
    </message>
    <message>
        <source>The connection to the server is not encrypted: the server offered no TLS, or it is on this computer. Changes others commit are read again as they come.</source>
        <translation>与服务器的连接未加密：服务器未提供 TLS，或服务器就在本机上。他人提交的更改会在到达时重新读取。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TodayView</name>
    <message>
        <source>Health dropped</source>
        <translation>健康分下降</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已收缩</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Champion left</source>
        <translation>拥护者离职</translation>
    </message>
    <message>
        <source>&amp;Mark as Reviewed</source>
        <translation>标记为已查看(&amp;M)</translation>
    </message>
    <message>
        <source>What changed will count from today for this owner</source>
        <translation>对此负责人，“变化”将从今天开始计算</translation>
    </message>
    <message>
        <source>Book of</source>
        <translation>客户簿负责人</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>NRR last quarter</source>
        <translation>上季度 NRR</translation>
    </message>
    <message>
        <source>GRR last quarter</source>
        <translation>上季度 GRR</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>有风险的客户</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>有风险的 ARR</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>首要原因</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>风险中</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>At risk, by risk × ARR</source>
        <translation>有风险，按风险 × ARR</translation>
    </message>
    <message>
        <source>What changed since your last review</source>
        <translation>自上次查看以来的变化</translation>
    </message>
    <message>
        <source>Renewals in the next 180 days</source>
        <translation>未来 180 天内的续约</translation>
    </message>
    <message>
        <source>Tasks overdue and due today</source>
        <translation>逾期和今天到期的任务</translation>
    </message>
    <message>
        <source>Reading the book…</source>
        <translation>正在读取客户簿…</translation>
    </message>
    <message>
        <source>  %1 · changes since %2</source>
        <translation>  %1 · 自 %2 以来的变化</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>未来 90 天</translation>
    </message>
    <message>
        <source>In 91 to 180 days</source>
        <translation>91 到 180 天内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Nothing changed since your last review.</source>
        <translation>自上次查看以来没有变化。</translation>
    </message>
    <message>
        <source>Annual recurring revenue of the paying accounts today</source>
        <translation>付费客户当前的年度经常性收入</translation>
    </message>
    <message>
        <source>Net revenue retention in %1, cohort method</source>
        <translation>%1 的净收入留存率，同期群法</translation>
    </message>
    <message>
        <source>Gross revenue retention in %1, cohort method</source>
        <translation>%1 的总收入留存率，同期群法</translation>
    </message>
    <message>
        <source>Paying accounts with health below %1, or a risk reason of at least medium severity</source>
        <translation>健康分低于 %1，或有至少中等严重程度风险原因的付费客户</translation>
    </message>
    <message>
        <source>%1% of ARR</source>
        <translation>ARR 的 %1%</translation>
    </message>
    <message>
        <source>ARR of the accounts at risk</source>
        <translation>有风险客户的 ARR</translation>
    </message>
    <message>
        <source>Net revenue retention in %1, renewal method</source>
        <translation>%1 的净收入留存率，续约法</translation>
    </message>
    <message>
        <source>Gross revenue retention in %1, renewal method</source>
        <translation>%1 的总收入留存率，续约法</translation>
    </message>
    <message>
        <source> · CSM contact history unknown: no activity in the book yet (import activities or log an action)</source>
        <translation> · CSM 联系历史未知：客户簿中尚无活动（请导入活动或记录一项活动）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Next quarter: working out the forecast…</source>
        <translation>下一季度：正在计算预测…</translation>
    </message>
    <message>
        <source>Next quarter: %1</source>
        <translation>下一季度：%1</translation>
    </message>
    <message>
        <source>From how often accounts scored alike churned or contracted within 90 days at the book&apos;s past quarter ends; the band holds 8 of 10 simulated quarters.</source>
        <translation>依据得分相近的客户在客户簿过去各季度末后 90 天内流失或收缩的频率；区间涵盖十分之八的模拟季度。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::UsageChart</name>
    <message>
        <source>Weekly active users</source>
        <translation>周活跃用户</translation>
    </message>
    <message>
        <source>Weekly active users, last 12 months</source>
        <translation>周活跃用户，过去 12 个月</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Danger zone: below %1 active users</source>
        <translation>危险区：低于 %1 个活跃用户</translation>
    </message>
    <message numerus="yes">
        <source>Weekly active users, last 12 months (%n seat(s))</source>
        <translation>
            <numerusform>周活跃用户，过去 12 个月（%n 个席位）</numerusform>
        </translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>tenure::ui::WelcomePage</name>
    <message>
        <source>Welcome to Tenure</source>
        <translation>欢迎使用 Tenure</translation>
    </message>
    <message>
        <source>Your book of accounts in one private file: who is at risk and why, what renews soon, and what you promised to do.</source>
        <translation>你的客户簿保存在一个私密文件中：谁有风险、为什么，什么即将续约，以及你承诺要做的事。</translation>
    </message>
    <message>
        <source>New book…</source>
        <translation>新建客户簿…</translation>
    </message>
    <message>
        <source>Open book…</source>
        <translation>打开客户簿…</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>最近的客户簿</translation>
    </message>
</context>
</TS>
