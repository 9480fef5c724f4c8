<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Messages</name>
    <message>
        <source>Scoring the book on %1</source>
        <translation>Оценка книги клиентов на %1</translation>
    </message>
    <message>
        <source>The server sent a row of %1 with %2 values, not %3.</source>
        <translation>Сервер прислал строку таблицы %1, в которой значений %2, а не %3.</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Tenure books (*.tenure);;All files (*)</source>
        <translation>Книги клиентов Tenure (*.tenure);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Copy as Image</source>
        <translation>Копировать как изображение</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>tenure::AtomicFile</name>
    <message>
        <source>Could not write %1: the disk is full. Nothing was written; free some space and try again.</source>
        <translation>Не удалось записать %1: диск заполнен. Ничего не записано; освободите место и повторите.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Nothing was written.</source>
        <translation>Не удалось записать %1 (%2). Ничего не записано.</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>файл не был открыт</translation>
    </message>
</context>
<context>
    <name>tenure::account::AccountTables</name>
    <message>
        <source>no data: its weight goes to the others</source>
        <translation>нет данных: её вес переходит к остальным</translation>
    </message>
    <message>
        <source>missing inputs&apos; weight shared among the rest</source>
        <translation>вес отсутствующих входных данных распределён между остальными</translation>
    </message>
    <message>
        <source>No data: weight %1 shared among the rest</source>
        <translation>Нет данных: вес %1 распределён между остальными</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Dimension / input</source>
        <translation>Измерение / входные данные</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>Фактический вес</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Очки</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>Что стоит за числом</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Впечатления</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Промоутер</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Нейтрал</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Критик</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Не достигнута</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Спонсор из руководства</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Опытный пользователь</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>ИТ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Gone dark</source>
        <translation>Пропал</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Дней открыто</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
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
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>pulled down %1 points by: %2</source>
        <translation>снижение на %1 очк. из-за: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>tenure::account::Timeline</name>
    <message>
        <source>New subscription</source>
        <translation>Новая подписка</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
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
        <translation>Запрос (%1)</translation>
    </message>
    <message>
        <source>Customer event: %1</source>
        <translation>Событие у клиента: %1</translation>
    </message>
    <message>
        <source>Ticket %1 closed</source>
        <translation>Обращение %1 закрыто</translation>
    </message>
    <message>
        <source>Ticket %1 opened</source>
        <translation>Обращение %1 открыто</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 от %3</translation>
    </message>
</context>
<context>
    <name>tenure::accounts::AccountMerge</name>
    <message>
        <source>The book is read-only; no account was merged.</source>
        <translation>Книга клиентов доступна только для чтения; объединение не выполнено.</translation>
    </message>
    <message>
        <source>Account %1 cannot be merged into itself; give two different ids.</source>
        <translation>Клиента %1 нельзя присоединить к самому себе; укажите два разных идентификатора.</translation>
    </message>
    <message>
        <source>The book has no account %1; no account was merged.</source>
        <translation>В книге клиентов нет клиента %1; объединение не выполнено.</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have %3 row(s) in %4 for the same period or id, which one account cannot hold twice; remove one side&apos;s rows first. No account was merged.</source>
        <translation>У клиентов %1 и %2 есть строки в %4 за один и тот же период или с одним и тем же идентификатором (строк: %3), а у одного клиента таких строк не может быть две; сначала удалите строки у одного из них. Объединение не выполнено.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Присоединить %1 к %2</translation>
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
        <translation>нет курса</translation>
    </message>
    <message>
        <source>A subscription is in a currency with no exchange rate on %1; add a rate to count it.</source>
        <translation>Подписка в валюте без курса на %1; добавьте курс, чтобы её учесть.</translation>
    </message>
    <message>
        <source>ARR %1 × (100 − health %2) / 100</source>
        <translation>ARR %1 × (100 − здоровье %2) / 100</translation>
    </message>
    <message numerus="yes">
        <source>Change in health over the last %n day(s)</source>
        <translation>
            <numerusform>Изменение здоровья за последний %n день</numerusform>
            <numerusform>Изменение здоровья за последние %n дня</numerusform>
            <numerusform>Изменение здоровья за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk × ARR: ARR × (100 − health) / 100</source>
        <translation>Риск × ARR: ARR × (100 − здоровье) / 100</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>Risk × ARR</source>
        <translation>Риск × ARR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
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
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Scored from the inputs with data: %1% of the configured weight; the rest had no data and was left out</source>
        <translation>Рассчитано по входным данным, для которых есть значения: %1% заданного веса; по остальным данных не было, и они не учтены</translation>
    </message>
    <message>
        <source>Health score, 0 to 100, of paying accounts, with the share of its weight that had data when some had none</source>
        <translation>Оценка здоровья платящих клиентов от 0 до 100, а если части данных нет — с долей веса, по которой данные были</translation>
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
        <translation>Использование:
  tenure [КНИГА]             открыть рабочее место, с КНИГОЙ, если указана
  tenure КОМАНДА [ПАРАМЕТРЫ] выполнить команду без окна
  tenure --help | --version

Команды:
</translation>
    </message>
    <message>
        <source>
`tenure COMMAND --help` describes a command&apos;s options.
</source>
        <translation>
`tenure КОМАНДА --help` описывает параметры команды.
</translation>
    </message>
    <message>
        <source>Unknown command or option %1

</source>
        <translation>Неизвестная команда или параметр %1

</translation>
    </message>
    <message>
        <source>Tenure could not finish: %1
</source>
        <translation>Tenure не смог завершить работу: %1
</translation>
    </message>
</context>
<context>
    <name>tenure::app::Command</name>
    <message>
        <source>write a demo book</source>
        <translation>создать демонстрационную книгу клиентов</translation>
    </message>
    <message>
        <source>the action log</source>
        <translation>журнал действий</translation>
    </message>
    <message>
        <source>how well the health score would have warned</source>
        <translation>насколько хорошо оценка здоровья предупредила бы</translation>
    </message>
    <message>
        <source>health scores and churn-risk reasons</source>
        <translation>оценки здоровья и причины риска оттока</translation>
    </message>
    <message>
        <source>import CSV exports into a book</source>
        <translation>импорт CSV-выгрузок в книгу клиентов</translation>
    </message>
    <message>
        <source>MRR movements and retention per period</source>
        <translation>движение MRR и удержание по периодам</translation>
    </message>
    <message>
        <source>the quarterly retention report as a PDF</source>
        <translation>квартальный отчёт об удержании в PDF</translation>
    </message>
    <message>
        <source>account survival curves (Kaplan-Meier)</source>
        <translation>кривые дожития клиентов (Каплан — Мейер)</translation>
    </message>
    <message>
        <source>open tasks: overdue, today, upcoming</source>
        <translation>открытые задачи: просроченные, на сегодня, предстоящие</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>account</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>кратко</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>дальнейшие шаги</translation>
    </message>
    <message>
        <source>The action log: calls, emails, meetings, QBRs and notes, newest first.</source>
        <translation>Журнал действий: звонки, письма, встречи, QBR и заметки, сначала новые.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Только этот клиент.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>--account takes an account id (a number).</source>
        <translation>--account принимает идентификатор клиента (число).</translation>
    </message>
    <message>
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потеряно</translation>
    </message>
    <message>
        <source>loss rate</source>
        <translation>доля потерь</translation>
    </message>
    <message>
        <source>How well would the health score have warned you? Scores the book as of past quarter ends and compares with what happened next.</source>
        <translation>Насколько хорошо оценка здоровья предупредила бы вас? Оценивает книгу клиентов на концы прошлых кварталов и сравнивает с тем, что случилось потом.</translation>
    </message>
    <message>
        <source>Days after each date to watch (default 90).</source>
        <translation>Сколько дней наблюдать после каждой даты (по умолчанию 90).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>ДНИ</translation>
    </message>
    <message>
        <source>How many past quarter ends (default 4).</source>
        <translation>Сколько прошлых концов кварталов (по умолчанию 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Today, for the back-test (default: today).</source>
        <translation>«Сегодня» для ретротеста (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--horizon takes a number of days; --quarters 1 to 20.</source>
        <translation>--horizon принимает число дней; --quarters — от 1 до 20.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Name the book with --book FILE.</source>
        <translation>Укажите книгу клиентов: --book ФАЙЛ.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 принимает дату в виде ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>Health scores and churn-risk reasons, with their evidence, per account.</source>
        <translation>Оценки здоровья и причины риска оттока с основаниями, по каждому клиенту.</translation>
    </message>
    <message>
        <source>Use only data known on this date (default: today).</source>
        <translation>Использовать только данные, известные на эту дату (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>No paying account with id %1 on %2.</source>
        <translation>Нет платящего клиента с идентификатором %1 на %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, delimiter %5</source>
        <translation>%1: %2 (%3), %4, разделитель %5</translation>
    </message>
    <message>
        <source>mapping remembered for these headers</source>
        <translation>сопоставление для этих заголовков запомнено</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 rejected; %7 new accounts (%8 s)</source>
        <translation>Прочитано строк: %1; добавлено %2, обновлено %3, без изменений %4, пропущено %5, отклонено %6; новых клиентов: %7 (%8 с)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) look like existing ones; review them before merging:</source>
        <translation>
            <numerusform>%n новый клиент похож на существующих; проверьте перед объединением:</numerusform>
            <numerusform>%n новых клиента похожи на существующих; проверьте перед объединением:</numerusform>
            <numerusform>%n новых клиентов похожи на существующих; проверьте перед объединением:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; (%3) → account %4; like account %5 &quot;%6&quot; (%7)</source>
        <translation>строка %1: «%2» (%3) → клиент %4; похож на клиента %5 «%6» (%7)</translation>
    </message>
    <message>
        <source>Imports CSV exports (billing systems, customers, currency rates, contacts, usage, tickets, surveys, feature requests, goals) into a book, as one transaction: every accepted row lands, or none does.</source>
        <translation>Импортирует CSV-выгрузки (биллинговые системы, клиенты, курсы валют, контакты, использование, обращения, опросы, запросы функций, цели) в книгу клиентов одной транзакцией: записываются все принятые строки или ни одной.</translation>
    </message>
    <message>
        <source>What the files hold: %1 (default: detected).</source>
        <translation>Что содержат файлы: %1 (по умолчанию: определяется автоматически).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Read the files as this export (default: recognised from the headers): %1.</source>
        <translation>Читать файлы как эту выгрузку (по умолчанию: распознаётся по заголовкам): %1.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The source system&apos;s name stored with the rows (default: the preset&apos;s, or generic).</source>
        <translation>Название системы-источника, сохраняемое со строками (по умолчанию: из шаблона или generic).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, windows-1251 or gb18030 (default: detected).</source>
        <translation>utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, windows-1251 или gb18030 (по умолчанию: определяется автоматически).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>, ; | or tab (default: detected).</source>
        <translation>, ; | или tab (по умолчанию: определяется автоматически).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>mdy or dmy, for date columns where every value reads both ways.</source>
        <translation>mdy или dmy — для столбцов дат, где каждое значение читается обоими способами.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ПОРЯДОК</translation>
    </message>
    <message>
        <source>Check and count everything; write nothing.</source>
        <translation>Проверить и посчитать всё, ничего не записывая.</translation>
    </message>
    <message>
        <source>Import the valid rows even when some are rejected.</source>
        <translation>Импортировать допустимые строки, даже если часть отклонена.</translation>
    </message>
    <message>
        <source>Save the rejected rows to this CSV file.</source>
        <translation>Сохранить отклонённые строки в этот CSV-файл.</translation>
    </message>
    <message>
        <source>Create the book first if there is none.</source>
        <translation>Сначала создать книгу клиентов, если её нет.</translation>
    </message>
    <message>
        <source>tenure import needs --book FILE and at least one CSV file.</source>
        <translation>tenure import требует --book ФАЙЛ и хотя бы один CSV-файл.</translation>
    </message>
    <message>
        <source>--kind takes one of: %1.</source>
        <translation>--kind принимает одно из: %1.</translation>
    </message>
    <message>
        <source>Unknown preset %1; known: %2.</source>
        <translation>Неизвестный шаблон %1; известные: %2.</translation>
    </message>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>Неизвестная кодировка %1.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; | or tab.</source>
        <translation>--delimiter принимает , ; | или tab.</translation>
    </message>
    <message>
        <source>--date-order takes mdy or dmy.</source>
        <translation>--date-order принимает mdy или dmy.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>%n строка отклонена; книга клиентов не изменена. Исправьте её или импортируйте остальные с --skip-invalid.</numerusform>
            <numerusform>%n строки отклонены; книга клиентов не изменена. Исправьте их или импортируйте остальные с --skip-invalid.</numerusform>
            <numerusform>%n строк отклонено; книга клиентов не изменена. Исправьте их или импортируйте остальные с --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>start MRR</source>
        <translation>MRR на начало</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>расширение</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>отток</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <source>end MRR</source>
        <translation>MRR на конец</translation>
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
        <translation>удержание клиентов</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>MRR in %1; retention of the customers paying before each period.
</source>
        <translation>MRR в %1; удержание клиентов, плативших до начала каждого периода.
</translation>
    </message>
    <message>
        <source>MRR movements, NRR, GRR and logo retention per period.</source>
        <translation>Движение MRR, NRR, GRR и удержание клиентов по периодам.</translation>
    </message>
    <message>
        <source>month, quarter or year.</source>
        <translation>month, quarter или year.</translation>
    </message>
    <message>
        <source>First month (default: the book&apos;s first).</source>
        <translation>Первый месяц (по умолчанию: первый месяц книги клиентов).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ГГГГ-ММ</translation>
    </message>
    <message>
        <source>Last month (default: the as-of month).</source>
        <translation>Последний месяц (по умолчанию: месяц расчётной даты).</translation>
    </message>
    <message>
        <source>Group by segment, owner or plan.</source>
        <translation>Группировать по segment, owner или plan.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>ПОЛЕ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>Только этот сегмент.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this owner.</source>
        <translation>Только этот ответственный.</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>Только этот тариф.</translation>
    </message>
    <message>
        <source>--period takes month, quarter or year.</source>
        <translation>--period принимает month, quarter или year.</translation>
    </message>
    <message>
        <source>--method takes cohort or renewal.</source>
        <translation>--method принимает cohort или renewal.</translation>
    </message>
    <message>
        <source>--by takes segment, owner or plan.</source>
        <translation>--by принимает segment, owner или plan.</translation>
    </message>
    <message>
        <source>Paints the quarterly retention report to a PDF, without a display.</source>
        <translation>Формирует квартальный отчёт об удержании в PDF, без дисплея.</translation>
    </message>
    <message>
        <source>YYYYQN</source>
        <translation>ГГГГQN</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>PDF-файл для записи.</translation>
    </message>
    <message>
        <source>Also write the report&apos;s tables as CSV files here.</source>
        <translation>Также записать таблицы отчёта сюда в виде CSV-файлов.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>--out names the PDF to write.</source>
        <translation>--out задаёт PDF-файл для записи.</translation>
    </message>
    <message>
        <source>Quarterly retention report %1</source>
        <translation>Квартальный отчёт об удержании %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s) in %2 ms.</source>
        <translation>
            <numerusform>Записан %1: %n страница за %2 мс.</numerusform>
            <numerusform>Записан %1: %n страницы за %2 мс.</numerusform>
            <numerusform>Записан %1: %n страниц за %2 мс.</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>медиана %1 мес.</translation>
    </message>
    <message>
        <source>median not reached</source>
        <translation>медиана не достигнута</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3
</source>
        <translation>%1: клиентов %2, %3
</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под риском</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>ушли</translation>
    </message>
    <message>
        <source>censored</source>
        <translation>цензурированы</translation>
    </message>
    <message>
        <source>survival</source>
        <translation>дожитие</translation>
    </message>
    <message>
        <source>lower 95%</source>
        <translation>нижняя 95%</translation>
    </message>
    <message>
        <source>upper 95%</source>
        <translation>верхняя 95%</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival of accounts by months since they first paid, with the number at risk, the median and a 95% band.</source>
        <translation>Дожитие клиентов по Каплану — Мейеру по месяцам с первой оплаты, с числом под риском, медианой и 95-процентной полосой.</translation>
    </message>
    <message>
        <source>One curve per segment, plan, owner or cohort (signup quarter).</source>
        <translation>По кривой на сегмент, тариф, ответственного или когорту (квартал регистрации).</translation>
    </message>
    <message>
        <source>--by takes segment, plan, owner or cohort.</source>
        <translation>--by принимает segment, plan, owner или cohort.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>Open tasks: overdue, due today and upcoming, oldest first.</source>
        <translation>Открытые задачи: просроченные, на сегодня и предстоящие, сначала старые.</translation>
    </message>
    <message>
        <source>Only this owner&apos;s tasks (default: everyone&apos;s).</source>
        <translation>Только задачи этого ответственного (по умолчанию: всех).</translation>
    </message>
    <message>
        <source>Only tasks due by then.</source>
        <translation>Только задачи со сроком до этой даты.</translation>
    </message>
    <message>
        <source>The day that counts as today (default: today).</source>
        <translation>День, который считать сегодняшним (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>на сегодня</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Открытых задач нет.</translation>
    </message>
    <message>
        <source>The quarter of the book&apos;s fiscal year, e.g. 2026Q3 (or FY2027Q1).</source>
        <translation>Квартал финансового года книги, например 2026Q3 (или FY2027Q1).</translation>
    </message>
    <message>
        <source>cohort (customers paying before the period) or renewal (contracts up for renewal in the period); default: the book&apos;s setting.</source>
        <translation>cohort (клиенты, платившие до начала периода) или renewal (договоры, подлежащие продлению в периоде); по умолчанию — настройка книги.</translation>
    </message>
    <message>
        <source>tenure %1 takes no arguments besides its options; remove %2.</source>
        <translation>tenure %1 не принимает аргументов, кроме параметров; уберите %2.</translation>
    </message>
    <message>
        <source>--%1 takes a date from %2 to %3, not %4.</source>
        <translation>--%1 принимает дату с %2 по %3, а не %4.</translation>
    </message>
    <message>
        <source>--%1 takes a quarter such as 2026Q3, of a year from %2 to %3.</source>
        <translation>--%1 принимает квартал, например 2026Q3, года с %2 по %3.</translation>
    </message>
    <message>
        <source>--from and --to take months as YYYY-MM, in order, of years from %1 to %2.</source>
        <translation>--from и --to принимают месяцы в виде YYYY-MM, по порядку, годов с %1 по %2.</translation>
    </message>
    <message>
        <source>major or minor: whether amounts are written in whole units (49.00) or cents (4900), where the export does not say.</source>
        <translation>major или minor: записаны ли суммы в целых единицах (49.00) или в центах (4900), если выгрузка этого не указывает.</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>ЕДИНИЦЫ</translation>
    </message>
    <message>
        <source>The billing interval of prices the file gives without one: month, year, quarter, week, &quot;6 months&quot;.</source>
        <translation>Интервал оплаты для цен, которые в файле даны без него: month, year, quarter, week, &quot;6 months&quot;.</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>, or . : the character that separates decimals in every number column, where the numbers read both ways (1.234).</source>
        <translation>, или . : символ, отделяющий дробную часть во всех числовых столбцах, где числа читаются двояко (1.234).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Read columns as Tenure&apos;s fields: &quot;Account Owner=owner,Company Domain Name=domain&quot; (may be repeated).</source>
        <translation>Читать столбцы как поля Tenure: &quot;Account Owner=owner,Company Domain Name=domain&quot; (можно повторять).</translation>
    </message>
    <message>
        <source>HEADER=FIELD,...</source>
        <translation>ЗАГОЛОВОК=ПОЛЕ,...</translation>
    </message>
    <message>
        <source>Read the files with a mapping saved in the book under this name.</source>
        <translation>Читать файлы с сопоставлением, сохранённым в книге клиентов под этим именем.</translation>
    </message>
    <message>
        <source>After the import, save the file&apos;s mapping in the book under this name.</source>
        <translation>После импорта сохранить сопоставление файла в книге клиентов под этим именем.</translation>
    </message>
    <message>
        <source>A fixed exchange rate for amounts the book has no rate for: EUR=1.08 (base-currency units per unit; kept in the book from the first day it is needed).</source>
        <translation>Фиксированный курс для сумм, для которых в книге клиентов нет курса: EUR=1.08 (единиц базовой валюты за единицу; сохраняется в книге с первого дня, когда он нужен).</translation>
    </message>
    <message>
        <source>CUR=RATE,...</source>
        <translation>ВАЛ=КУРС,...</translation>
    </message>
    <message>
        <source>Print how the files would be read (encoding, delimiter, header, preset, each column&apos;s field, the first rows typed, what is missing); import nothing. --book is optional.</source>
        <translation>Показать, как будут прочитаны файлы (кодировка, разделитель, заголовок, шаблон, поле каждого столбца, первые строки в разобранном виде, чего не хватает); ничего не импортировать. --book необязателен.</translation>
    </message>
    <message>
        <source>The files to import, or folders whose CSV files to import together.</source>
        <translation>Файлы для импорта или папки, все CSV-файлы которых импортируются вместе.</translation>
    </message>
    <message>
        <source>--decimal takes , or .</source>
        <translation>--decimal принимает , или .</translation>
    </message>
    <message>
        <source>--save-mapping saves the mapping of one file; name one.</source>
        <translation>--save-mapping сохраняет сопоставление одного файла; укажите один файл.</translation>
    </message>
    <message>
        <source>%1 (where the other is empty)</source>
        <translation>%1 (когда другой пуст)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>minor units (cents)</source>
        <translation>в мелких единицах (центах)</translation>
    </message>
    <message>
        <source>major units</source>
        <translation>в основных единицах</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>кодировка: %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>разделитель: %1</translation>
    </message>
    <message>
        <source>header: line %1</source>
        <translation>заголовок: строка %1</translation>
    </message>
    <message>
        <source>header: none</source>
        <translation>заголовок: нет</translation>
    </message>
    <message>
        <source>line %1 passed over: %2</source>
        <translation>строка %1 пропущена: %2</translation>
    </message>
    <message>
        <source>a mapping saved in the book</source>
        <translation>сопоставление, сохранённое в книге клиентов</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>без шаблона</translation>
    </message>
    <message>
        <source>read as: %1 (%2), amounts in %3</source>
        <translation>читается как: %1 (%2), суммы %3</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>столбцы:</translation>
    </message>
    <message>
        <source>first rows, as read:</source>
        <translation>первые строки, как они прочитаны:</translation>
    </message>
    <message>
        <source>line %1:</source>
        <translation>строка %1:</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>nothing missing: the file can be imported</source>
        <translation>ничего не упущено: файл можно импортировать</translation>
    </message>
    <message>
        <source>to settle: %1</source>
        <translation>нужно решить: %1</translation>
    </message>
    <message>
        <source>columns mapped by hand</source>
        <translation>столбцы сопоставлены вручную</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) passed over</source>
        <translation>
            <numerusform>… и ещё %n строка пропущена</numerusform>
            <numerusform>… и ещё %n строки пропущены</numerusform>
            <numerusform>… и ещё %n строк пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>its rows lend their columns to %1</source>
        <translation>его строки дополняют столбцами %1</translation>
    </message>
    <message>
        <source>MRR in this file on %1, its latest start: %2</source>
        <translation>MRR в этом файле на %1, последнюю дату начала в нём: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no exchange rate to %2 for %n month(s): %3.</source>
        <translation>
            <numerusform>Для %1 нет курса к %2 за %n месяц: %3.</numerusform>
            <numerusform>Для %1 нет курса к %2 за %n месяца: %3.</numerusform>
            <numerusform>Для %1 нет курса к %2 за %n месяцев: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the rates (%1 units one unit is worth; a rate holds until the next one) in a file such as rates.csv:</source>
        <translation>Укажите курсы (сколько единиц %1 стоит одна единица; курс действует до следующего) в файле, например rates.csv:</translation>
    </message>
    <message>
        <source>and import it with the same files: tenure import --book %1 rates.csv …</source>
        <translation>и импортируйте его вместе с теми же файлами: tenure import --book %1 rates.csv …</translation>
    </message>
    <message>
        <source>or give one fixed rate for this import: --rate %1=1.08</source>
        <translation>или задайте один фиксированный курс для этого импорта: --rate %1=1.08</translation>
    </message>
    <message>
        <source>The new book could not be named %1 (a file of that name appeared meanwhile, or the folder refused it).</source>
        <translation>Новую книгу клиентов не удалось назвать %1 (тем временем появился файл с таким именем, или папка не позволила переименование).</translation>
    </message>
    <message>
        <source>Stopped; the book was not changed.</source>
        <translation>Остановлено; книга клиентов не изменена.</translation>
    </message>
    <message>
        <source>merge a duplicate account into another</source>
        <translation>присоединить клиента-дубликат к другому клиенту</translation>
    </message>
    <message>
        <source>ARR expected lost next quarter, with its band</source>
        <translation>ожидаемая потеря ARR в следующем квартале, с полосой</translation>
    </message>
    <message>
        <source>--%1 takes an account id (a number, as `tenure health` and `tenure import` show them).</source>
        <translation>--%1 принимает идентификатор клиента (число, как их показывают `tenure health` и `tenure import`).</translation>
    </message>
    <message>
        <source>Merges one account into another: every row of the first (subscriptions, invoices, signals, contacts, actions, tasks, milestones, events, external ids) moves to the second, which keeps its own fields and takes the first&apos;s where it has none; the first account is then removed.</source>
        <translation>Присоединяет одного клиента к другому: все строки первого (подписки, счета, сигналы, контакты, действия, задачи, этапы, события, внешние идентификаторы) переходят ко второму, который сохраняет свои поля и берёт поля первого там, где своих нет; затем первый клиент удаляется.</translation>
    </message>
    <message>
        <source>The account merged away (a duplicate).</source>
        <translation>Присоединяемый клиент (дубликат).</translation>
    </message>
    <message>
        <source>The account kept.</source>
        <translation>Остающийся клиент.</translation>
    </message>
    <message numerus="yes">
        <source>Merged account %1 into account %2: %n row(s) moved.</source>
        <translation>
            <numerusform>Клиент %1 присоединён к клиенту %2: перенесена %n строка.</numerusform>
            <numerusform>Клиент %1 присоединён к клиенту %2: перенесены %n строки.</numerusform>
            <numerusform>Клиент %1 присоединён к клиенту %2: перенесено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tenure accounts merge --book FILE --from ID --into ID</source>
        <translation>Использование: tenure accounts merge --book ФАЙЛ --from ID --into ID</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>сократились</translation>
    </message>
    <message>
        <source>either</source>
        <translation>любое из двух</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>сработала</translation>
    </message>
    <message>
        <source>churned where fired</source>
        <translation>ушли, где сработала</translation>
    </message>
    <message>
        <source>churned where not</source>
        <translation>ушли, где нет</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>лифт</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-процентный интервал</translation>
    </message>
    <message>
        <source>The book holds no dated data: nothing to back-test.
</source>
        <translation>В книге клиентов нет данных с датами: проводить ретротест не на чем.
</translation>
    </message>
    <message>
        <source>The book&apos;s data runs through %1.
</source>
        <translation>Данные книги клиентов доходят до %1.
</translation>
    </message>
    <message>
        <source>No quarter end has a complete %1-day horizon within the data.
</source>
        <translation>Ни у одного конца квартала нет полного горизонта в %1 дн. в пределах данных.
</translation>
    </message>
    <message>
        <source>Health scored on %1; followed for %2 days after each.
</source>
        <translation>Здоровье оценено на %1; наблюдение — %2 дн. после каждой даты.
</translation>
    </message>
    <message>
        <source>Left out: %1, whose %2-day horizon runs past the book&apos;s data (%3 paying accounts then, not counted as kept or lost).
</source>
        <translation>Не учтены: %1 — горизонт в %2 дн. выходит за пределы данных книги клиентов (платящих клиентов на тот момент: %3; они не считаются ни сохранёнными, ни потерянными).
</translation>
    </message>
    <message>
        <source>%1 accounts scored.

</source>
        <translation>Оценено клиентов: %1.

</translation>
    </message>
    <message>
        <source>
AUC: the chance that an account with the outcome scored worse than one with neither (0.5 is a coin toss).
</source>
        <translation>
AUC: вероятность того, что клиент с этим исходом оценён хуже клиента без обоих исходов (0,5 — подбрасывание монетки).
</translation>
    </message>
    <message>
        <source>Worst-scored tenth: churned or contracted %1× as often as the book

</source>
        <translation>Худшая по оценке десятая часть уходила или сокращалась в %1 раза чаще, чем вся книга клиентов

</translation>
    </message>
    <message>
        <source>
Each reason&apos;s lift: the churn rate where it fired over the churn rate where it did not.
</source>
        <translation>
Лифт каждой причины: доля оттока там, где она сработала, делённая на долю оттока там, где она не сработала.
</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>Forecast for %1 from the data known on %2, %3.
</source>
        <translation>Прогноз на %1 по данным, известным на %2, %3.
</translation>
    </message>
    <message>
        <source>every owner&apos;s accounts</source>
        <translation>клиенты всех ответственных</translation>
    </message>
    <message>
        <source>%1&apos;s accounts</source>
        <translation>клиенты ответственного %1</translation>
    </message>
    <message>
        <source>Calibrated on %1 past quarter ends: %2 churned and %3 contracted within 90 days (a contraction lost %4% of MRR on average).
</source>
        <translation>Калибровка по %1 концам прошлых кварталов: за 90 дней ушли — %2, сократились — %3 (при сокращении терялось в среднем %4% MRR).
</translation>
    </message>
    <message>
        <source>Churn %1, contraction %2; the band is the 10th to 90th percentile of %3 simulated quarters.

</source>
        <translation>Отток %1, сокращение %2; полоса — от 10-го до 90-го перцентиля смоделированных кварталов (%3).

</translation>
    </message>
    <message>
        <source>top reason</source>
        <translation>главная причина</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Что произошло: %1</translation>
    </message>
    <message>
        <source>ARR expected lost to churn and contraction in a quarter, with an 80% band, from the book&apos;s own history; for a past quarter, beside what happened.</source>
        <translation>Ожидаемая потеря ARR из-за оттока и сокращения за квартал, с 80-процентной полосой, по собственной истории книги клиентов; для прошедшего квартала — рядом с тем, что произошло на самом деле.</translation>
    </message>
    <message>
        <source>The quarter of the book&apos;s fiscal year, e.g. 2027Q1 (default: the next).</source>
        <translation>Квартал финансового года книги, например 2027Q1 (по умолчанию: следующий).</translation>
    </message>
    <message>
        <source>QUARTER</source>
        <translation>КВАРТАЛ</translation>
    </message>
    <message>
        <source>Only this owner&apos;s accounts.</source>
        <translation>Только клиенты этого ответственного.</translation>
    </message>
    <message>
        <source>Today, for the forecast (default: today).</source>
        <translation>«Сегодня» для прогноза (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>%1 starts after the next quarter: only quarters up to %2 can be forecast on %3.</source>
        <translation>%1 начинается после следующего квартала: на %3 можно спрогнозировать только кварталы до %2 включительно.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 (#%2): health %3 (%4% of its weight known), outcome %5, experience %6, relationship %7, %8
</source>
        <translation>%1 (№%2): здоровье %3 (известно %4% веса), результат %5, впечатления %6, отношения %7, %8
</translation>
    </message>
    <message>
        <source>--merge-into %1: the book has no account %1; nothing was imported.</source>
        <translation>--merge-into %1: в книге клиентов нет клиента %1; ничего не импортировано.</translation>
    </message>
    <message>
        <source>header: lines %1 and %2 (the answers named under the questions)</source>
        <translation>заголовок: строки %1 и %2 (варианты ответов подписаны под вопросами)</translation>
    </message>
    <message numerus="yes">
        <source>one column per date: columns %1 to %2 (%3 to %4) each give a row of %n day(s) per account, dated by their header</source>
        <translation>
            <numerusform>по столбцу на дату: столбцы с %1 по %2 (с %3 по %4) дают каждый по строке за %n день на клиента, с датой из заголовка</numerusform>
            <numerusform>по столбцу на дату: столбцы с %1 по %2 (с %3 по %4) дают каждый по строке за %n дня на клиента, с датой из заголовка</numerusform>
            <numerusform>по столбцу на дату: столбцы с %1 по %2 (с %3 по %4) дают каждый по строке за %n дней на клиента, с датой из заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer that only resembles this account (the possible duplicates tenure import lists; see them first with --dry-run) joins it instead of becoming a new account (may be repeated).</source>
        <translation>Клиент, который лишь похож на этого клиента (возможные дубликаты, которые показывает tenure import; сначала посмотрите их с --dry-run), присоединяется к нему, а не становится новым клиентом (можно повторять).</translation>
    </message>
    <message>
        <source>--merge-into takes an account id (a number, as tenure import lists them).</source>
        <translation>--merge-into принимает идентификатор клиента (число, как их показывает tenure import).</translation>
    </message>
    <message>
        <source>To merge a pair: tenure accounts merge --book BOOK --from NEW --into EXISTING (or Merge into… in the window&apos;s account list, undoable); before importing, --dry-run lists them and --merge-into EXISTING joins them to it</source>
        <translation>Чтобы объединить пару: tenure accounts merge --book КНИГА --from НОВЫЙ --into СУЩЕСТВУЮЩИЙ (или «Присоединить к…» в списке клиентов в окне, с возможностью отмены); перед импортом --dry-run показывает их, а --merge-into СУЩЕСТВУЮЩИЙ присоединяет их к нему</translation>
    </message>
    <message>
        <source>copy a book between a file and a PostgreSQL server</source>
        <translation>копирование книги клиентов между файлом и сервером PostgreSQL</translation>
    </message>
    <message>
        <source>make an empty PostgreSQL database a team book, with its roles</source>
        <translation>превратить пустую базу данных PostgreSQL в командную книгу клиентов с ролями</translation>
    </message>
    <message>
        <source>Copies a whole book between a book file and a PostgreSQL database: a file to an empty database (all of it in one transaction, or nothing), or a database&apos;s book to a new file. Every id, date and amount arrives as it was. The source is only read.</source>
        <translation>Копирует книгу клиентов целиком между файлом книги и базой данных PostgreSQL: из файла в пустую базу данных (всё одной транзакцией или ничего) или из базы данных в новый файл. Все идентификаторы, даты и суммы переносятся как есть. Источник только читается.</translation>
    </message>
    <message>
        <source>The book to copy: a .tenure file or a postgresql:// URI.</source>
        <translation>Книга клиентов для копирования: файл .tenure или URI postgresql://.</translation>
    </message>
    <message>
        <source>BOOK</source>
        <translation>КНИГА</translation>
    </message>
    <message>
        <source>Where to: a new .tenure file, or a postgresql:// URI of an empty database.</source>
        <translation>Куда: новый файл .tenure или URI postgresql:// пустой базы данных.</translation>
    </message>
    <message>
        <source>Name both books with --from BOOK and --to BOOK.</source>
        <translation>Укажите обе книги клиентов: --from КНИГА и --to КНИГА.</translation>
    </message>
    <message>
        <source>tenure book copy copies between a file and a server: one of --from and --to is a .tenure file, the other a postgresql:// URI.</source>
        <translation>tenure book copy копирует между файлом и сервером: одно из --from и --to — файл .tenure, другое — URI postgresql://.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 tables.</source>
        <translation>
            <numerusform>Скопирована %n строка (таблиц: %1).</numerusform>
            <numerusform>Скопированы %n строки (таблиц: %1).</numerusform>
            <numerusform>Скопировано %n строк (таблиц: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty database, as a postgresql:// URI.</source>
        <translation>Пустая база данных в виде URI postgresql://.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>What the roles&apos; names start with (the database&apos;s name if not given).</source>
        <translation>С чего начинаются имена ролей (если не указано — имя базы данных).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>ПРЕФИКС</translation>
    </message>
    <message>
        <source>Name the team&apos;s database with --book postgresql://USER@HOST/DATABASE.</source>
        <translation>Укажите базу данных команды: --book postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The team book is ready, with the roles %1.</source>
        <translation>Командная книга клиентов готова, роли: %1.</translation>
    </message>
    <message>
        <source>Usage: tenure book copy --from BOOK --to BOOK</source>
        <translation>Использование: tenure book copy --from КНИГА --to КНИГА</translation>
    </message>
    <message>
        <source>Makes an empty PostgreSQL database a team book: the book&apos;s schema and four group roles with their grants: PREFIX_owner (the schema and the book&apos;s preferences), PREFIX_manager (every table), PREFIX_csm (reads everything, or only its own accounts; writes actions, tasks, plays run and reviews) and PREFIX_reporting (reads everything). People log in with roles of their own made members of one of them, named in the team_members table as the accounts name their owners.</source>
        <translation>Делает пустую базу данных PostgreSQL командной книгой клиентов: схема книги и четыре групповые роли с их правами: PREFIX_owner (схема и настройки книги), PREFIX_manager (все таблицы), PREFIX_csm (читает всё или только своих клиентов; записывает действия, задачи, запуски сценариев и отметки о просмотре) и PREFIX_reporting (читает всё). Люди входят под собственными ролями, включёнными в одну из них и названными в таблице team_members так, как клиенты называют своих владельцев.</translation>
    </message>
    <message>
        <source>all: CSMs read every account (the default); own: only the accounts they own, enforced by the server.</source>
        <translation>all: CSM читают всех клиентов (по умолчанию); own: только своих клиентов, это обеспечивает сервер.</translation>
    </message>
    <message>
        <source>all|own</source>
        <translation>all|own</translation>
    </message>
    <message>
        <source>--csm-sees takes all or own, not &quot;%1&quot;.</source>
        <translation>--csm-sees принимает all или own, а не «%1».</translation>
    </message>
    <message>
        <source>Add a person with, for example: CREATE ROLE dana LOGIN IN ROLE %1; INSERT INTO team_members VALUES (&apos;dana&apos;, &apos;Dana Whitfield&apos;);</source>
        <translation>Добавьте человека, например: CREATE ROLE dana LOGIN IN ROLE %1; INSERT INTO team_members VALUES (&apos;dana&apos;, &apos;Dana Whitfield&apos;);</translation>
    </message>
    <message>
        <source>Usage: tenure team init --book URI [--role-prefix PREFIX] [--csm-sees all|own]</source>
        <translation>Использование: tenure team init --book URI [--role-prefix ПРЕФИКС] [--csm-sees all|own]</translation>
    </message>
    <message>
        <source>The book to read: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>Книга для чтения: файл .tenure или URI командной книги postgresql://.</translation>
    </message>
    <message>
        <source>The book to change: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>Изменяемая книга: файл .tenure или URI postgresql:// командной книги.</translation>
    </message>
    <message>
        <source>The book to import into: a .tenure file, or a team book&apos;s postgresql:// URI.</source>
        <translation>Книга для импорта: файл .tenure или URI postgresql:// командной книги.</translation>
    </message>
</context>
<context>
    <name>tenure::app::DemoCommand</name>
    <message>
        <source>Run `tenure demo --help` for the options.</source>
        <translation>Параметры: `tenure demo --help`.</translation>
    </message>
    <message>
        <source>Writes a demo book: made-up accounts with billing, usage, support, surveys and CSM history, the same for the same options.</source>
        <translation>Создаёт демонстрационную книгу клиентов: вымышленные клиенты с оплатами, использованием, поддержкой, опросами и историей работы CSM; при одинаковых параметрах — одинаковая.</translation>
    </message>
    <message>
        <source>The new book file (must not exist).</source>
        <translation>Новый файл книги клиентов (не должен существовать).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Number of accounts, 1 to 1000000.</source>
        <translation>Число клиентов, от 1 до 1000000.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same book.</source>
        <translation>Начальное значение генератора; одно и то же значение даёт одну и ту же книгу.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Months of history, 1 to 240.</source>
        <translation>Месяцев истории, от 1 до 240.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The book&apos;s today (default: the real today).</source>
        <translation>«Сегодня» книги клиентов (по умолчанию: настоящее сегодня).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Неожиданный аргумент %1.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>Требуется --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>--accounts must be a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--accounts должно быть целым числом от 1 до 1000000, а не «%1».</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed должно быть целым числом, а не «%1».</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 240, not &quot;%1&quot;.</source>
        <translation>--months должно быть целым числом от 1 до 240, а не «%1».</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Could not write the demo book: %1</source>
        <translation>Не удалось записать демонстрационную книгу клиентов: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 accounts, %3 rows (%4 subscription periods, %5 usage weeks, %6 tickets, %7 survey responses, %8 actions, %9 playbook tasks) in %10 s</source>
        <translation>Записан %1: клиентов %2, строк %3 (периодов подписки %4, недель использования %5, обращений %6, ответов на опросы %7, действий %8, задач сценариев %9) за %10 с</translation>
    </message>
</context>
<context>
    <name>tenure::demo::DemoGenerator</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Generating demo accounts</source>
        <translation>Создание демонстрационных клиентов</translation>
    </message>
    <message>
        <source>Could not move the new book to %1.</source>
        <translation>Не удалось переместить новую книгу клиентов в %1.</translation>
    </message>
</context>
<context>
    <name>tenure::forecast::QuarterForecast</name>
    <message>
        <source>No forecast for %1: %2</source>
        <translation>Нет прогноза на %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 ARR expected lost to churn and contraction in %3 (80% band %4 to %5).</source>
        <translation>Из ARR %2 в %3 ожидается потеря %1 из-за оттока и сокращения (80-процентная полоса: от %4 до %5).</translation>
    </message>
    <message>
        <source>Contraction is left out: %1</source>
        <translation>Сокращение не учтено: %1</translation>
    </message>
    <message>
        <source>Accounts without a health score are not in it: %1 (%2 ARR).</source>
        <translation>Клиенты без оценки здоровья в прогноз не вошли: %1 (ARR %2).</translation>
    </message>
    <message>
        <source>Lost %1: churn %2, contraction %3.</source>
        <translation>Потеряно %1: отток %2, сокращение %3.</translation>
    </message>
    <message>
        <source>No reason fired</source>
        <translation>Ни одна причина не сработала</translation>
    </message>
</context>
<context>
    <name>tenure::health::Calibration</name>
    <message>
        <source>churned</source>
        <translation>ушли</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>сократились</translation>
    </message>
    <message>
        <source>churned or contracted</source>
        <translation>ушли или сократились</translation>
    </message>
    <message>
        <source>The book holds no dated data.</source>
        <translation>В книге клиентов нет данных с датами.</translation>
    </message>
    <message>
        <source>Only %1 past quarter ends have a complete %2-day horizon within the book&apos;s data (through %3); a probability needs at least %4.</source>
        <translation>Полный горизонт в %2 дн. в пределах данных книги клиентов (до %3) есть только у %1 концов прошлых кварталов; для вероятности нужно не меньше %4.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 accounts scored at %3 past quarter ends %4 within %5 days; a probability needs at least %6.</source>
        <translation>Лишь %1 из %2 клиентов, оценённых на %3 концах прошлых кварталов, %4 в течение %5 дн.; для вероятности нужно не меньше %6.</translation>
    </message>
    <message>
        <source>The account has no health score to compare.</source>
        <translation>У клиента нет оценки здоровья для сравнения.</translation>
    </message>
</context>
<context>
    <name>tenure::health::DangerZone</name>
    <message>
        <source>No danger zone yet: too few accounts report usage.</source>
        <translation>Опасной зоны пока нет: слишком мало клиентов передают данные об использовании.</translation>
    </message>
    <message>
        <source>Danger zone: below %1% of licences used, the bottom quartile of the paying accounts (not enough churn history to fit it).</source>
        <translation>Опасная зона: использовано меньше %1% лицензий — нижняя четверть платящих клиентов (истории оттока недостаточно для расчёта).</translation>
    </message>
    <message>
        <source>Danger zone: below %1% of licences used, fitted from %2 accounts followed for %3 days: %4% of those below it churned, %5% of those above.</source>
        <translation>Опасная зона: использовано меньше %1% лицензий; рассчитана по %2 клиентам за %3 дн. наблюдения: ниже линии ушли %4%, выше — %5%.</translation>
    </message>
</context>
<context>
    <name>tenure::health::Detectors</name>
    <message>
        <source>MRR fell %1% in 90 days (%2 → %3)</source>
        <translation>MRR упал на %1% за 90 дней (%2 → %3)</translation>
    </message>
    <message numerus="yes">
        <source>Renews in %1 days (%2) with %n risk reason(s) open</source>
        <translation>
            <numerusform>Продление через %1 дн. (%2), открыта %n причина риска</numerusform>
            <numerusform>Продление через %1 дн. (%2), открыты %n причины риска</numerusform>
            <numerusform>Продление через %1 дн. (%2), открыто %n причин риска</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 days, latest &quot;%2&quot; (%3)</source>
        <translation>
            <numerusform>%n запрос за %1 дн., последний «%2» (%3)</numerusform>
            <numerusform>%n запроса за %1 дн., последний «%2» (%3)</numerusform>
            <numerusform>%n запросов за %1 дн., последний «%2» (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) open more than %1 days</source>
        <translation>
            <numerusform>%n обращение открыто дольше %1 дн.</numerusform>
            <numerusform>%n обращения открыты дольше %1 дн.</numerusform>
            <numerusform>%n обращений открыто дольше %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n escalated in 90 days</source>
        <translation>
            <numerusform>, %n эскалировано за 90 дней</numerusform>
            <numerusform>, %n эскалировано за 90 дней</numerusform>
            <numerusform>, %n эскалировано за 90 дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open bug(s)</source>
        <translation>
            <numerusform>, %n открытая ошибка</numerusform>
            <numerusform>, %n открытые ошибки</numerusform>
            <numerusform>, %n открытых ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 (detractor)</source>
        <translation>NPS %1 (критик)</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 из 5</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> от %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> %1</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Спонсор из руководства</translation>
    </message>
    <message>
        <source>Closing down</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Поглощение</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>Реструктуризация</translation>
    </message>
    <message>
        <source>Leadership change</source>
        <translation>Смена руководства</translation>
    </message>
    <message>
        <source>%1 %2 left on %3; no other sponsor</source>
        <translation>%1 %2 ушёл(ушла) %3; других спонсоров нет</translation>
    </message>
    <message>
        <source>last active %1 days ago</source>
        <translation>последняя активность %1 дн. назад</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>ни разу не был активен</translation>
    </message>
    <message>
        <source>%1 %2 has gone dark (%3); no other sponsor</source>
        <translation>%1 %2 пропал(а) (%3); других спонсоров нет</translation>
    </message>
    <message>
        <source>No CSM contact for %1 days (last: %2 on %3)</source>
        <translation>Нет контакта с CSM %1 дн. (последний: %2, %3)</translation>
    </message>
    <message>
        <source>No CSM contact logged since the account started %1 days ago</source>
        <translation>С начала работы с клиентом %1 дн. назад контакт с CSM не записан</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 success-plan goals missed (&quot;%3&quot;: %4 of %5 by %6)</source>
        <translation>Не достигнуто целей плана успеха: %1 из %2 («%3»: %4 из %5 к %6)</translation>
    </message>
    <message>
        <source>; weekly active users down %1%</source>
        <translation>; число активных пользователей в неделю упало на %1%</translation>
    </message>
    <message>
        <source>Not live %1 days after the onboarding target (%2)</source>
        <translation>Не запущен через %1 дн. после целевой даты внедрения (%2)</translation>
    </message>
    <message>
        <source>Only %1 of %2 licences used</source>
        <translation>Использовано лишь %1 из %2 лицензий</translation>
    </message>
    <message>
        <source>, below the danger zone (%1% against a line at %2%)</source>
        <translation>, ниже опасной зоны (%1% при линии %2%)</translation>
    </message>
    <message>
        <source>Weekly active users fell %1% in %2 days (%3)</source>
        <translation>Число активных пользователей в неделю упало на %1% за %2 дн. (%3)</translation>
    </message>
</context>
<context>
    <name>tenure::health::HealthScore</name>
    <message>
        <source>Success-plan goals</source>
        <translation>Цели плана успеха</translation>
    </message>
    <message>
        <source>%1 of %2 goals due in the last year achieved</source>
        <translation>Достигнуто %1 из %2 целей со сроком за последний год</translation>
    </message>
    <message>
        <source>Licence utilisation</source>
        <translation>Использование лицензий</translation>
    </message>
    <message>
        <source>%1% of %2 licences in use</source>
        <translation>Используется %1% из %2 лицензий</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>Тренд использования</translation>
    </message>
    <message>
        <source>Weekly active users %1% in %2 days</source>
        <translation>Активные пользователи в неделю: %1% за %2 дн.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS %1 on %2</source>
        <translation>NPS %1 на %2</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT %1 of 5 on %2</source>
        <translation>CSAT %1 из 5 на %2</translation>
    </message>
    <message>
        <source>Support experience</source>
        <translation>Опыт поддержки</translation>
    </message>
    <message>
        <source>%1 tickets open more than %2 days, %3 escalated in 90 days</source>
        <translation>Обращений открыто дольше %2 дн.: %1, эскалировано за 90 дней: %3</translation>
    </message>
    <message>
        <source>Sponsors in place</source>
        <translation>Спонсоры на месте</translation>
    </message>
    <message>
        <source>%1 of %2 sponsors active</source>
        <translation>Активно спонсоров: %1 из %2</translation>
    </message>
    <message>
        <source>CSM contact</source>
        <translation>Контакт с CSM</translation>
    </message>
    <message>
        <source>Last CSM contact %1 days ago</source>
        <translation>Последний контакт с CSM %1 дн. назад</translation>
    </message>
    <message>
        <source>Thriving</source>
        <translation>Процветают</translation>
    </message>
    <message>
        <source>Trapped</source>
        <translation>В ловушке</translation>
    </message>
    <message>
        <source>Silent risk</source>
        <translation>Скрытый риск</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Спасение</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Недостаточно данных</translation>
    </message>
    <message>
        <source>Getting the outcome they bought, and liking the experience: the goal.</source>
        <translation>Получают результат, за который платят, и им нравится работать с вами: это цель.</translation>
    </message>
    <message>
        <source>Getting results but unhappy: rarely churns, but speaks badly of you.</source>
        <translation>Результат есть, но они недовольны: уходят редко, но отзываются о вас плохо.</translation>
    </message>
    <message>
        <source>Likes you but is not getting results: the dangerous one, it churns without warning, defending you on the way out.</source>
        <translation>Вы им нравитесь, но результата нет: самые опасные — уходят без предупреждения, защищая вас на прощание.</translation>
    </message>
    <message>
        <source>Neither results nor a good experience: lost unless rescued.</source>
        <translation>Ни результата, ни хороших впечатлений: уйдут, если их не спасти.</translation>
    </message>
    <message>
        <source>Contact history unknown: no activity in the book yet</source>
        <translation>История контактов неизвестна: в книге клиентов ещё нет действий</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) missed, the latest due %1</source>
        <translation>
            <numerusform>Не достигнута %n цель, срок последней — %1</numerusform>
            <numerusform>Не достигнуты %n цели, срок последней — %1</numerusform>
            <numerusform>Не достигнуто %n целей, срок последней — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of licences in use, under the low-adoption line of %2%</source>
        <translation>Используется %1% лицензий — ниже порога низкого внедрения в %2%</translation>
    </message>
    <message>
        <source>A ticket open %1 days</source>
        <translation>Обращение открыто %1 дн.</translation>
    </message>
    <message>
        <source>A ticket escalated, opened %1</source>
        <translation>Обращение эскалировано, открыто %1</translation>
    </message>
    <message>
        <source>No ticket trouble, and no survey answer to weigh it with: says nothing of the experience</source>
        <translation>Проблем с обращениями нет, но нет и ответов на опросы, чтобы это взвесить: о впечатлениях это ничего не говорит</translation>
    </message>
    <message>
        <source>No ticket on record: the help desk says nothing yet</source>
        <translation>Обращений не записано: служба поддержки пока ничего не сообщает</translation>
    </message>
    <message>
        <source>Not enough data to place the account: no outcome or no experience data, or a health score resting on too little of its weight.</source>
        <translation>Недостаточно данных, чтобы разместить клиента: нет данных о результате или о впечатлениях либо оценка здоровья опирается на слишком малую часть своего веса.</translation>
    </message>
</context>
<context>
    <name>tenure::health::RiskReason</name>
    <message>
        <source>Value not realised</source>
        <translation>Ценность не получена</translation>
    </message>
    <message>
        <source>Stalled onboarding</source>
        <translation>Внедрение застопорилось</translation>
    </message>
    <message>
        <source>Sponsor change</source>
        <translation>Смена спонсора</translation>
    </message>
    <message>
        <source>Low adoption</source>
        <translation>Низкое использование</translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation>Пробел в продукте</translation>
    </message>
    <message>
        <source>Support problems</source>
        <translation>Проблемы с поддержкой</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Негативный отзыв</translation>
    </message>
    <message>
        <source>No proactive contact</source>
        <translation>Нет проактивного контакта</translation>
    </message>
    <message>
        <source>Customer-side event</source>
        <translation>Событие у клиента</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Renewal at risk</source>
        <translation>Продление под угрозой</translation>
    </message>
</context>
<context>
    <name>tenure::import::AccountMatcher</name>
    <message>
        <source>same email domain %1</source>
        <translation>тот же почтовый домен %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же название</translation>
    </message>
</context>
<context>
    <name>tenure::import::BulkLoad</name>
    <message>
        <source>Row %1 of %2 would refer to a missing row of %3; nothing was imported.</source>
        <translation>Строка %1 таблицы %2 ссылалась бы на отсутствующую строку %3; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>tenure::import::ByteSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>tenure::import::Choices</name>
    <message>
        <source>--map takes &quot;Header=field&quot; pairs separated by commas, such as &quot;Account Owner=owner&quot;; &quot;%1&quot; is not one.</source>
        <translation>--map принимает пары «Заголовок=поле» через запятую, например «Account Owner=owner»; «%1» — не такая пара.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not one of Tenure&apos;s fields: %2.</source>
        <translation>--map: «%1» — не поле Tenure; поля: %2.</translation>
    </message>
    <message>
        <source>--map needs at least one &quot;Header=field&quot; pair.</source>
        <translation>--map требует хотя бы одну пару «Заголовок=поле».</translation>
    </message>
    <message>
        <source>--rate takes CURRENCY=RATE, the base-currency units one unit is worth, such as EUR=1.08; &quot;%1&quot; is not one.</source>
        <translation>--rate принимает ВАЛЮТА=КУРС — сколько единиц базовой валюты стоит одна единица, например EUR=1.08; «%1» — не такая пара.</translation>
    </message>
    <message>
        <source>--rate: %1 is the book&apos;s base currency; it needs no rate.</source>
        <translation>--rate: %1 — базовая валюта книги клиентов; курс для неё не нужен.</translation>
    </message>
    <message>
        <source>--rate needs a CURRENCY=RATE pair, such as EUR=1.08.</source>
        <translation>--rate требует пару ВАЛЮТА=КУРС, например EUR=1.08.</translation>
    </message>
    <message>
        <source>--amounts takes major (49.00 is forty-nine) or minor (4900 cents is forty-nine).</source>
        <translation>--amounts принимает major (49.00 — это сорок девять) или minor (4900 центов — это сорок девять).</translation>
    </message>
    <message>
        <source>--interval takes a billing interval such as month, year, quarter, week or &quot;6 months&quot;; &quot;%1&quot; is not one.</source>
        <translation>--interval принимает интервал оплаты, например month, year, quarter, week или &quot;6 months&quot;; «%1» — не интервал.</translation>
    </message>
</context>
<context>
    <name>tenure::import::FilePlan</name>
    <message>
        <source>A title line above the header</source>
        <translation>Строка с названием над заголовком</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot; to map (its columns: %3)</source>
        <translation>%1: нет столбца «%2» для сопоставления (его столбцы: %3)</translation>
    </message>
    <message>
        <source>The book has no mapping named %1; none is saved yet.</source>
        <translation>В книге клиентов нет сопоставления с именем %1; пока не сохранено ни одного.</translation>
    </message>
    <message>
        <source>The book has no mapping named %1; saved: %2.</source>
        <translation>В книге клиентов нет сопоставления с именем %1; сохранены: %2.</translation>
    </message>
    <message>
        <source>%1: its first line is longer than a megabyte; it cannot be a header.</source>
        <translation>%1: его первая строка длиннее мегабайта; это не может быть заголовок.</translation>
    </message>
    <message>
        <source>%1: the columns %2 have the same name (case, spaces, hyphens and underscores aside), so which one to read cannot be told. Rename one, or say which to read with --map &quot;Header=field&quot;.</source>
        <translation>%1: у столбцов %2 одинаковое название (без учёта регистра, пробелов, дефисов и подчёркиваний), поэтому неясно, какой из них читать. Переименуйте один из них или укажите, какой читать, через --map &quot;Заголовок=поле&quot;.</translation>
    </message>
    <message>
        <source>Date (the column headers)</source>
        <translation>Дата (заголовки столбцов)</translation>
    </message>
    <message>
        <source>%1: usage is kept per day or per week, and two dates in column &quot;%2&quot; are %3 days apart. Export it by day or by week, or add a period_days column (1 or 7).</source>
        <translation>%1: использование хранится по дням или по неделям, а две даты в столбце «%2» отстоят друг от друга на %3 дн. Выгрузите его по дням или по неделям либо добавьте столбец period_days (1 или 7).</translation>
    </message>
</context>
<context>
    <name>tenure::import::ImportJob</name>
    <message>
        <source>The column mapping could not be saved: %1</source>
        <translation>Не удалось сохранить сопоставление столбцов: %1</translation>
    </message>
</context>
<context>
    <name>tenure::import::ImportSession</name>
    <message>
        <source>%1 is a spreadsheet workbook, not a CSV file. Save it as CSV (File ▸ Save As ▸ CSV UTF-8) and import that.</source>
        <translation>%1 — книга электронной таблицы, а не CSV-файл. Сохраните её как CSV (Файл ▸ Сохранить как ▸ CSV UTF-8) и импортируйте его.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Выберите столбец для %1.</translation>
    </message>
    <message>
        <source>Say how to read the dates in %1.</source>
        <translation>Укажите, как читать даты в %1.</translation>
    </message>
    <message>
        <source>%1 mixes day-first and month-first dates: say which order is right.</source>
        <translation>В %1 смешаны даты с днём впереди и с месяцем впереди: укажите правильный порядок.</translation>
    </message>
    <message>
        <source>This looks like a %1 export, but it lacks the columns %2: export it again with them, or map its columns by hand.</source>
        <translation>Похоже на выгрузку %1, но в ней нет столбцов %2: выгрузите её снова с ними или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Say whether the amounts are in cents or in whole units.</source>
        <translation>Укажите, в центах или в целых единицах записаны суммы.</translation>
    </message>
    <message>
        <source>Say how often these prices are billed.</source>
        <translation>Укажите, как часто оплачиваются эти цены.</translation>
    </message>
    <message>
        <source>Say which character separates decimals in %1.</source>
        <translation>Укажите, какой символ отделяет дробную часть в %1.</translation>
    </message>
</context>
<context>
    <name>tenure::import::Importer</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <source>%1: no column for %2. %3</source>
        <translation>%1: нет столбца для %2. %3</translation>
    </message>
    <message>
        <source>It was read as %1.</source>
        <translation>Файл прочитан как %1.</translation>
    </message>
    <message>
        <source>%1: every date in %2 reads both as month/day and as day/month (such as 03/04/2024). Say which one it is (--date-order mdy or dmy).</source>
        <translation>%1: каждая дата в %2 читается и как месяц/день, и как день/месяц (например, 03/04/2024). Укажите, как именно (--date-order mdy или dmy).</translation>
    </message>
    <message>
        <source>%1: %2 mixes day-first dates (31/01/2024) with month-first ones (01/31/2024). Say which one is right (--date-order mdy or dmy); the others will be rejected.</source>
        <translation>%1: в %2 смешаны даты с днём впереди (31/01/2024) и с месяцем впереди (01/31/2024). Укажите правильный порядок (--date-order mdy или dmy); остальные будут отклонены.</translation>
    </message>
    <message>
        <source>A quoted field opened here is never closed; the rest of the file was read as part of it</source>
        <translation>Поле в кавычках, открытое здесь, не закрыто; остаток файла прочитан как его часть</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote</source>
        <translation>В поле %1 есть текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2</source>
        <translation>В строке полей: %1; в заголовке: %2</translation>
    </message>
    <message>
        <source>Repeats an earlier row of this file (same id and start date)</source>
        <translation>Повторяет более раннюю строку этого файла (тот же идентификатор и дата начала)</translation>
    </message>
    <message>
        <source>Repeats an earlier row of this file for the same account (same %1)</source>
        <translation>Повторяет более раннюю строку этого файла для того же клиента (то же %1)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>%1 or a price (%2)</source>
        <translation>%1 или цены (%2)</translation>
    </message>
    <message>
        <source>The value holds a NUL byte</source>
        <translation>Значение содержит байт NUL</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8: the file may be in another encoding (--encoding windows-1252, windows-1251 or gb18030)</source>
        <translation>Значение — недопустимый UTF-8: возможно, файл в другой кодировке (--encoding windows-1252, windows-1251 или gb18030)</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3</source>
        <translation>Нет курса %1 к %2 на %3 или раньше</translation>
    </message>
    <message>
        <source>%1 has no row with this id</source>
        <translation>В %1 нет строки с этим идентификатором</translation>
    </message>
    <message>
        <source>%1: its rows take their %2 from the %3 file (%4). Import it in the same command: tenure import --book BOOK %5 FILE…</source>
        <translation>%1: его строки берут %2 из файла %3 (%4). Импортируйте его той же командой: tenure import --book КНИГА %5 ФАЙЛ…</translation>
    </message>
    <message>
        <source>%1 only lends its columns to another file of the same export, and none came with it.</source>
        <translation>%1 лишь дополняет столбцами другой файл той же выгрузки, а такого файла вместе с ним нет.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 export, but it lacks the columns %3. Choose them when you export (or add them), or say what the file holds with --kind and which column is which with --map.</source>
        <translation>%1 похож на выгрузку %2, но в нём нет столбцов %3. Выберите их при выгрузке (или добавьте) либо укажите, что содержит файл, через --kind, а какой столбец чему соответствует — через --map.</translation>
    </message>
    <message>
        <source>%1: no preset recognises its columns (%2). Say what the file holds with --kind (%3) and which column is which with --map &quot;Header=field&quot;; tenure import --inspect %1 shows how it would be read.</source>
        <translation>%1: ни один шаблон не распознаёт его столбцы (%2). Укажите, что содержит файл, через --kind (%3), а какой столбец чему соответствует — через --map &quot;Заголовок=поле&quot;; tenure import --inspect %1 покажет, как он будет прочитан.</translation>
    </message>
    <message>
        <source>Map one with --map &quot;Header=field&quot;.</source>
        <translation>Сопоставьте столбец через --map &quot;Заголовок=поле&quot;.</translation>
    </message>
    <message>
        <source>%1: every amount in %2 is a whole number, typically %3: cents or whole units? Say --amounts minor (%3 means %4) or --amounts major (%3 means %3.00).</source>
        <translation>%1: все суммы в %2 — целые числа, обычно %3: это центы или целые единицы? Укажите --amounts minor (%3 означает %4) или --amounts major (%3 означает %3.00).</translation>
    </message>
    <message>
        <source>%1: the numbers in %2 read two ways (such as 1.234: a thousand, or one and a bit; or both 1,234 and 1.234). Say which character separates decimals: --decimal , or --decimal .</source>
        <translation>%1: числа в %2 читаются двояко (например, 1.234 — это тысяча или чуть больше единицы; или есть и 1,234, и 1.234). Укажите, какой символ отделяет дробную часть: --decimal , или --decimal .</translation>
    </message>
    <message>
        <source>%1: the prices in %2 come with no billing interval (no interval column, no billing term). Say --interval month (or year, quarter, week), or add an interval column.</source>
        <translation>%1: у цен в %2 нет интервала оплаты (нет ни столбца интервала, ни срока оплаты). Укажите --interval month (или year, quarter, week) либо добавьте столбец интервала.</translation>
    </message>
    <message>
        <source>The value is longer than a megabyte</source>
        <translation>Значение длиннее мегабайта</translation>
    </message>
    <message>
        <source>A response with no score: the question was not answered</source>
        <translation>Ответ без оценки: на вопрос не ответили</translation>
    </message>
</context>
<context>
    <name>tenure::import::Kind</name>
    <message>
        <source>Customer id</source>
        <translation>Идентификатор клиента</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Subscription or line id</source>
        <translation>Идентификатор подписки или строки</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Дата отмены</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Amount per interval</source>
        <translation>Сумма за интервал</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>Интервал оплаты</translation>
    </message>
    <message>
        <source>Interval count</source>
        <translation>Число интервалов</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>Постоянная скидка</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner (CSM)</source>
        <translation>Ответственный (CSM)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Seats purchased</source>
        <translation>Куплено мест</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Дата продления</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Дата курса</translation>
    </message>
    <message>
        <source>Rate (base units per unit)</source>
        <translation>Курс (базовых единиц за единицу)</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Left the company on</source>
        <translation>Дата ухода из компании</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Days per period (1 or 7)</source>
        <translation>Дней в периоде (1 или 7)</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Активные пользователи</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Key-feature events</source>
        <translation>События ключевых функций</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Title or subject</source>
        <translation>Название или тема</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Дата достижения</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Invoice line items</source>
        <translation>Строки счетов</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>Использование продукта</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Обращения в поддержку</translation>
    </message>
    <message>
        <source>Survey responses (NPS, CSAT)</source>
        <translation>Ответы на опросы (NPS, CSAT)</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>Запросы функций</translation>
    </message>
    <message>
        <source>Success-plan goals</source>
        <translation>Цели плана успеха</translation>
    </message>
    <message>
        <source>Current period start</source>
        <translation>Начало текущего периода</translation>
    </message>
    <message>
        <source>Current period end</source>
        <translation>Конец текущего периода</translation>
    </message>
    <message>
        <source>Invoice id</source>
        <translation>Идентификатор счёта</translation>
    </message>
    <message>
        <source>Tax included in the amount</source>
        <translation>Налог включён в сумму</translation>
    </message>
    <message>
        <source>Direction (inbound, outbound)</source>
        <translation>Направление (inbound, outbound)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Onboarding target date</source>
        <translation>Целевая дата внедрения</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Дата запуска</translation>
    </message>
    <message>
        <source>CSM activities (calls, emails, meetings)</source>
        <translation>Действия CSM (звонки, письма, встречи)</translation>
    </message>
    <message>
        <source>Onboarding milestones</source>
        <translation>Этапы внедрения</translation>
    </message>
    <message>
        <source>Customer events</source>
        <translation>События клиента</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
</context>
<context>
    <name>tenure::import::MappingModel</name>
    <message>
        <source>MRR or amount</source>
        <translation>MRR или сумма</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
</context>
<context>
    <name>tenure::import::MilestoneWriter</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>tenure::import::PreviewModel</name>
    <message>
        <source>(extra field %1)</source>
        <translation>(дополнительное поле %1)</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: не импортируется</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1: читается как %2</translation>
    </message>
</context>
<context>
    <name>tenure::import::ProgressEstimator</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>tenure::import::RejectionModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>tenure::import::ReportLines</name>
    <message>
        <source>The header row again</source>
        <translation>Повтор строки заголовка</translation>
    </message>
    <message>
        <source>A total row</source>
        <translation>Строка итогов</translation>
    </message>
    <message>
        <source>A footer line below the data</source>
        <translation>Строка примечания под данными</translation>
    </message>
</context>
<context>
    <name>tenure::import::ReviewModel</name>
    <message>
        <source>Same account</source>
        <translation>Тот же клиент</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation>Клиент в файле</translation>
    </message>
    <message>
        <source>Looks like account</source>
        <translation>Похож на клиента</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>tenure::import::RowBuilder</name>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR</source>
        <translation>Валюта: «%1» — не трёхбуквенный код ISO, такой как USD или EUR</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a subscription status Tenure knows for %2</source>
        <translation>Статус: «%1» — не известный Tenure статус подписки для %2</translation>
    </message>
    <message>
        <source>The customer id is missing</source>
        <translation>Нет идентификатора клиента</translation>
    </message>
    <message>
        <source>The end date is not after the start date %1</source>
        <translation>Дата окончания не позже даты начала %1</translation>
    </message>
    <message>
        <source>Seats must be a whole number</source>
        <translation>Число мест должно быть целым</translation>
    </message>
    <message>
        <source>The rate must be above zero</source>
        <translation>Курс должен быть больше нуля</translation>
    </message>
    <message>
        <source>The currency is missing</source>
        <translation>Нет валюты</translation>
    </message>
    <message>
        <source>The billing interval is unknown: the row has no interval and no current billing term; give one with --interval</source>
        <translation>Интервал оплаты неизвестен: в строке нет ни интервала, ни текущего срока оплаты; укажите его через --interval</translation>
    </message>
    <message>
        <source>The subscription has ended but the row does not say when: add the export&apos;s ended-at, canceled-at or current-period-end column</source>
        <translation>Подписка закончилась, но в строке не сказано когда: добавьте столбец выгрузки ended-at, canceled-at или current-period-end</translation>
    </message>
    <message>
        <source>A subscription&apos;s MRR cannot be negative: a credit or a refund is not recurring revenue</source>
        <translation>MRR подписки не может быть отрицательным: кредит или возврат — это не регулярная выручка</translation>
    </message>
</context>
<context>
    <name>tenure::import::RowReader</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1: значение отсутствует</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date this column&apos;s format can read</source>
        <translation>%1: «%2» — не дата, которую может прочитать формат этого столбца</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» — не число</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be whole minor units (cents)</source>
        <translation>%1: «%2» должно быть целым числом мелких единиц (центов)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range</source>
        <translation>%1: «%2» вне допустимого диапазона</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero</source>
        <translation>%1 должно быть целым числом больше нуля</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a billing interval (day, week, month, year, quarterly, ...)</source>
        <translation>%1: «%2» — не интервал оплаты (day, week, month, year, quarterly, ...)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than any amount Tenure takes</source>
        <translation>%1: «%2» больше любой суммы, которую принимает Tenure</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large a number</source>
        <translation>%1: «%2» — слишком большое число</translation>
    </message>
</context>
<context>
    <name>tenure::import::SignalAccounts</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 accounts; give the customer id</source>
        <translation>«%1» соответствует клиентов: %2; укажите идентификатор клиента</translation>
    </message>
    <message>
        <source>No account in the book has the customer id, domain or name of this row; import the customers (or their subscriptions) first</source>
        <translation>Ни у одного клиента в книге нет идентификатора, домена или названия из этой строки; сначала импортируйте клиентов (или их подписки)</translation>
    </message>
</context>
<context>
    <name>tenure::import::SignalRow</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: «%2» — не одно из %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number, zero or more</source>
        <translation>%1 должно быть целым числом, не меньше нуля</translation>
    </message>
    <message>
        <source>The row names no account (customer id, name, domain or a company email)</source>
        <translation>В строке не указан клиент (идентификатор, название, домен или корпоративная почта)</translation>
    </message>
    <message>
        <source>The contact&apos;s name is missing</source>
        <translation>Нет имени контакта</translation>
    </message>
    <message>
        <source>Usage is read per day (1) or week (7)</source>
        <translation>Использование читается по дням (1) или неделям (7)</translation>
    </message>
    <message>
        <source>The ticket id is missing</source>
        <translation>Нет идентификатора обращения</translation>
    </message>
    <message>
        <source>Closed before it was opened (%1)</source>
        <translation>Закрыто раньше, чем открыто (%1)</translation>
    </message>
    <message>
        <source>An NPS score is a whole number from 0 to 10</source>
        <translation>Оценка NPS — целое число от 0 до 10</translation>
    </message>
    <message>
        <source>A CSAT score is a whole number from 1 to 5</source>
        <translation>Оценка CSAT — целое число от 1 до 5</translation>
    </message>
    <message>
        <source>The request&apos;s title is missing</source>
        <translation>Нет названия запроса</translation>
    </message>
    <message>
        <source>The goal&apos;s title is missing</source>
        <translation>Нет названия цели</translation>
    </message>
    <message>
        <source>The file has neither an onboarding target date nor a go-live date</source>
        <translation>В файле нет ни целевой даты внедрения, ни даты запуска</translation>
    </message>
    <message>
        <source>The ticket is %1 but its closed date is missing</source>
        <translation>Обращение в статусе «%1», но дата закрытия не указана</translation>
    </message>
</context>
<context>
    <name>tenure::import::TypedPreview</name>
    <message>
        <source>skipped: not recurring revenue</source>
        <translation>пропущено: не регулярная выручка</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::BaseCurrency</name>
    <message>
        <source>%1 is not a currency code: use three capital letters, such as EUR.</source>
        <translation>%1 — не код валюты: укажите три заглавные буквы, например EUR.</translation>
    </message>
    <message>
        <source>The book has no exchange rate for %1, so its amounts cannot be shown in %1. Import %1 rates against %2 first.</source>
        <translation>В книге нет курса для %1, поэтому суммы нельзя показать в %1. Сначала импортируйте курсы %1 к %2.</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::CohortTableModel</name>
    <message>
        <source>Signed up %1, month %2: %3 of %4 accounts active, %5% of starting MRR</source>
        <translation>Регистрация %1, месяц %2: активно %3 из %4 клиентов, %5% начального MRR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::CurrencyConverter</name>
    <message>
        <source>No exchange rate for %1 on or before %2: add one to the rates table (amounts in %1 are not counted as if they were the base currency).</source>
        <translation>Нет курса %1 на %2 или раньше: добавьте его в таблицу курсов (суммы в %1 не учитываются как базовая валюта).</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::DrillDownModel</name>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>tenure::metrics::Survival</name>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Builtin</name>
    <message>
        <source>Prove the value</source>
        <translation>Доказать ценность</translation>
    </message>
    <message>
        <source>Agree measurable ROI goals, hit them and report the value delivered.</source>
        <translation>Согласовать измеримые цели по ROI, достичь их и отчитаться о полученной ценности.</translation>
    </message>
    <message>
        <source>Agree ROI goals with the sponsor</source>
        <translation>Согласовать цели по ROI со спонсором</translation>
    </message>
    <message>
        <source>Write the goals into the success plan</source>
        <translation>Внести цели в план успеха</translation>
    </message>
    <message>
        <source>Report adoption numbers and money saved</source>
        <translation>Отчитаться о показателях использования и сэкономленных деньгах</translation>
    </message>
    <message>
        <source>Restart onboarding</source>
        <translation>Перезапустить внедрение</translation>
    </message>
    <message>
        <source>Break the implementation into phases and give early hands-on help.</source>
        <translation>Разбить внедрение на этапы и рано помочь на практике.</translation>
    </message>
    <message>
        <source>Call the project lead: what blocks go-live?</source>
        <translation>Позвонить руководителю проекта: что мешает запуску?</translation>
    </message>
    <message>
        <source>Agree a phased plan with dates</source>
        <translation>Согласовать поэтапный план с датами</translation>
    </message>
    <message>
        <source>Hands-on working session with the admins</source>
        <translation>Практическая рабочая сессия с администраторами</translation>
    </message>
    <message>
        <source>Check the first phase is live</source>
        <translation>Проверить, что первый этап запущен</translation>
    </message>
    <message>
        <source>Sponsor change</source>
        <translation>Смена спонсора</translation>
    </message>
    <message>
        <source>Find and meet a backup sponsor, reach the executive, train the new admin.</source>
        <translation>Найти резервного спонсора и встретиться с ним, выйти на руководство, обучить нового администратора.</translation>
    </message>
    <message>
        <source>Find a backup sponsor among the active contacts</source>
        <translation>Найти резервного спонсора среди активных контактов</translation>
    </message>
    <message>
        <source>Meet the executive sponsor</source>
        <translation>Встретиться со спонсором из руководства</translation>
    </message>
    <message>
        <source>Train the new admin</source>
        <translation>Обучить нового администратора</translation>
    </message>
    <message>
        <source>Re-engage users</source>
        <translation>Вернуть пользователей</translation>
    </message>
    <message>
        <source>Find why features are not sticky, re-engage users and train them.</source>
        <translation>Выяснить, почему функции не прижились, вернуть пользователей и обучить их.</translation>
    </message>
    <message>
        <source>Review which features and teams dropped off</source>
        <translation>Посмотреть, какие функции и команды перестали пользоваться</translation>
    </message>
    <message>
        <source>Call the admin about unused licences</source>
        <translation>Позвонить администратору о неиспользуемых лицензиях</translation>
    </message>
    <message>
        <source>Run a training for the inactive teams</source>
        <translation>Провести обучение для неактивных команд</translation>
    </message>
    <message>
        <source>Check weekly active users again</source>
        <translation>Снова проверить активных пользователей в неделю</translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation>Пробел в продукте</translation>
    </message>
    <message>
        <source>Collect the requests for product and share the roadmap.</source>
        <translation>Собрать запросы для продуктовой команды и рассказать о планах развития.</translation>
    </message>
    <message>
        <source>Log the requests with product</source>
        <translation>Передать запросы продуктовой команде</translation>
    </message>
    <message>
        <source>Share the roadmap with the customer</source>
        <translation>Рассказать клиенту о планах развития</translation>
    </message>
    <message>
        <source>Support recovery</source>
        <translation>Восстановление поддержки</translation>
    </message>
    <message>
        <source>Track the open tickets and escalations to closure and tell the customer.</source>
        <translation>Довести открытые и эскалированные обращения до закрытия и сообщить клиенту.</translation>
    </message>
    <message>
        <source>Review open and escalated tickets with support</source>
        <translation>Разобрать с поддержкой открытые и эскалированные обращения</translation>
    </message>
    <message>
        <source>Call the customer with a plan</source>
        <translation>Позвонить клиенту с планом</translation>
    </message>
    <message>
        <source>Confirm the tickets are resolved</source>
        <translation>Убедиться, что обращения решены</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Замкнуть цикл</translation>
    </message>
    <message>
        <source>Respond to the detractor, act, and tell them what you did.</source>
        <translation>Ответить критику, принять меры и рассказать, что сделано.</translation>
    </message>
    <message>
        <source>Call the detractor</source>
        <translation>Позвонить критику</translation>
    </message>
    <message>
        <source>Tell them what was done</source>
        <translation>Рассказать, что сделано</translation>
    </message>
    <message>
        <source>Proactive check-in</source>
        <translation>Проактивный контакт</translation>
    </message>
    <message>
        <source>Reach out before the customer has to.</source>
        <translation>Связаться раньше, чем придётся клиенту.</translation>
    </message>
    <message>
        <source>Check-in call</source>
        <translation>Звонок для связи</translation>
    </message>
    <message>
        <source>Send the quarterly survey</source>
        <translation>Отправить квартальный опрос</translation>
    </message>
    <message>
        <source>Customer event</source>
        <translation>Событие у клиента</translation>
    </message>
    <message>
        <source>Follow the champion, map the acquirer or the new organisation.</source>
        <translation>Следовать за чемпионом, составить карту покупателя или новой организации.</translation>
    </message>
    <message>
        <source>Learn what changed from the champion</source>
        <translation>Узнать у чемпиона, что изменилось</translation>
    </message>
    <message>
        <source>Map the new decision makers</source>
        <translation>Составить карту новых лиц, принимающих решения</translation>
    </message>
    <message>
        <source>Meet the new leadership</source>
        <translation>Встретиться с новым руководством</translation>
    </message>
    <message>
        <source>Win back the contraction</source>
        <translation>Вернуть сокращение</translation>
    </message>
    <message>
        <source>Understand the downgrade and rebuild the case for the seats.</source>
        <translation>Понять причину понижения и заново обосновать нужные места.</translation>
    </message>
    <message>
        <source>Ask why they reduced</source>
        <translation>Спросить, почему сократили</translation>
    </message>
    <message>
        <source>Present value per team</source>
        <translation>Показать ценность по командам</translation>
    </message>
    <message>
        <source>Save the renewal</source>
        <translation>Спасти продление</translation>
    </message>
    <message>
        <source>A renewal is near and the account is at risk: meet the buyer early.</source>
        <translation>Продление близко, а клиент под риском: встретьтесь с покупателем заранее.</translation>
    </message>
    <message>
        <source>Executive business review</source>
        <translation>Встреча с руководством по итогам (EBR)</translation>
    </message>
    <message>
        <source>Send the renewal proposal</source>
        <translation>Отправить предложение о продлении</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>Подтвердить решение</translation>
    </message>
    <message>
        <source>30 days after go-live</source>
        <translation>Через 30 дней после запуска</translation>
    </message>
    <message>
        <source>Send the best-practice article a month after onboarding.</source>
        <translation>Через месяц после внедрения отправить статью о лучших практиках.</translation>
    </message>
    <message>
        <source>Send the best-practice article</source>
        <translation>Отправить статью о лучших практиках</translation>
    </message>
    <message>
        <source>60 days before renewal</source>
        <translation>За 60 дней до продления</translation>
    </message>
    <message>
        <source>Executive content ahead of the renewal.</source>
        <translation>Материалы для руководства перед продлением.</translation>
    </message>
    <message>
        <source>Send the executive value summary</source>
        <translation>Отправить руководству сводку о ценности</translation>
    </message>
    <message>
        <source>Book the renewal meeting</source>
        <translation>Назначить встречу о продлении</translation>
    </message>
    <message>
        <source>Power user nudge</source>
        <translation>Напомнить опытному пользователю</translation>
    </message>
    <message>
        <source>A power user has not logged in for 14 days.</source>
        <translation>Опытный пользователь не входил 14 дней.</translation>
    </message>
    <message>
        <source>Nudge the power user</source>
        <translation>Напомнить опытному пользователю</translation>
    </message>
    <message>
        <source>New-feature training</source>
        <translation>Обучение новой функции</translation>
    </message>
    <message>
        <source>Users who have not tried a feature released 60 days ago.</source>
        <translation>Пользователи, не попробовавшие функцию, выпущенную 60 дней назад.</translation>
    </message>
    <message>
        <source>Invite to the feature training</source>
        <translation>Пригласить на обучение функции</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>One-to-many: invite the accounts to a webinar.</source>
        <translation>Один ко многим: пригласить клиентов на вебинар.</translation>
    </message>
    <message>
        <source>Webinar invitation</source>
        <translation>Приглашение на вебинар</translation>
    </message>
    <message>
        <source>Community invitation</source>
        <translation>Приглашение в сообщество</translation>
    </message>
    <message>
        <source>One-to-many: invite users to the community.</source>
        <translation>Один ко многим: пригласить пользователей в сообщество.</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Группа пользователей</translation>
    </message>
    <message>
        <source>One-to-many: invite power users to a user group.</source>
        <translation>Один ко многим: пригласить опытных пользователей в группу пользователей.</translation>
    </message>
    <message>
        <source>User-group invitation</source>
        <translation>Приглашение в группу пользователей</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Рассылка новостей</translation>
    </message>
    <message>
        <source>One-to-many: the customer newsletter.</source>
        <translation>Один ко многим: рассылка новостей для клиентов.</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>Консультативный совет</translation>
    </message>
    <message>
        <source>One-to-many: invite executive sponsors to the advisory board.</source>
        <translation>Один ко многим: пригласить спонсоров из руководства в консультативный совет.</translation>
    </message>
    <message>
        <source>Advisory-board invitation</source>
        <translation>Приглашение в консультативный совет</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::BulkPlay</name>
    <message>
        <source>account</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::EditConflict</name>
    <message>
        <source>done on %1</source>
        <translation>выполнена %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>пропущена (%1)</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>открыта, срок %1</translation>
    </message>
    <message>
        <source>The task “%1” was deleted elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>Задачу «%1» удалили в другом месте (в другом окне или другой человек, работающий с этой книгой). Ваше изменение не сохранено.</translation>
    </message>
    <message>
        <source>The action “%1” was deleted elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>Действие «%1» удалили в другом месте (в другом окне или другой человек, работающий с этой книгой). Ваше изменение не сохранено.</translation>
    </message>
    <message>
        <source>The playbook “%1” was removed elsewhere (in another window, or by someone else working in this book). Your change was not saved.</source>
        <translation>Сценарий «%1» удалили в другом месте (в другом окне или другой человек, работающий с этой книгой). Ваше изменение не сохранено.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>by %1 at %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>elsewhere (in another window, or by someone else working in this book)</source>
        <translation>в другом месте: в другом окне или другим человеком, работающим с этой книгой</translation>
    </message>
    <message>
        <source>The task “%1” was changed %2 after you saw it: it is now %3. Your change was not saved; the lists show the task as it is now.</source>
        <translation>Задачу «%1» изменили после того, как вы её увидели (%2): теперь она %3. Ваше изменение не сохранено; списки показывают задачу такой, какая она сейчас.</translation>
    </message>
    <message>
        <source>The action “%1” was changed %2 after you saw it. Your change was not saved; the log shows the action as it is now.</source>
        <translation>Действие «%1» изменили после того, как вы его увидели (%2). Ваше изменение не сохранено; журнал показывает действие таким, какое оно сейчас.</translation>
    </message>
    <message>
        <source>The playbook “%1” was changed %2 after you opened it. Your change was not saved; the library now shows the playbook as it is.</source>
        <translation>Сценарий «%1» изменили после того, как вы его открыли (%2). Ваше изменение не сохранено; библиотека теперь показывает сценарий таким, какой он сейчас.</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::EffectTableModel</name>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Followed 90 days</source>
        <translation>Прошло 90 дней</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Сократились</translation>
    </message>
    <message>
        <source>Health +30 d</source>
        <translation>Здоровье +30 дн.</translation>
    </message>
    <message>
        <source>Health +90 d</source>
        <translation>Здоровье +90 дн.</translation>
    </message>
    <message>
        <source>Comparable accounts</source>
        <translation>Сопоставимые клиенты</translation>
    </message>
    <message>
        <source>Their churn</source>
        <translation>Их отток</translation>
    </message>
    <message>
        <source>Their contraction</source>
        <translation>Их сокращение</translation>
    </message>
    <message>
        <source>Their health +90 d</source>
        <translation>Их здоровье +90 дн.</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Effectiveness</name>
    <message>
        <source>Scoring the book on %1</source>
        <translation>Оценка книги клиентов на %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Playbook</name>
    <message>
        <source>%1 has no code or no name.</source>
        <translation>У %1 нет кода или названия.</translation>
    </message>
    <message>
        <source>%1 (%2): unknown trigger &quot;%3&quot;.</source>
        <translation>%1 (%2): неизвестный триггер «%3».</translation>
    </message>
    <message>
        <source>%1 (%2), step %3: needs a title and a kind (call, email, meeting, qbr, training, webinar or note).</source>
        <translation>%1 (%2), шаг %3: нужны название и вид (call, email, meeting, qbr, training, webinar или note).</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>This is not a Tenure playbook library (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Это не библиотека сценариев Tenure (её «format» не «%1»).</translation>
    </message>
    <message>
        <source>This library was written by a newer Tenure (version %1).</source>
        <translation>Эта библиотека записана более новой версией Tenure (версия %1).</translation>
    </message>
    <message>
        <source>Playbook %1</source>
        <translation>Сценарий %1</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is used twice.</source>
        <translation>%1: код «%2» используется дважды.</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::PlaybookStore</name>
    <message numerus="yes">
        <source>This playbook has run on %n account(s); removing it would remove that history.</source>
        <translation>
            <numerusform>Этот сценарий запускался на %n клиенте; удаление сотрёт эту историю.</numerusform>
            <numerusform>Этот сценарий запускался на %n клиентах; удаление сотрёт эту историю.</numerusform>
            <numerusform>Этот сценарий запускался на %n клиентах; удаление сотрёт эту историю.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::Suggestion</name>
    <message>
        <source>Went live on %1, 30 days ago.</source>
        <translation>Запущен %1, 30 дней назад.</translation>
    </message>
    <message>
        <source>Renews on %1, in %2 days.</source>
        <translation>Продление %1, через %2 дн.</translation>
    </message>
    <message>
        <source>A power user has not logged in since %1.</source>
        <translation>Опытный пользователь не входил с %1.</translation>
    </message>
    <message>
        <source>Risk reason: %1.</source>
        <translation>Причина риска: %1.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>Перешёл из %1 в %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a risk reason and its evidence</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::WorkCommand</name>
    <message>
        <source>Log %1</source>
        <translation>Записать: %1</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %n account(s)</source>
        <translation>
            <numerusform>Запустить %1 на %n клиенте</numerusform>
            <numerusform>Запустить %1 на %n клиентах</numerusform>
            <numerusform>Запустить %1 на %n клиентах</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Выполнить задачу</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Пропустить задачу</translation>
    </message>
    <message>
        <source>Reschedule task</source>
        <translation>Перенести задачу</translation>
    </message>
</context>
<context>
    <name>tenure::report::QuarterlyReport</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Reading MRR history</source>
        <translation>Чтение истории MRR</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>Расчёт удержания</translation>
    </message>
    <message>
        <source>Finding churned and contracted accounts</source>
        <translation>Поиск ушедших и сократившихся клиентов</translation>
    </message>
    <message>
        <source>Scoring health</source>
        <translation>Оценка здоровья</translation>
    </message>
    <message>
        <source>Reading risk reasons and actions</source>
        <translation>Чтение причин риска и действий</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation>Прогнозирование</translation>
    </message>
</context>
<context>
    <name>tenure::report::ReportTable</name>
    <message>
        <source>The %1 largest of %2 accounts; the CSV export lists them all.</source>
        <translation>%1 крупнейших из %2 клиентов; в выгрузке CSV перечислены все.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>нет записей</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>MRR до</translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation>Потерянный MRR</translation>
    </message>
    <message>
        <source>Risk reasons at quarter start</source>
        <translation>Причины риска на начало квартала</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Предпринятые действия</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier action(s)</source>
        <translation>
            <numerusform>и ещё %n более раннее действие</numerusform>
            <numerusform>и ещё %n более ранних действия</numerusform>
            <numerusform>и ещё %n более ранних действий</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this quarter.</source>
        <translation>В этом квартале нет.</translation>
    </message>
    <message>
        <source>At-risk renewals in %1</source>
        <translation>Продления под риском в %1</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>Risk reasons</source>
        <translation>Причины риска</translation>
    </message>
    <message>
        <source>No renewal next quarter on an account below health %1.</source>
        <translation>В следующем квартале нет продлений у клиентов со здоровьем ниже %1.</translation>
    </message>
    <message>
        <source>Churned accounts</source>
        <translation>Ушедшие клиенты</translation>
    </message>
    <message>
        <source>Contracted accounts</source>
        <translation>Сократившиеся клиенты</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR на конец</translation>
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
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>Отток клиентов</translation>
    </message>
    <message>
        <source>Customers at end</source>
        <translation>Клиентов на конец</translation>
    </message>
    <message>
        <source>MRR movements by month</source>
        <translation>Движение MRR по месяцам</translation>
    </message>
    <message>
        <source>Start MRR</source>
        <translation>MRR на начало</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>End MRR</source>
        <translation>MRR на конец</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Ответственный %1</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>Вся книга клиентов</translation>
    </message>
    <message>
        <source>Retention by segment</source>
        <translation>Удержание по сегментам</translation>
    </message>
    <message>
        <source>Retention by owner</source>
        <translation>Удержание по ответственным</translation>
    </message>
    <message>
        <source>Retention curve (Kaplan-Meier)</source>
        <translation>Кривая удержания (Каплан — Мейер)</translation>
    </message>
    <message>
        <source>Months since first payment</source>
        <translation>Месяцев с первой оплаты</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под риском</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>Still paying</source>
        <translation>Ещё платят</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95-процентная полоса</translation>
    </message>
    <message>
        <source>Median lifetime: %1 months.</source>
        <translation>Медианный срок жизни: %1 мес.</translation>
    </message>
    <message>
        <source>More than half of the accounts are still paying: no median yet.</source>
        <translation>Больше половины клиентов ещё платят: медианы пока нет.</translation>
    </message>
    <message>
        <source>Signup cohorts</source>
        <translation>Когорты по регистрации</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cell: % of logos kept / % of revenue kept (net) at that age. Empty cells lie past the as-of date.</source>
        <translation>Каждая ячейка: % сохранённых клиентов / % сохранённой выручки (чистой) в этом возрасте. Пустые ячейки лежат после расчётной даты.</translation>
    </message>
    <message>
        <source>Health distribution</source>
        <translation>Распределение здоровья</translation>
    </message>
    <message>
        <source>Paying accounts</source>
        <translation>Платящие клиенты</translation>
    </message>
    <message>
        <source>No data to score</source>
        <translation>Нет данных для оценки</translation>
    </message>
    <message>
        <source>Outcome × experience</source>
        <translation>Результат × впечатления</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>ARR lost to churn and contraction: forecast and outcome</source>
        <translation>ARR, потерянный из-за оттока и сокращения: прогноз и факт</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Forecast from data of</source>
        <translation>Прогноз по данным на</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>Ожидаемая потеря</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80-процентная полоса</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>tenure::store::Book</name>
    <message>
        <source>%1 is not a Tenure book. It has not been changed.</source>
        <translation>%1 — не книга клиентов Tenure. Она не изменена.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tenure (book format %2; this version reads up to %3). Update Tenure to open it. It has not been changed.</source>
        <translation>%1 записана более новой версией Tenure (формат книги %2; эта версия читает до %3). Обновите Tenure, чтобы открыть её. Она не изменена.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It has not been changed; restore it from a backup.</source>
        <translation>%1 повреждена и не может быть прочитана. Она не изменена; восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>There is no book at %1.</source>
        <translation>По пути %1 нет книги клиентов.</translation>
    </message>
    <message>
        <source>%1 is marked as a Tenure book but holds none (it has no book format version). It has not been changed.</source>
        <translation>%1 помечена как книга клиентов Tenure, но не содержит её (нет версии формата книги). Она не изменена.</translation>
    </message>
    <message>
        <source>%1 contains a trigger (%2) that Tenure did not create and that would run when Tenure changes the book. Tenure does not open it; it has not been changed.</source>
        <translation>%1 содержит триггер (%2), который создал не Tenure и который сработал бы, когда Tenure изменяет книгу. Tenure её не открывает; она не изменена.</translation>
    </message>
    <message>
        <source>The book %1 is damaged: its table %2 is missing. It has not been changed; restore it from a backup.</source>
        <translation>Книга клиентов %1 повреждена: в ней нет таблицы %2. Она не изменена; восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>Проверка книги</translation>
    </message>
    <message>
        <source>The book %1 is damaged (%2). It has not been changed; restore it from a backup.</source>
        <translation>Книга клиентов %1 повреждена (%2). Она не изменена; восстановите её из резервной копии.</translation>
    </message>
</context>
<context>
    <name>tenure::store::ChangeRecorder</name>
    <message>
        <source>recording a change</source>
        <translation>запись изменения</translation>
    </message>
    <message>
        <source>The table %1 changed its columns while it was written.</source>
        <translation>Во время записи у таблицы %1 изменились столбцы.</translation>
    </message>
</context>
<context>
    <name>tenure::store::Connection</name>
    <message>
        <source>The book %1 is being changed by another Tenure window or process. Try again when it has finished.</source>
        <translation>Книгу клиентов %1 изменяет другое окно или процесс Tenure. Повторите, когда он закончит.</translation>
    </message>
    <message>
        <source>Running SQL</source>
        <translation>Выполнение SQL</translation>
    </message>
    <message>
        <source>Preparing SQL</source>
        <translation>Подготовка SQL</translation>
    </message>
    <message>
        <source>The disk is full: Tenure could not write %1. Free some space and try again.</source>
        <translation>Диск заполнен: Tenure не удалось записать %1. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>Tenure may not change %1 (%2).</source>
        <translation>Tenure не может изменять %1 (%2).</translation>
    </message>
    <message>
        <source>Tenure could not read or write %1 on the disk (%2).</source>
        <translation>Tenure не удалось прочитать или записать %1 на диске (%2).</translation>
    </message>
    <message>
        <source>The book %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Книга клиентов %1 повреждена (%2). Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>%1 is not a Tenure book (%2).</source>
        <translation>%1 — не книга клиентов Tenure (%2).</translation>
    </message>
    <message>
        <source>Tenure could not use the book %1 (%2).</source>
        <translation>Tenure не удалось использовать книгу клиентов %1 (%2).</translation>
    </message>
    <message>
        <source>Copying a book</source>
        <translation>Копирование книги</translation>
    </message>
</context>
<context>
    <name>tenure::store::Migrations</name>
    <message>
        <source>Missing schema resource %1</source>
        <translation>Нет ресурса схемы %1</translation>
    </message>
    <message>
        <source>Upgrading the book to version %1 (%2) failed and was undone: %3</source>
        <translation>Обновление книги клиентов до версии %1 (%2) не удалось и было отменено: %3</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::BookCopy</name>
    <message>
        <source>The table %1 of the book %2 has the columns (%3), not the ones this version of Tenure knows (%4).</source>
        <translation>Таблица %1 книги клиентов %2 содержит столбцы (%3), а не те, что знает эта версия Tenure (%4).</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 holds binary data, which no Tenure book has.</source>
        <translation>Столбец %1 таблицы %2 содержит двоичные данные, которых не бывает ни в одной книге клиентов Tenure.</translation>
    </message>
    <message>
        <source>%1 has an older book format (%2; this version writes %3). Open it once with this version of Tenure, which upgrades it, then copy it.</source>
        <translation>%1 — книга в более старом формате (%2; эта версия записывает %3). Откройте её один раз в этой версии Tenure, которая её обновит, а затем скопируйте.</translation>
    </message>
    <message>
        <source>The server&apos;s %1.%2 holds &quot;%3&quot;, not a whole number.</source>
        <translation>Значение %1.%2 на сервере — «%3», а не целое число.</translation>
    </message>
    <message>
        <source>The server&apos;s %1.%2 holds &quot;%3&quot;, not a number.</source>
        <translation>Значение %1.%2 на сервере — «%3», а не число.</translation>
    </message>
    <message>
        <source>%1 has the tables (%2), not the ones this version of Tenure knows.</source>
        <translation>%1 содержит таблицы (%2), а не те, что знает эта версия Tenure.</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds %2, which are not a Tenure book&apos;s. Copy the book into an empty database. Nothing was changed.</source>
        <translation>База данных %1 не пуста: в ней есть объекты, не относящиеся к книге клиентов Tenure: %2. Скопируйте книгу в пустую базу данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 already holds a book (its tables %2 have rows). Tenure copies a book only into an empty database. Nothing was changed.</source>
        <translation>В базе данных %1 уже есть книга клиентов (в её таблицах %2 есть строки). Tenure копирует книгу только в пустую базу данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 already exists; Tenure does not copy over a file. Choose another name.</source>
        <translation>%1 уже существует; Tenure не записывает копию поверх файла. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Reading %1 (%L2 rows so far)</source>
        <translation>Читается %1 (прочитано строк: %L2)</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::Connection</name>
    <message>
        <source>Tenure could not reach the book&apos;s server: out of memory.</source>
        <translation>Tenure не удалось подключиться к серверу книги клиентов: недостаточно памяти.</translation>
    </message>
    <message>
        <source>Tenure could not reach the book&apos;s server (%1).</source>
        <translation>Tenure не удалось подключиться к серверу книги клиентов (%1).</translation>
    </message>
    <message>
        <source>The book&apos;s server cannot send text as UTF-8 (%1).</source>
        <translation>Сервер книги клиентов не может передавать текст в UTF-8 (%1).</translation>
    </message>
    <message>
        <source>The connection to the book %1 failed (%2).</source>
        <translation>Сбой соединения с книгой клиентов %1 (%2).</translation>
    </message>
    <message>
        <source>The server of the book %1 refused (%2).</source>
        <translation>Сервер книги клиентов %1 отклонил запрос (%2).</translation>
    </message>
    <message>
        <source>Tenure cannot name &quot;%1&quot; on the book&apos;s server (%2).</source>
        <translation>Tenure не может использовать имя «%1» на сервере книги клиентов (%2).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>нет ответа за %n секунду</numerusform>
            <numerusform>нет ответа за %n секунды</numerusform>
            <numerusform>нет ответа за %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerSchema</name>
    <message>
        <source>Missing schema resource %1</source>
        <translation>Нет ресурса схемы %1</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer version of Tenure (book format %2; this version reads up to %3). Update Tenure to use it. It has not been changed.</source>
        <translation>Книга клиентов %1 записана более новой версией Tenure (формат книги %2; эта версия читает до %3). Обновите Tenure, чтобы работать с ней. Она не изменена.</translation>
    </message>
    <message>
        <source>Upgrading the book %1 to version %2 (%3) failed and was undone: %4</source>
        <translation>Обновление книги клиентов %1 до версии %2 (%3) не удалось и было отменено: %4</translation>
    </message>
    <message>
        <source>The database %1 holds no Tenure book.</source>
        <translation>В базе данных %1 нет книги клиентов Tenure.</translation>
    </message>
    <message>
        <source>The book %1 has an older format (%2; this version writes %3). Upgrade it first with a Tenure that may change it.</source>
        <translation>Книга клиентов %1 в более старом формате (%2; эта версия записывает %3). Сначала обновите её в Tenure с правом на её изменение.</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerSnapshot</name>
    <message>
        <source>Tenure could not make a temporary folder to read the server&apos;s book into (%1).</source>
        <translation>Tenure не удалось создать временную папку, чтобы прочитать в неё книгу с сервера (%1).</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::ServerWriter</name>
    <message>
        <source>an action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>задачу</translation>
    </message>
    <message>
        <source>a playbook</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>a play</source>
        <translation>запуск сценария</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>клиента</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>строку таблицы %1</translation>
    </message>
    <message>
        <source>Someone else deleted %1 from the team book after this window read it. Your change was not saved; the window reads the book again.</source>
        <translation>Кто-то другой удалил %1 из командной книги после того, как это окно её прочитало. Ваше изменение не сохранено; окно читает книгу заново.</translation>
    </message>
    <message>
        <source> (%1, at %2 UTC)</source>
        <translation> (%1, в %2 UTC)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Someone else changed %1 on the team book after this window read it%2. Your change was not saved; the window reads the book again.</source>
        <translation>Кто-то другой изменил %1 в командной книге после того, как это окно её прочитало%2. Ваше изменение не сохранено; окно читает книгу заново.</translation>
    </message>
    <message>
        <source>Your change was not saved; the window keeps showing the copy it last read.</source>
        <translation>Ваше изменение не сохранено; окно по-прежнему показывает последнюю прочитанную копию.</translation>
    </message>
    <message>
        <source>The team book&apos;s server cannot be reached (%1). %2</source>
        <translation>Сервер командной книги недоступен (%1). %2</translation>
    </message>
    <message>
        <source>Your login %1 may not make this change on the team book. %2 Nothing was changed.</source>
        <translation>Вашему логину %1 нельзя вносить это изменение в командную книгу. %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Someone else added to the team book at the same moment. Your change was not saved; the window reads the book again, and you can make it once more.</source>
        <translation>Кто-то другой в тот же момент добавил запись в командную книгу. Ваше изменение не сохранено; окно читает книгу заново, и вы можете повторить его.</translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::TeamRoles</name>
    <message>
        <source>The role name %1 is longer than the server allows (%2 bytes); choose a shorter prefix.</source>
        <translation>Имя роли %1 длиннее, чем допускает сервер (не более %2 байт); выберите префикс короче.</translation>
    </message>
    <message>
        <source>a Tenure book</source>
        <translation>книга клиентов Tenure</translation>
    </message>
    <message>
        <source>The database %1 is not empty (it holds %2). A team book starts on an empty database; copy a book into it afterwards with tenure book copy. Nothing was changed.</source>
        <translation>База данных %1 не пуста (в ней есть: %2). Командная книга клиентов создаётся в пустой базе данных; скопируйте в неё книгу потом командой tenure book copy. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server already has the roles %1. Choose another prefix with --role-prefix. Nothing was changed.</source>
        <translation>На сервере уже есть роли %1. Выберите другой префикс через --role-prefix. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>tenure::today::TodayBrief</name>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>MRR fell %1%</source>
        <translation>MRR упал на %1%</translation>
    </message>
    <message>
        <source>Health %1 → %2</source>
        <translation>Здоровье %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket(s)</source>
        <translation>
            <numerusform>%n новое обращение</numerusform>
            <numerusform>%n новых обращения</numerusform>
            <numerusform>%n новых обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 from %2</source>
        <translation>NPS %1 от %2</translation>
    </message>
    <message>
        <source>%1 left on %2</source>
        <translation>%1 ушёл(ушла) %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
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
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>%1 · customer since %2 · as of %3</source>
        <translation>%1 · клиент с %2 · на %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>not paying</source>
        <translation>не платит</translation>
    </message>
    <message>
        <source>Health is scored for paying accounts with data.</source>
        <translation>Здоровье оценивается у платящих клиентов с данными.</translation>
    </message>
    <message>
        <source>  ▲ +%1 in %2 days</source>
        <translation>  ▲ +%1 за %2 дн.</translation>
    </message>
    <message>
        <source>  ▼ %1 in %2 days</source>
        <translation>  ▼ %1 за %2 дн.</translation>
    </message>
    <message>
        <source>  → unchanged in %1 days</source>
        <translation>  → без изменений за %1 дн.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not paying, or no data, on %1: no trend</source>
        <translation>На %1 не платит или нет данных: тренда нет</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source> (%1% of its weight known)</source>
        <translation> (известно %1% веса)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountPage</name>
    <message>
        <source>There is no account #%1 in this book.</source>
        <translation>В этой книге клиентов нет клиента №%1.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Ответы на опросы</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Success-plan goals</source>
        <translation>Цели плана успеха</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Plays &amp;&amp; Actions</source>
        <translation>Сценарии и действия</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Назад: %1</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Чтение клиента…</translation>
    </message>
    <message>
        <source>Open an account from the Accounts list to see it here.</source>
        <translation>Откройте клиента из списка «Клиенты», чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открыто</numerusform>
            <numerusform>%n открыто</numerusform>
            <numerusform>%n открыто</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Обращений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s), newest first</source>
        <translation>
            <numerusform>%n ответ на опрос, сначала новые</numerusform>
            <numerusform>%n ответа на опросы, сначала новые</numerusform>
            <numerusform>%n ответов на опросы, сначала новые</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers.</source>
        <translation>Ответов на опросы нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s). Gone dark: no activity for more than the threshold; left: no longer at the customer.</source>
        <translation>
            <numerusform>%n контакт. Пропал: нет активности дольше порога; ушёл: больше не работает у клиента.</numerusform>
            <numerusform>%n контакта. Пропал: нет активности дольше порога; ушёл: больше не работает у клиента.</numerusform>
            <numerusform>%n контактов. Пропал: нет активности дольше порога; ушёл: больше не работает у клиента.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Контактов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n success-plan goal(s), by due date</source>
        <translation>
            <numerusform>%n цель плана успеха, по сроку</numerusform>
            <numerusform>%n цели плана успеха, по сроку</numerusform>
            <numerusform>%n целей плана успеха, по сроку</numerusform>
        </translation>
    </message>
    <message>
        <source>No success-plan goals. Agreeing goals is the first step against &quot;no value&quot; churn.</source>
        <translation>Целей плана успеха нет. Согласовать цели — первый шаг против оттока «без ценности».</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): actions, billing movements, tickets, surveys, requests and customer events, newest first</source>
        <translation>
            <numerusform>%n событие: действия, движения оплат, обращения, опросы, запросы и события у клиента, сначала новые</numerusform>
            <numerusform>%n события: действия, движения оплат, обращения, опросы, запросы и события у клиента, сначала новые</numerusform>
            <numerusform>%n событий: действия, движения оплат, обращения, опросы, запросы и события у клиента, сначала новые</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>С этим клиентом пока ничего не происходило.</translation>
    </message>
    <message>
        <source>No calibrated chance of loss: %1</source>
        <translation>Нет откалиброванной вероятности потери: %1</translation>
    </message>
    <message>
        <source>Accounts scored like this one churned or contracted %1% of the time within %2 days (from this book&apos;s last %3 quarter ends).</source>
        <translation>Клиенты с такой же оценкой уходили или сокращались в течение %2 дн. в %1% случаев (по последним концам кварталов этой книги клиентов: %3).</translation>
    </message>
    <message>
        <source>Working out how often accounts scored like this one were lost…</source>
        <translation>Расчёт того, как часто терялись клиенты с такой же оценкой…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountWorkPanel</name>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Почему сейчас</translation>
    </message>
    <message>
        <source>Suggested plays</source>
        <translation>Предлагаемые сценарии</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>&amp;Start Play</source>
        <translation>&amp;Запустить сценарий</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Log Action…</source>
        <translation>Записать &amp;действие…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to start: no reason, quadrant change or lifecycle moment calls for a play, or its play is running.</source>
        <translation>Запускать нечего: ни причина, ни смена квадранта, ни этап жизненного цикла не требуют сценария, или он уже идёт.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Чтение клиентов…</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>Не удалось прочитать клиентов</translation>
    </message>
    <message>
        <source>Filter accounts by name</source>
        <translation>Фильтр клиентов по названию</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Показанные клиенты</translation>
    </message>
    <message>
        <source>Run a &amp;Play…</source>
        <translation>Запустить &amp;сценарий…</translation>
    </message>
    <message>
        <source>A one-to-many play (webinar, newsletter, survey) on the selected accounts, or on every account the filters show</source>
        <translation>Сценарий «один ко многим» (вебинар, рассылка, опрос) для выбранных клиентов или для всех, кого показывают фильтры</translation>
    </message>
    <message>
        <source>Health could not be scored: %1</source>
        <translation>Не удалось оценить здоровье: %1</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>&amp;Open Account</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message numerus="yes">
        <source>Run a One-to-Many &amp;Play on %n Account(s)…</source>
        <translation>
            <numerusform>Запустить &amp;сценарий «один ко многим» для %n клиента…</numerusform>
            <numerusform>Запустить &amp;сценарий «один ко многим» для %n клиентов…</numerusform>
            <numerusform>Запустить &amp;сценарий «один ко многим» для %n клиентов…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 из %2 клиентов</translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation>Причина риска</translation>
    </message>
    <message>
        <source>Any risk reason</source>
        <translation>Любая причина риска</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>Any quadrant</source>
        <translation>Любой квадрант</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Присоединить к…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ActionDialog</name>
    <message>
        <source>Follow up on</source>
        <translation>Продолжение по</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <source>Log Action</source>
        <translation>Записать действие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Никто конкретно</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Reason addressed</source>
        <translation>Устранённая причина</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>What was done or said</source>
        <translation>Что сделано или сказано</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата следующего шага</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AmountsBox</name>
    <message>
        <source>How should the amounts be read?</source>
        <translation>Как читать суммы?</translation>
    </message>
    <message>
        <source>Amounts in cents</source>
        <translation>Суммы в центах</translation>
    </message>
    <message>
        <source>Amounts in whole units</source>
        <translation>Суммы в целых единицах</translation>
    </message>
    <message>
        <source>The file gives prices but not how often they are billed. Every price is billed:</source>
        <translation>В файле есть цены, но не сказано, как часто они оплачиваются. Каждая цена оплачивается:</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>Интервал оплаты</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>каждый месяц</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>каждый квартал</translation>
    </message>
    <message>
        <source>every six months</source>
        <translation>каждые полгода</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>каждый год</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>каждую неделю</translation>
    </message>
    <message>
        <source>1.234,50 is one thousand two hundred thirty-four and a half (a &amp;comma separates decimals)</source>
        <translation>1.234,50 — это тысяча двести тридцать четыре с половиной (дробную часть отделяет &amp;запятая)</translation>
    </message>
    <message>
        <source>1,234.50 is one thousand two hundred thirty-four and a half (a &amp;point separates decimals)</source>
        <translation>1,234.50 — это тысяча двести тридцать четыре с половиной (дробную часть отделяет &amp;точка)</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>Десятичная запятая</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Десятичная точка</translation>
    </message>
    <message>
        <source>The numbers in %1 read two ways, such as 1.234: which character separates decimals?</source>
        <translation>Числа в %1 читаются двояко, например 1.234: какой символ отделяет дробную часть?</translation>
    </message>
    <message>
        <source>Every amount is a whole number, typically %1. Billing systems often write cents this way.</source>
        <translation>Все суммы — целые числа, обычно %1. Так биллинговые системы часто записывают центы.</translation>
    </message>
    <message>
        <source>&amp;Cents: %1 is %2</source>
        <translation>&amp;Центы: %1 — это %2</translation>
    </message>
    <message>
        <source>&amp;Whole units: %1 is %2</source>
        <translation>Ц&amp;елые единицы: %1 — это %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BacktestPanel</name>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Lost within 90 days</source>
        <translation>Потеряно за 90 дней</translation>
    </message>
    <message>
        <source>&lt;b&gt;How well would this score have warned you last year?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Насколько хорошо эта оценка предупредила бы вас в прошлом году?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scoring the book as of the last quarter ends…</source>
        <translation>Оценка книги клиентов на концы последних кварталов…</translation>
    </message>
    <message>
        <source>Not enough history yet: the back-test needs accounts scored a quarter ago and some lost since.</source>
        <translation>Истории пока недостаточно: ретротесту нужны клиенты, оценённые квартал назад, и потери с тех пор.</translation>
    </message>
    <message numerus="yes">
        <source>Scored as of %n quarter end(s) (%1 to %2), then watched for 90 days. AUC %3: the chance a lost account scored worse than a kept one (0.5 is a coin toss). The worst-scored tenth were lost %4× as often as all accounts.</source>
        <translation>
            <numerusform>Оценено на %n конец квартала (с %1 по %2), затем наблюдение 90 дней. AUC %3: вероятность, что потерянный клиент оценён хуже сохранённого (0,5 — подбрасывание монетки). Худшая по оценке десятая часть терялась в %4 раза чаще, чем все клиенты.</numerusform>
            <numerusform>Оценено на %n конца квартала (с %1 по %2), затем наблюдение 90 дней. AUC %3: вероятность, что потерянный клиент оценён хуже сохранённого (0,5 — подбрасывание монетки). Худшая по оценке десятая часть терялась в %4 раза чаще, чем все клиенты.</numerusform>
            <numerusform>Оценено на %n концов кварталов (с %1 по %2), затем наблюдение 90 дней. AUC %3: вероятность, что потерянный клиент оценён хуже сохранённого (0,5 — подбрасывание монетки). Худшая по оценке десятая часть терялась в %4 раза чаще, чем все клиенты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::BookChange</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>This book is open read-only: Tenure may not write to its file or its folder. Nothing was changed.</source>
        <translation>Книга клиентов открыта только для чтения: Tenure не может записывать в её файл или папку. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BookPage</name>
    <message>
        <source>Cohort: the accounts paying before the period</source>
        <translation>Когорта: клиенты, платившие до начала периода</translation>
    </message>
    <message>
        <source>Renewal: the contracts up for renewal in the period</source>
        <translation>Продления: договоры, подлежащие продлению в периоде</translation>
    </message>
    <message>
        <source>When the paid period ends</source>
        <translation>Когда заканчивается оплаченный период</translation>
    </message>
    <message>
        <source>When the customer cancels</source>
        <translation>Когда клиент отменяет подписку</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>These settings belong to the book: everyone who opens it sees the same numbers. The quarterly report prints them in its methodology.</source>
        <translation>Эти настройки принадлежат книге: все, кто её открывает, видят одни и те же цифры. Квартальный отчёт приводит их в разделе о методике.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Базовая валюта:</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted with the book&apos;s rates table; a currency is offered once the table has rates for it.</source>
        <translation>Суммы в других валютах пересчитываются по таблице курсов книги; валюта появляется в списке, когда для неё есть курсы.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Финансовый год начинается в:</translation>
    </message>
    <message>
        <source>Retention metrics</source>
        <translation>Метрики удержания</translation>
    </message>
    <message>
        <source>&amp;Retention method:</source>
        <translation>&amp;Метод удержания:</translation>
    </message>
    <message>
        <source>&amp;Churn counts:</source>
        <translation>&amp;Отток учитывается:</translation>
    </message>
    <message>
        <source>Rea&amp;ctivation window:</source>
        <translation>Окно &amp;возврата:</translation>
    </message>
    <message>
        <source>A customer who comes back after at most this many months without revenue is a reactivation; after a longer gap, new business.</source>
        <translation>Клиент, вернувшийся не более чем через столько месяцев без выручки, — это возврат; после большего перерыва — новый бизнес.</translation>
    </message>
    <message>
        <source>This quarter is %1: %2 to %3 %4.</source>
        <translation>Текущий квартал — %1: %2 – %3 %4.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BulkPlayDialog</name>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Спонсор из руководства</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Опытный пользователь</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>ИТ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Run a One-to-Many Play</source>
        <translation>Запуск сценария «один ко многим»</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>What is sent, e.g. “Q4 product webinar”</source>
        <translation>Что отправляется, например «Вебинар о продукте за IV квартал»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Recipients by persona</source>
        <translation>Получатели по ролям</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Кому писать</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Run and Save Recipients…</source>
        <translation>Запустить и сохранить получателей…</translation>
    </message>
    <message>
        <source>Save Recipients</source>
        <translation>Сохранить получателей</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>получатели.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with an email, still at the customer</source>
        <translation>
            <numerusform>%n получатель с эл. почтой, ещё работающий у клиента</numerusform>
            <numerusform>%n получателя с эл. почтой, ещё работающих у клиента</numerusform>
            <numerusform>%n получателей с эл. почтой, ещё работающих у клиента</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Every row is read and checked; nothing is written yet.</source>
        <translation>Каждая строка читается и проверяется; пока ничего не записано.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Selected rejected row</source>
        <translation>Выбранная отклонённая строка</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>Прочитано %1 из %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, осталось около %2</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and skip the rejected ones</source>
        <translation>
            <numerusform>Импортировать %Ln допустимую строку и пропустить отклонённые</numerusform>
            <numerusform>Импортировать %Ln допустимые строки и пропустить отклонённые</numerusform>
            <numerusform>Импортировать %Ln допустимых строк и пропустить отклонённые</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These files cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Эти файлы нельзя импортировать.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 read — %3 to add, %4 to update, %5 unchanged, %6 ignored, %7 rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: прочитано %2 — добавить %3, обновить %4, без изменений %5, пропустить %6, отклонено %7</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) will be created.</source>
        <translation>
            <numerusform>Будет создан %n новый клиент.</numerusform>
            <numerusform>Будут созданы %n новых клиента.</numerusform>
            <numerusform>Будет создано %n новых клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected, listed below. Import the valid rows only, or cancel, fix the files and import them again: nothing is written until you choose.</source>
        <translation>
            <numerusform>%Ln строка отклонена, см. ниже. Импортируйте только допустимые строки или отмените, исправьте файлы и импортируйте их снова: пока вы не выберете, ничего не записывается.</numerusform>
            <numerusform>%Ln строки отклонены, см. ниже. Импортируйте только допустимые строки или отмените, исправьте файлы и импортируйте их снова: пока вы не выберете, ничего не записывается.</numerusform>
            <numerusform>%Ln строк отклонено, см. ниже. Импортируйте только допустимые строки или отмените, исправьте файлы и импортируйте их снова: пока вы не выберете, ничего не записывается.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Все строки можно импортировать.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: lends its columns to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: дополняет столбцами %2</translation>
    </message>
    <message>
        <source>MRR in this file on %1, its latest start: &lt;b&gt;%2&lt;/b&gt;. Check it looks right: cents read as whole units make it 100 times too large.</source>
        <translation>MRR в этом файле на %1, последнюю дату начала в нём: &lt;b&gt;%2&lt;/b&gt;. Проверьте, правдоподобно ли это: центы, прочитанные как целые единицы, делают его в 100 раз больше.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed over: %1</source>
        <translation>Пропущены: %1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::CohortHeatmap</name>
    <message>
        <source>Cohort retention heatmap</source>
        <translation>Тепловая карта удержания когорт</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DateOrderBox</name>
    <message>
        <source>How should the dates be read?</source>
        <translation>Как читать даты?</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Сначала месяц</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Сначала день</translation>
    </message>
    <message>
        <source>%1 mixes day-first dates (31/01/2024) with month-first ones (01/31/2024). Choose the order most rows use; the rows that do not fit it will be listed as rejected.</source>
        <translation>В %1 смешаны даты с днём впереди (31/01/2024) и с месяцем впереди (01/31/2024). Выберите порядок, который используют большинство строк; не подходящие строки попадут в отклонённые.</translation>
    </message>
    <message>
        <source>Every date in %1 reads both as month/day and as day/month, so the file alone cannot tell. Which is it?</source>
        <translation>Каждая дата в %1 читается и как месяц/день, и как день/месяц, так что по одному файлу не понять. Как именно?</translation>
    </message>
    <message>
        <source>You chose how the ambiguous dates of this file are read.</source>
        <translation>Вы выбрали, как читать неоднозначные даты этого файла.</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>Сначала &amp;месяц: %1 — это %2</translation>
    </message>
    <message>
        <source>D&amp;ay first: %1 is %2</source>
        <translation>Сначала &amp;день: %1 — это %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DecompositionView</name>
    <message>
        <source>%1 missing</source>
        <translation>%1 нет данных</translation>
    </message>
    <message>
        <source>%1 %2 × %3%</source>
        <translation>%1 %2 × %3%</translation>
    </message>
    <message>
        <source>Health decomposition</source>
        <translation>Состав оценки здоровья</translation>
    </message>
    <message>
        <source>Not enough data for a health score.</source>
        <translation>Недостаточно данных для оценки здоровья.</translation>
    </message>
    <message>
        <source>Not a paying customer on this date: health is scored for paying accounts only.</source>
        <translation>На эту дату не платящий клиент: здоровье оценивается только у платящих.</translation>
    </message>
    <message>
        <source>Health %1 = %2 + %3 + %4</source>
        <translation>Здоровье %1 = %2 + %3 + %4</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>впечатления</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>отношения</translation>
    </message>
    <message>
        <source>Some inputs have no data. Their weight is shared among the inputs that have data, in proportion to their own weights: compare the weight and effective weight columns.</source>
        <translation>По некоторым входным данным нет значений. Их вес распределяется между имеющимися пропорционально их собственным весам: сравните столбцы веса и фактического веса.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::EffectsPanel</name>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Измерить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Playbook results</source>
        <translation>Результаты сценариев</translation>
    </message>
    <message>
        <source>For each playbook: the accounts it ran on and what happened in the 90 days after (churned, contracted, health 30 and 90 days later), beside comparable accounts of the same segment, with the same risk reason, where it did not run.</source>
        <translation>По каждому сценарию: клиенты, на которых он запускался, и что случилось за 90 дней после (ушли, сократились, здоровье через 30 и 90 дней), рядом с сопоставимыми клиентами того же сегмента с той же причиной риска, где он не запускался.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>No playbook has run in this book yet.</source>
        <translation>В этой книге клиентов ещё не запускался ни один сценарий.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) have run. Outcomes count accounts whose 90 days have passed.</source>
        <translation>
            <numerusform>Запускался %n сценарий. Итоги учитывают клиентов, у которых прошло 90 дней.</numerusform>
            <numerusform>Запускались %n сценария. Итоги учитывают клиентов, у которых прошло 90 дней.</numerusform>
            <numerusform>Запускалось %n сценариев. Итоги учитывают клиентов, у которых прошло 90 дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::FileSelector</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation>%1 — готов</translation>
    </message>
    <message>
        <source>%1 — needs attention</source>
        <translation>%1 — требует внимания</translation>
    </message>
</context>
<context>
    <name>tenure::ui::FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>Add CSV exports from your billing system or spreadsheets, or drop them on this window. All files are imported together: every valid row lands, or nothing does.</source>
        <translation>Добавьте CSV-выгрузки из биллинговой системы или таблиц либо перетащите их в это окно. Все файлы импортируются вместе: записываются все допустимые строки или ничего.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читается как</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No files yet. Drop CSV exports on this window, or add them.</source>
        <translation>Файлов пока нет. Перетащите CSV-выгрузки в это окно или добавьте их.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Добавить файлы для импорта</translation>
    </message>
    <message>
        <source>CSV and text exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV и текстовые выгрузки (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
</context>
<context>
    <name>tenure::ui::HealthPage</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The health score and the risk reasons of every account use these weights and thresholds. They belong to the book.</source>
        <translation>Оценка здоровья и причины риска каждого клиента используют эти веса и пороги. Они принадлежат книге.</translation>
    </message>
    <message>
        <source>Weights of the health score</source>
        <translation>Веса оценки здоровья</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>&amp;Опыт:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>О&amp;тношения:</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Хотя бы один вес должен быть больше нуля.</translation>
    </message>
    <message>
        <source>Of the score: outcome %1%, experience %2%, relationship %3%. When an account lacks the data for one, its share goes to the others.</source>
        <translation>Доли в оценке: результат %1%, опыт %2%, отношения %3%. Если у клиента нет данных для одной из них, её доля переходит к остальным.</translation>
    </message>
    <message>
        <source>Adoption and value</source>
        <translation>Внедрение и ценность</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Внедрение</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Product and support</source>
        <translation>Продукт и поддержка</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Contact from the CSM</source>
        <translation>Контакт со стороны CSM</translation>
    </message>
    <message>
        <source>Customer events and billing</source>
        <translation>События клиента и биллинг</translation>
    </message>
    <message>
        <source>Usage drop that is a warning:</source>
        <translation>Падение использования, которое настораживает:</translation>
    </message>
    <message>
        <source>…measured over:</source>
        <translation>…за период:</translation>
    </message>
    <message>
        <source>Licences used below which adoption is low:</source>
        <translation>Доля используемых лицензий, ниже которой внедрение низкое:</translation>
    </message>
    <message>
        <source>Missed goals that, with falling usage, mean no value:</source>
        <translation>Невыполненных целей, что при падении использования означает отсутствие ценности:</translation>
    </message>
    <message>
        <source>Not live this long after the target date:</source>
        <translation>Не запущен спустя столько после целевой даты:</translation>
    </message>
    <message>
        <source>A sponsor who left within:</source>
        <translation>Спонсор, ушедший в течение:</translation>
    </message>
    <message>
        <source>A key contact silent this long has gone dark:</source>
        <translation>Ключевой контакт, молчащий так долго, пропал:</translation>
    </message>
    <message>
        <source>Feature requests that show a product gap:</source>
        <translation>Запросов функций, указывающих на пробел в продукте:</translation>
    </message>
    <message>
        <source>…within:</source>
        <translation>…в течение:</translation>
    </message>
    <message>
        <source>A ticket open longer than this is old:</source>
        <translation>Заявка, открытая дольше, считается старой:</translation>
    </message>
    <message>
        <source>Old tickets that are a support problem:</source>
        <translation>Старых заявок, означающих проблему с поддержкой:</translation>
    </message>
    <message>
        <source>Escalations in 90 days that are a support problem:</source>
        <translation>Эскалаций за 90 дней, означающих проблему с поддержкой:</translation>
    </message>
    <message>
        <source>Highest NPS of a detractor:</source>
        <translation>Наибольший NPS критика:</translation>
    </message>
    <message>
        <source>Highest CSAT that is poor:</source>
        <translation>Наибольший CSAT, считающийся плохим:</translation>
    </message>
    <message>
        <source>Feedback counts for:</source>
        <translation>Отзыв учитывается в течение:</translation>
    </message>
    <message>
        <source>No contact with a high-touch account for:</source>
        <translation>Нет контакта с клиентом high-touch в течение:</translation>
    </message>
    <message>
        <source>No contact with a low-touch account for:</source>
        <translation>Нет контакта с клиентом low-touch в течение:</translation>
    </message>
    <message>
        <source>No contact with a tech-touch account for:</source>
        <translation>Нет контакта с клиентом tech-touch в течение:</translation>
    </message>
    <message>
        <source>Customer events count for:</source>
        <translation>События клиента учитываются в течение:</translation>
    </message>
    <message>
        <source>MRR fall in 90 days that is a contraction:</source>
        <translation>Падение MRR за 90 дней, считающееся сокращением:</translation>
    </message>
    <message>
        <source>A renewal this close is at risk when other reasons fired:</source>
        <translation>Продление в пределах этого срока под угрозой, если есть другие причины:</translation>
    </message>
    <message>
        <source>An account is at risk when its health is below %1 or a risk reason of at least medium severity fired. Severity runs from 0 to 1: medium is %2 or more, low is below. These two numbers are fixed; each reason&apos;s severity follows from the thresholds below (docs/domain.md gives every formula).</source>
        <translation>Клиент под риском, если его здоровье ниже %1 или сработала причина риска не ниже средней серьёзности. Серьёзность — от 0 до 1: средняя — %2 и выше, низкая — ниже. Эти два числа фиксированы; серьёзность каждой причины следует из порогов ниже (все формулы приведены в docs/domain.md).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под риском</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Оценка здоровья</translation>
    </message>
    <message>
        <source>Share of the score&apos;s weight with data needed to place an account:</source>
        <translation>Доля веса оценки с данными, нужная для размещения клиента:</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>You can keep working in other windows. Cancel leaves the book as it was.</source>
        <translation>Можно продолжать работу в других окнах. Отмена оставит книгу клиентов как была.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>Отмена: откат записанного…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 из %2 строк</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 строк/с</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <source>Finishing: indexing and saving…</source>
        <translation>Завершение: индексирование и сохранение…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Вертикальная черта (|)</translation>
    </message>
    <message>
        <source>%1, your saved mapping</source>
        <translation>%1, ваше сохранённое сопоставление</translation>
    </message>
    <message>
        <source>%1, mapped by hand</source>
        <translation>%1, сопоставлено вручную</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>отклонённые строки.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportsView</name>
    <message>
        <source>Bring in CSV exports from Stripe, Chargebee, Recurly, Paddle, Zuora, ChartMogul or Baremetrics, and contacts, usage, tickets, surveys, feature requests and goals. Drop files anywhere on the window, or:</source>
        <translation>Загрузите CSV-выгрузки из Stripe, Chargebee, Recurly, Paddle, Zuora, ChartMogul или Baremetrics, а также контакты, использование, обращения, опросы, запросы функций и цели. Перетащите файлы в любое место окна или:</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читается как</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Журнал импорта</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Подробности импорта</translation>
    </message>
    <message>
        <source>Choose an import to see its fingerprint and what it changed.</source>
        <translation>Выберите импорт, чтобы увидеть его отпечаток и что он изменил.</translation>
    </message>
    <message>
        <source>%1 from %2, SHA-256 %3</source>
        <translation>%1 из %2, SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) were kept as new accounts.</source>
        <translation>
            <numerusform>%n возможный дубликат сохранён как новый клиент.</numerusform>
            <numerusform>%n возможных дубликата сохранены как новые клиенты.</numerusform>
            <numerusform>%n возможных дубликатов сохранены как новые клиенты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by this newer export:</source>
        <translation>Изменено этой более новой выгрузкой:</translation>
    </message>
    <message>
        <source>Imported by %1.</source>
        <translation>Импортировал: %1.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LastChange</name>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Последним изменил: %1, %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LibraryPanel</name>
    <message>
        <source>one-to-many</source>
        <translation>один ко многим</translation>
    </message>
    <message>
        <source>risk reason</source>
        <translation>причина риска</translation>
    </message>
    <message>
        <source>quadrant</source>
        <translation>квадрант</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>жизненный цикл</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>&amp;New Playbook</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Add the playbooks of a shared library file (JSON)</source>
        <translation>Добавить сценарии из общего файла библиотеки (JSON)</translation>
    </message>
    <message>
        <source>Save this book&apos;s library as a JSON file to share</source>
        <translation>Сохранить библиотеку этой книги клиентов в JSON-файл, чтобы поделиться</translation>
    </message>
    <message>
        <source>Import Playbooks</source>
        <translation>Импорт сценариев</translation>
    </message>
    <message>
        <source>Playbook libraries (*.json)</source>
        <translation>Библиотеки сценариев (*.json)</translation>
    </message>
    <message>
        <source>Export Playbooks</source>
        <translation>Экспорт сценариев</translation>
    </message>
    <message>
        <source>playbooks.json</source>
        <translation>сценарии.json</translation>
    </message>
    <message>
        <source>Revert to Built-in</source>
        <translation>Вернуть встроенный</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New playbook %1</source>
        <translation>Новый сценарий %1</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Первый шаг</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 — не JSON: %2 в байте %3.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ListenerKeeper</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Соединение с сервером потеряно.</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Two-by-two</source>
        <translation>Матрица 2×2</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Новая книга клиентов…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Открыть книгу клиентов…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Quarterly &amp;Report…</source>
        <translation>&amp;Квартальный отчёт…</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>&amp;Закрыть книгу клиентов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>&amp;О программе Tenure</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>Нет недавних книг клиентов</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>Не удаётся открыть книгу клиентов</translation>
    </message>
    <message>
        <source>%1 — Tenure</source>
        <translation>%1 — Tenure</translation>
    </message>
    <message>
        <source>The book was upgraded; the copy from before is %1</source>
        <translation>Книга клиентов обновлена; копия до обновления — %1</translation>
    </message>
    <message>
        <source>Nothing to import into</source>
        <translation>Некуда импортировать</translation>
    </message>
    <message>
        <source>Open or create a book first, then drop the files again.</source>
        <translation>Сначала откройте или создайте книгу клиентов, затем снова перетащите файлы.</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>Новая книга клиентов</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>Не удаётся создать книгу клиентов</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Открыть книгу клиентов</translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation>О программе Tenure</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;A customer-success workbench: who is at risk and why, what renews soon, and retention you can trace to each account.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Рабочее место для работы с клиентами: кто под риском и почему, что скоро продлевается, и удержание, которое можно проследить до каждого клиента.&lt;/p&gt;&lt;p&gt;Свободное программное обеспечение под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter the accounts by name</source>
        <translation>Фильтр клиентов по названию</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Открыть выбранного клиента</translation>
    </message>
    <message>
        <source>Back from an account&apos;s page</source>
        <translation>Назад со страницы клиента</translation>
    </message>
    <message>
        <source>The menu of the accounts list&apos;s rows</source>
        <translation>Меню строк списка клиентов</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>The book&apos;s settings changed: every figure was recomputed.</source>
        <translation>Настройки книги изменены: все цифры пересчитаны.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tenure uses the new language from its next start. Restart Tenure now?</source>
        <translation>Tenure будет использовать новый язык после перезапуска. Перезапустить Tenure сейчас?</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Tenure may not write to this book&apos;s file or folder: you can read it, and changes are refused.</source>
        <translation>Tenure не может записывать в файл или папку этой книги клиентов: её можно читать, но изменения отклоняются.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tenure</source>
        <translation>%1 (только чтение) — Tenure</translation>
    </message>
    <message>
        <source>The book is read-only: Tenure may not write to %1 or its folder. You can read it; changes are refused.</source>
        <translation>Книга клиентов доступна только для чтения: Tenure не может записывать в %1 или его папку. Её можно читать; изменения отклоняются.</translation>
    </message>
    <message>
        <source>The book was changed in another window or program; the views show it as it is now.</source>
        <translation>Книгу изменили в другом окне или программе; представления показывают её такой, какая она сейчас.</translation>
    </message>
    <message>
        <source>Changed elsewhere at %1</source>
        <translation>Изменена в другом месте в %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>Open &amp;Team Book…</source>
        <translation>Открыть &amp;командную книгу…</translation>
    </message>
    <message>
        <source>Cannot open the team book</source>
        <translation>Не удалось открыть командную книгу</translation>
    </message>
    <message>
        <source>%1 (team book) — Tenure</source>
        <translation>%1 (командная книга) — Tenure</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the column each field is read from. Fields in bold are needed; the others are optional.</source>
        <translation>Выберите столбец, из которого читается каждое поле. Поля, выделенные жирным, обязательны; остальные — нет.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>You mapped a file with these column names before; your mapping is filled in. Change it here if this export differs.</source>
        <translation>Вы уже сопоставляли файл с такими названиями столбцов; ваше сопоставление заполнено. Измените его здесь, если эта выгрузка отличается.</translation>
    </message>
    <message>
        <source>Filled in from the %1 layout.</source>
        <translation>Заполнено по макету %1.</translation>
    </message>
    <message>
        <source>Your mapping will be remembered for files with these column names.</source>
        <translation>Ваше сопоставление запомнится для файлов с такими названиями столбцов.</translation>
    </message>
    <message>
        <source>Without a header row this mapping cannot be recognised again, so it is not remembered.</source>
        <translation>Без строки заголовка это сопоставление не распознать снова, поэтому оно не запоминается.</translation>
    </message>
    <message>
        <source>%1 still needs attention: choose it above.</source>
        <translation>%1 ещё требует внимания: выберите выше.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Столбец для %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Сохранить сопоставление как</translation>
    </message>
    <message>
        <source>optional: a name for tenure import --mapping</source>
        <translation>необязательно: имя для tenure import --mapping</translation>
    </message>
    <message>
        <source>Save the mapping &amp;as:</source>
        <translation>Сохранить сопоставление &amp;как:</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MergeAccountDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation>Присоединить %1 к…</translation>
    </message>
    <message>
        <source>Every row of %1 (subscriptions, invoices, signals, contacts, actions, tasks, milestones, events, external ids) moves to the account you choose, which keeps its own fields and takes %1&apos;s where it has none. %1 is then removed. Edit ▸ Undo puts it back.</source>
        <translation>Все строки %1 (подписки, счета, сигналы, контакты, действия, задачи, этапы, события, внешние идентификаторы) переходят к выбранному клиенту, который сохраняет свои поля и берёт поля %1 там, где своих нет. Затем %1 удаляется. «Правка ▸ Отменить» вернёт его.</translation>
    </message>
    <message>
        <source>Find an account by name or domain</source>
        <translation>Найти клиента по названию или домену</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Присоединить</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (клиент %2)</translation>
    </message>
    <message>
        <source>%1 (account %2, %3)</source>
        <translation>%1 (клиент %2, %3)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MovementsChart</name>
    <message>
        <source>MRR movements per month</source>
        <translation>Движение MRR по месяцам</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Чистое изменение</translation>
    </message>
    <message>
        <source>MRR movements per month (%1)</source>
        <translation>Движение MRR по месяцам (%1)</translation>
    </message>
    <message>
        <source>MRR moved</source>
        <translation>Изменение MRR</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MrrChart</name>
    <message>
        <source>MRR history</source>
        <translation>История MRR</translation>
    </message>
    <message>
        <source>MRR by month</source>
        <translation>MRR по месяцам</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::OwnerChooser</name>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PersonalPage</name>
    <message>
        <source>The last one chosen</source>
        <translation>Последний выбранный</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>These settings are yours: they are kept on this computer, for every book you open.</source>
        <translation>Это ваши настройки: они хранятся на этом компьютере и действуют для всех открываемых книг.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Tenure.</source>
        <translation>Новый язык будет использоваться после следующего запуска Tenure.</translation>
    </message>
    <message>
        <source>&amp;Default owner:</source>
        <translation>&amp;Ответственный по умолчанию:</translation>
    </message>
    <message>
        <source>Whose work Today and My Tasks show when a book opens.</source>
        <translation>Чью работу показывают «Сегодня» и «Мои задачи» при открытии книги.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>Recorded in a book with the tasks, actions and playbooks you change and the imports you run. Empty: your login name. A team book records the name the team gave your login instead.</source>
        <translation>Записывается в книге вместе с задачами, действиями и сценариями, которые вы меняете, и импортами, которые вы запускаете. Пусто: ваше имя входа в систему. Командная книга вместо него записывает имя, которое команда дала вашему логину.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PlaybookEditor</name>
    <message>
        <source>A risk reason fires</source>
        <translation>Срабатывает причина риска</translation>
    </message>
    <message>
        <source>The account enters a quadrant</source>
        <translation>Клиент попадает в квадрант</translation>
    </message>
    <message>
        <source>A lifecycle moment</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>Запуск вручную</translation>
    </message>
    <message>
        <source>30 days after go-live</source>
        <translation>Через 30 дней после запуска</translation>
    </message>
    <message>
        <source>60 days before renewal</source>
        <translation>За 60 дней до продления</translation>
    </message>
    <message>
        <source>A power user inactive for 14 days</source>
        <translation>Опытный пользователь неактивен 14 дней</translation>
    </message>
    <message>
        <source>A feature released 60 days ago, not tried</source>
        <translation>Функция выпущена 60 дней назад, но не опробована</translation>
    </message>
    <message>
        <source>Run on many accounts at once (low touch)</source>
        <translation>Запуск на многих клиентах сразу (low touch)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Every segment (or a comma-separated list)</source>
        <translation>Все сегменты (или список через запятую)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <source>Trigger value</source>
        <translation>Значение триггера</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Срок через (дней)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новый шаг</translation>
    </message>
    <message>
        <source>Built in. Your changes are kept in this book; Revert brings back the original.</source>
        <translation>Встроенный. Ваши изменения хранятся в этой книге клиентов; «Вернуть» восстанавливает исходный.</translation>
    </message>
    <message>
        <source>This book&apos;s own playbook.</source>
        <translation>Собственный сценарий этой книги клиентов.</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Вид шага</translation>
    </message>
    <message>
        <source>Give the playbook a name.</source>
        <translation>Дайте сценарию название.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Добавьте хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Every step needs a title.</source>
        <translation>У каждого шага должно быть название.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PlaybooksView</name>
    <message>
        <source>My Tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Did It Work?</source>
        <translation>Сработало?</translation>
    </message>
</context>
<context>
    <name>tenure::ui::Preferences</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Книга</translation>
    </message>
    <message>
        <source>&amp;Health Score</source>
        <translation>&amp;Оценка здоровья</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>&amp;Личные</translation>
    </message>
    <message>
        <source>Open a book to change its settings.</source>
        <translation>Откройте книгу, чтобы изменить её настройки.</translation>
    </message>
    <message>
        <source>This book is open read-only: its settings cannot change.</source>
        <translation>Книга открыта только для чтения: её настройки изменить нельзя.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantChart</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Outcome %2 · Experience %3&lt;br&gt;Health %4 · ARR %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Результат %2 · Впечатления %3&lt;br&gt;Здоровье %4 · ARR %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Outcome and experience of every account</source>
        <translation>Результат и впечатления каждого клиента</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln account(s)</source>
        <translation>
            <numerusform>%1 · %Ln клиент</numerusform>
            <numerusform>%1 · %Ln клиента</numerusform>
            <numerusform>%1 · %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: getting the results they bought →</source>
        <translation>Результат: получают то, за что платят →</translation>
    </message>
    <message>
        <source>Experience: liking working with you →</source>
        <translation>Впечатления: им нравится работать с вами →</translation>
    </message>
    <message>
        <source>Colour: health</source>
        <translation>Цвет: здоровье</translation>
    </message>
    <message>
        <source>Size: ARR</source>
        <translation>Размер: ARR</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>След</translation>
    </message>
    <message numerus="yes">
        <source>Point at an account to see where it stood at the end of each of the last %n quarter(s).</source>
        <translation>
            <numerusform>Наведите на клиента, чтобы увидеть, где он был в конце последнего %n квартала.</numerusform>
            <numerusform>Наведите на клиента, чтобы увидеть, где он был в конце каждого из последних %n кварталов.</numerusform>
            <numerusform>Наведите на клиента, чтобы увидеть, где он был в конце каждого из последних %n кварталов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantView</name>
    <message>
        <source>Outcome × experience</source>
        <translation>Результат × впечатления</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Open a book to place its accounts by outcome and experience.</source>
        <translation>Откройте книгу клиентов, чтобы расположить клиентов по результату и впечатлениям.</translation>
    </message>
    <message>
        <source>Scoring every account…</source>
        <translation>Оценка всех клиентов…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>No paying account has both outcome and experience data yet.</source>
        <translation>Пока нет платящих клиентов с данными и о результате, и о впечатлениях.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>Показан %Ln клиент</numerusform>
            <numerusform>Показаны %Ln клиента</numerusform>
            <numerusform>Показано %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paying account(s) without enough data to place</source>
        <translation>
            <numerusform>%Ln платящий клиент без достаточных данных для размещения</numerusform>
            <numerusform>%Ln платящих клиента без достаточных данных для размещения</numerusform>
            <numerusform>%Ln платящих клиентов без достаточных данных для размещения</numerusform>
        </translation>
    </message>
    <message>
        <source>scored as of %1</source>
        <translation>оценено на %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Point at an account for its scores and trail; click it to open it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Наведите на клиента, чтобы увидеть оценки и след; щёлкните, чтобы открыть.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: outcome %2, experience %3&lt;br&gt;</source>
        <translation>%1: результат %2, впечатления %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Outcome %4 · Experience %5 · Health %6&lt;br&gt;ARR %7&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Результат %4 · Впечатления %5 · Здоровье %6&lt;br&gt;ARR %7&lt;br&gt;%8</translation>
    </message>
</context>
<context>
    <name>tenure::ui::RatesBox</name>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Some amounts are in a currency the book has no rate for; they are never counted as if they were the base currency. Type one rate per currency: it is kept from the first day it is needed, until a newer rate.</source>
        <translation>Часть сумм — в валюте, для которой в книге клиентов нет курса; они никогда не учитываются как базовая валюта. Введите по одному курсу на валюту: он сохраняется с первого дня, когда нужен, и действует до более нового курса.</translation>
    </message>
    <message>
        <source>&amp;Use These Rates and Check Again</source>
        <translation>&amp;Применить эти курсы и проверить снова</translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation>Курс %1</translation>
    </message>
    <message>
        <source>%1 per 1 %2</source>
        <translation>%1 за 1 %2</translation>
    </message>
    <message>
        <source>1 %1 in %2 (needed for %3):</source>
        <translation>1 %1 в %2 (нужен для %3):</translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2, %n month(s)</source>
        <translation>
            <numerusform>%1 … %2, %n месяц</numerusform>
            <numerusform>%1 … %2, %n месяца</numerusform>
            <numerusform>%1 … %2, %n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReadingPage</name>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (определено)</translation>
    </message>
    <message>
        <source>How the files are read</source>
        <translation>Как читаются файлы</translation>
    </message>
    <message>
        <source>Check the first rows below. If the text looks garbled or the columns are split wrongly, change the encoding or the delimiter.</source>
        <translation>Проверьте первые строки ниже. Если текст искажён или столбцы разделены неверно, измените кодировку или разделитель.</translation>
    </message>
    <message>
        <source>Preview of the parsed rows</source>
        <translation>Предпросмотр разобранных строк</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>&amp;Source system:</source>
        <translation>&amp;Система-источник:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>%1, map the columns by hand</source>
        <translation>%1, сопоставить столбцы вручную</translation>
    </message>
    <message>
        <source>Stored with every row; customers are matched by their id within the same source.</source>
        <translation>Хранится с каждой строкой; клиенты сопоставляются по идентификатору внутри одного источника.</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names (detected)</source>
        <translation>Первая строка содержит &amp;названия столбцов (определено)</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>Первая строка содержит &amp;названия столбцов</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>These column names were mapped by you before; that mapping is used.</source>
        <translation>Эти названия столбцов вы уже сопоставляли; используется то сопоставление.</translation>
    </message>
    <message>
        <source>No known export has these columns: choose what the file holds, then map its columns on the next page.</source>
        <translation>Ни одна известная выгрузка не имеет таких столбцов: выберите, что содержит файл, и сопоставьте столбцы на следующей странице.</translation>
    </message>
    <message>
        <source>Recognised as %1 from its column names.</source>
        <translation>Распознано как %1 по названиям столбцов.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReasonsPanel</name>
    <message>
        <source>Risk reasons</source>
        <translation>Причины риска</translation>
    </message>
    <message>
        <source>Suggested plays</source>
        <translation>Предлагаемые сценарии</translation>
    </message>
    <message>
        <source>&amp;Plays and Actions…</source>
        <translation>&amp;Сценарии и действия…</translation>
    </message>
    <message>
        <source>Start a play, see the open tasks and log an action</source>
        <translation>Запустить сценарий, посмотреть открытые задачи и записать действие</translation>
    </message>
    <message>
        <source>Not a paying customer on this date: no risk is scored.</source>
        <translation>На эту дату не платящий клиент: риск не оценивается.</translation>
    </message>
    <message>
        <source>No risk reason fired: every detector is within its threshold.</source>
        <translation>Ни одна причина риска не сработала: все детекторы в пределах порогов.</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s), most severe first. Click one to see the data behind it.</source>
        <translation>
            <numerusform>%n причина, сначала самые серьёзные. Щёлкните, чтобы увидеть данные за ней.</numerusform>
            <numerusform>%n причины, сначала самые серьёзные. Щёлкните по одной, чтобы увидеть данные за ней.</numerusform>
            <numerusform>%n причин, сначала самые серьёзные. Щёлкните по одной, чтобы увидеть данные за ней.</numerusform>
        </translation>
    </message>
    <message>
        <source>No play is called for: no reason, quadrant change or lifecycle moment needs one, or its play is already running.</source>
        <translation>Сценарий не нужен: ни причина, ни смена квадранта, ни этап жизненного цикла его не требуют, или он уже идёт.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportCharts</name>
    <message>
        <source>The book has no billing data yet for these months.</source>
        <translation>В книге клиентов ещё нет данных об оплатах за эти месяцы.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Net change (line)</source>
        <translation>Чистое изменение (линия)</translation>
    </message>
    <message>
        <source>Months since first payment; share of accounts still paying</source>
        <translation>Месяцев с первой оплаты; доля клиентов, которые ещё платят</translation>
    </message>
    <message>
        <source>Outcome →</source>
        <translation>Результат →</translation>
    </message>
    <message>
        <source>Experience →</source>
        <translation>Впечатления →</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportDocument</name>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Движение MRR</translation>
    </message>
    <message>
        <source>Retention by segment and owner</source>
        <translation>Удержание по сегментам и ответственным</translation>
    </message>
    <message>
        <source>Retention curve and cohorts</source>
        <translation>Кривая удержания и когорты</translation>
    </message>
    <message>
        <source>Churned and contracted accounts</source>
        <translation>Ушедшие и сократившиеся клиенты</translation>
    </message>
    <message>
        <source>Renewals at risk</source>
        <translation>Продления под риском</translation>
    </message>
    <message>
        <source>Health and the two-by-two</source>
        <translation>Здоровье и матрица 2×2</translation>
    </message>
    <message>
        <source>Snapshot of the two-by-two</source>
        <translation>Снимок матрицы 2×2</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Quarterly retention report · %1</source>
        <translation>Квартальный отчёт об удержании · %1</translation>
    </message>
    <message>
        <source>As of %1 · Tenure</source>
        <translation>На %1 · Tenure</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportPdf</name>
    <message>
        <source>the PDF could not be written whole</source>
        <translation>PDF не удалось записать целиком</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportSections</name>
    <message>
        <source> pts</source>
        <translation> п. п.</translation>
    </message>
    <message>
        <source>Quarterly retention report</source>
        <translation>Квартальный отчёт об удержании</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4</source>
        <translation>%1 · с %2 по %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 · %n account(s) in scope · MRR in %2</source>
        <translation>
            <numerusform>Данные на %1 · в выборке %n клиент · MRR в %2</numerusform>
            <numerusform>Данные на %1 · в выборке %n клиента · MRR в %2</numerusform>
            <numerusform>Данные на %1 · в выборке %n клиентов · MRR в %2</numerusform>
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
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>Отток клиентов</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>против %1</translation>
    </message>
    <message>
        <source>Period: %1, from %2 to %3. Every figure uses only the data known on %4, the as-of date; a quarter that ends later is counted up to that date.</source>
        <translation>Период: %1, с %2 по %3. Каждый показатель использует только данные, известные на %4 — расчётную дату; квартал, который заканчивается позже, учитывается до этой даты.</translation>
    </message>
    <message>
        <source>MRR: the monthly-normalised recurring amounts (tax excluded, recurring discounts deducted) of the subscription periods active on each month&apos;s last day, converted to %1 with the book&apos;s rates.</source>
        <translation>MRR: приведённые к месяцу регулярные суммы (без налогов, за вычетом постоянных скидок) периодов подписки, действующих в последний день каждого месяца, пересчитанные в %1 по курсам книги клиентов.</translation>
    </message>
    <message>
        <source>Retention (cohort method): the cohort is every account paying in %1, the month before the quarter; customers acquired during the quarter are left out. NRR = the cohort&apos;s MRR at the quarter&apos;s last month ÷ its MRR in %1. GRR counts each account at no more than its starting MRR, so it never exceeds 100%. Logo retention = the share of the cohort still paying; customer churn = 1 − logo retention.</source>
        <translation>Удержание (когортный метод): когорта — все клиенты, платившие в %1, месяце перед кварталом; клиенты, привлечённые в течение квартала, не учитываются. NRR = MRR когорты в последнем месяце квартала ÷ её MRR в %1. GRR учитывает каждого клиента не выше его начального MRR, поэтому никогда не превышает 100%. Удержание клиентов = доля когорты, которая ещё платит; отток клиентов = 1 − удержание клиентов.</translation>
    </message>
    <message>
        <source>MRR movements compare each account&apos;s month with the month before: new, reactivation, expansion, contraction and churn; start + new + reactivation + expansion − contraction − churn = end, for every month and every scope.</source>
        <translation>Движение MRR сравнивает месяц каждого клиента с предыдущим: новые, возобновление, расширение, сокращение и отток; начало + новые + возобновление + расширение − сокращение − отток = конец, для каждого месяца и каждой выборки.</translation>
    </message>
    <message>
        <source>Retention curve: Kaplan-Meier survival by months since the first payment, accounts still paying censored at the as-of month. Cohort table: the logos and the net revenue each signup month kept at each age.</source>
        <translation>Кривая удержания: дожитие по Каплану — Мейеру по месяцам с первой оплаты; клиенты, которые ещё платят, цензурируются в расчётном месяце. Таблица когорт: сколько клиентов и чистой выручки каждый месяц регистрации сохранил в каждом возрасте.</translation>
    </message>
    <message numerus="yes">
        <source>Churned and contracted accounts: members of the cohort with no MRR, or less MRR than at the start, at the quarter&apos;s end. Their reasons are the risk reasons that fired on the quarter&apos;s first day; their actions were logged from %n day(s) before the quarter to its end.</source>
        <translation>
            <numerusform>Ушедшие и сократившиеся клиенты: члены когорты без MRR или с MRR меньше начального на конец квартала. Их причины — причины риска, сработавшие в первый день квартала; их действия записаны начиная за %n день до квартала и до его конца.</numerusform>
            <numerusform>Ушедшие и сократившиеся клиенты: члены когорты без MRR или с MRR меньше начального на конец квартала. Их причины — причины риска, сработавшие в первый день квартала; их действия записаны начиная за %n дня до квартала и до его конца.</numerusform>
            <numerusform>Ушедшие и сократившиеся клиенты: члены когорты без MRR или с MRR меньше начального на конец квартала. Их причины — причины риска, сработавшие в первый день квартала; их действия записаны начиная за %n дней до квартала и до его конца.</numerusform>
        </translation>
    </message>
    <message>
        <source>At-risk renewals: accounts renewing in %1 whose health on the as-of date is below %2. Health and the outcome × experience two-by-two use the book&apos;s own weights and thresholds.</source>
        <translation>Продления под риском: клиенты с продлением в %1, чьё здоровье на расчётную дату ниже %2. Здоровье и матрица 2×2 «результат × впечатления» используют веса и пороги самой книги клиентов.</translation>
    </message>
    <message>
        <source>Retention (renewal method, the book&apos;s setting): over the contracts up for renewal in the quarter, NRR = (renewed value + expansion) ÷ value up for renewal; GRR = renewed value ÷ value up for renewal; logo retention = renewed logos ÷ logos up for renewal. A contract renews on the anniversaries of its start, one billing term apart.</source>
        <translation>Удержание (метод продлений, настройка книги): по договорам, подлежащим продлению в квартале, NRR = (продлённая сумма + расширение) ÷ сумма к продлению; GRR = продлённая сумма ÷ сумма к продлению; удержание клиентов = продлившие ÷ подлежавшие продлению. Договор продлевается в годовщины начала, через один расчётный период.</translation>
    </message>
    <message>
        <source>Quarters are calendar quarters.</source>
        <translation>Кварталы — календарные.</translation>
    </message>
    <message>
        <source>Quarters follow the fiscal year starting in %1, named after the calendar year it ends in.</source>
        <translation>Кварталы следуют финансовому году, начинающемуся в месяце «%1»; год называется по календарному году, в котором он заканчивается.</translation>
    </message>
    <message>
        <source>Churn is recognised when the customer cancels, even before the paid period ends.</source>
        <translation>Отток учитывается в момент отмены клиентом, даже до окончания оплаченного периода.</translation>
    </message>
    <message>
        <source>Churn is recognised when the paid period ends.</source>
        <translation>Отток учитывается по окончании оплаченного периода.</translation>
    </message>
    <message>
        <source>A customer who returns after any gap is a reactivation.</source>
        <translation>Клиент, вернувшийся после любого перерыва, — это возврат.</translation>
    </message>
    <message numerus="yes">
        <source>A customer who returns after at most %n month(s) without revenue is a reactivation; after a longer gap, new business.</source>
        <translation>
            <numerusform>Клиент, вернувшийся не более чем через %n месяц без выручки, — это возврат; после большего перерыва — новый бизнес.</numerusform>
            <numerusform>Клиент, вернувшийся не более чем через %n месяца без выручки, — это возврат; после большего перерыва — новый бизнес.</numerusform>
            <numerusform>Клиент, вернувшийся не более чем через %n месяцев без выручки, — это возврат; после большего перерыва — новый бизнес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: each account paying as a quarter began, with the data known then, is lost with the rate at which accounts of its health band churned (all of its ARR) or contracted (the average share lost) within 90 days at the book&apos;s last 8 quarter ends; the band holds 8 of 10 of %1 simulated quarters. What happened counts the same accounts.</source>
        <translation>Прогноз: каждый клиент, плативший на начало квартала, по данным, известным на тот момент, считается потерянным с той частотой, с которой клиенты его диапазона здоровья уходили (весь ARR) или сокращались (средняя потерянная доля) в течение 90 дней на последних 8 концах кварталов книги клиентов; полоса охватывает 8 из 10 смоделированных кварталов (всего %1). «Что произошло» учитывает тех же клиентов.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportView</name>
    <message>
        <source>&lt;h2&gt;Quarterly retention report&lt;/h2&gt;&lt;p&gt;NRR, GRR and logo retention with the movements behind them, cohorts, churned and at-risk accounts, and the methodology, as a paginated document to print or save as PDF.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Квартальный отчёт об удержании&lt;/h2&gt;&lt;p&gt;NRR, GRR и удержание клиентов с движениями за ними, когорты, ушедшие клиенты и клиенты под риском, а также методика — в виде постраничного документа для печати или сохранения в PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation>Экспорт таблиц в &amp;CSV…</translation>
    </message>
    <message>
        <source>Open a book to print its quarterly report.</source>
        <translation>Откройте книгу клиентов, чтобы напечатать её квартальный отчёт.</translation>
    </message>
    <message>
        <source>Reading the book&apos;s segments and owners…</source>
        <translation>Чтение сегментов и ответственных книги клиентов…</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (на сегодня)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>retention-%1.pdf</source>
        <translation>удержание-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to</source>
        <translation>Экспортировать таблицы отчёта в</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>Расчёт отчёта за %1…</translation>
    </message>
    <message>
        <source>Quarterly retention report %1</source>
        <translation>Квартальный отчёт об удержании %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранён %1 (%n страница).</numerusform>
            <numerusform>Сохранён %1 (%n страницы).</numerusform>
            <numerusform>Сохранён %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Записан %n CSV-файл в %1.</numerusform>
            <numerusform>Записано %n CSV-файла в %1.</numerusform>
            <numerusform>Записано %n CSV-файлов в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::RetentionView</name>
    <message>
        <source>no earlier period</source>
        <translation>нет предыдущего периода</translation>
    </message>
    <message>
        <source>%1%2 pts vs previous</source>
        <translation>%1%2 п. п. к предыдущему</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Retention method</source>
        <translation>Метод удержания</translation>
    </message>
    <message>
        <source>Customers paying before (cohort)</source>
        <translation>Клиенты, платившие до периода (когорта)</translation>
    </message>
    <message>
        <source>Contracts up for renewal</source>
        <translation>Договоры к продлению</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Чистое удержание выручки</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Валовое удержание выручки</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>Отток клиентов</translation>
    </message>
    <message>
        <source>Accounts behind %1</source>
        <translation>Клиенты за показателем %1</translation>
    </message>
    <message>
        <source>%1 for %2. Before: MRR in the month before the period; after: at its last month.</source>
        <translation>%1 за %2. До: MRR в месяц перед периодом; после: в его последний месяц.</translation>
    </message>
    <message>
        <source>Curves by</source>
        <translation>Кривые по</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>Вся книга клиентов</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>По сегментам</translation>
    </message>
    <message>
        <source>By plan</source>
        <translation>По тарифам</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>By signup cohort</source>
        <translation>По когортам регистрации</translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation>Кривая удержания</translation>
    </message>
    <message>
        <source>Cohort measure</source>
        <translation>Мера когорт</translation>
    </message>
    <message>
        <source>Logos retained</source>
        <translation>Сохранённые клиенты</translation>
    </message>
    <message>
        <source>Revenue retained</source>
        <translation>Сохранённая выручка</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>ушёл</translation>
    </message>
    <message>
        <source>Cohort %1, month %2</source>
        <translation>Когорта %1, месяц %2</translation>
    </message>
    <message>
        <source>Accounts that first paid in %1, and their MRR %2 months later.</source>
        <translation>Клиенты, впервые оплатившие в %1, и их MRR через %2 мес.</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Первый месяц</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Месяц %1</translation>
    </message>
    <message>
        <source>Rows: signup month (accounts). Columns: months since. Click a cell for its accounts.</source>
        <translation>Строки: месяц регистрации (клиенты). Столбцы: месяцев спустя. Щёлкните ячейку, чтобы увидеть её клиентов.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>MRR movements in %1</source>
        <translation>Движение MRR в %1</translation>
    </message>
    <message>
        <source>Every account whose MRR moved in %1 against the month before.</source>
        <translation>Все клиенты, чей MRR в %1 изменился по сравнению с предыдущим месяцем.</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Движение MRR</translation>
    </message>
    <message>
        <source>Open a book to see its retention.</source>
        <translation>Откройте книгу клиентов, чтобы увидеть её удержание.</translation>
    </message>
    <message>
        <source>Reading the book&apos;s billing history…</source>
        <translation>Чтение истории оплат книги клиентов…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Все тарифы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%2% vs previous</source>
        <translation>%1%2% к предыдущему</translation>
    </message>
    <message>
        <source>MRR at the end of %1</source>
        <translation>MRR на конец %1</translation>
    </message>
    <message>
        <source>Revenue kept from last period&apos;s customers, with expansion</source>
        <translation>Выручка, сохранённая от клиентов прошлого периода, с расширением</translation>
    </message>
    <message>
        <source>Revenue kept from last period&apos;s customers, without expansion (at most 100%)</source>
        <translation>Выручка, сохранённая от клиентов прошлого периода, без расширения (не более 100%)</translation>
    </message>
    <message>
        <source>Customers kept</source>
        <translation>Сохранённые клиенты</translation>
    </message>
    <message>
        <source>Customers lost: 1 − logo retention</source>
        <translation>Потерянные клиенты: 1 − удержание клиентов</translation>
    </message>
    <message>
        <source>%1 against %2 · %3 accounts · as of %4</source>
        <translation>%1 против %2 · клиентов: %3 · на %4</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>расширение</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>отток</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReviewPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>These customers are new to their billing system but look like accounts already in the book. Each becomes a new account unless you tick it as the same account.</source>
        <translation>Эти клиенты новые для своей биллинговой системы, но похожи на клиентов, которые уже есть в книге. Каждый станет новым клиентом, если не отметить его как того же клиента.</translation>
    </message>
    <message>
        <source>Possible duplicate accounts</source>
        <translation>Возможные дубликаты клиентов</translation>
    </message>
    <message>
        <source>Ticked customers are linked to the existing account: their subscriptions count towards it from now on.</source>
        <translation>Отмеченные клиенты связываются с существующим клиентом: их подписки теперь учитываются у него.</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation>&amp;Отметить все</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>&amp;Снять все отметки</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>In the areas</source>
        <translation>В разделах</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SummaryPage</name>
    <message>
        <source>What newer exports changed:</source>
        <translation>Что изменили более новые выгрузки:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>&amp;Save Skipped Rows…</source>
        <translation>&amp;Сохранить пропущенные строки…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Nothing was written: the book is as it was before.</source>
        <translation>Ничего не записано: книга клиентов осталась прежней.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>The book now holds these rows.</source>
        <translation>Теперь в книге клиентов есть эти строки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 read — %4 added, %5 updated, %6 unchanged, %7 ignored or skipped; %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): прочитано %3 — добавлено %4, обновлено %5, без изменений %6, пропущено %7; %8.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n новый клиент</numerusform>
            <numerusform>%n новых клиента</numerusform>
            <numerusform>%n новых клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Записано за %1 с.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as you chose: %Ln rejected row(s).</source>
        <translation>
            <numerusform>Пропущена, как вы выбрали, %Ln отклонённая строка.</numerusform>
            <numerusform>Пропущены, как вы выбрали, %Ln отклонённые строки.</numerusform>
            <numerusform>Пропущено, как вы выбрали, %Ln отклонённых строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) linked to existing accounts, as you chose.</source>
        <translation>
            <numerusform>%n клиент связан с существующими, как вы выбрали.</numerusform>
            <numerusform>%n клиента связаны с существующими, как вы выбрали.</numerusform>
            <numerusform>%n клиентов связаны с существующими, как вы выбрали.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as new accounts: %n customer(s) resembling existing ones.</source>
        <translation>
            <numerusform>Сохранён как новый: %n клиент, похожий на существующих.</numerusform>
            <numerusform>Сохранены как новые: %n клиента, похожих на существующих.</numerusform>
            <numerusform>Сохранены как новые: %n клиентов, похожих на существующих.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your column mapping was saved; files with the same column names will be read the same way.</source>
        <translation>Ваше сопоставление столбцов сохранено; файлы с теми же названиями столбцов будут читаться так же.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SurvivalChart</name>
    <message>
        <source>Retention curve</source>
        <translation>Кривая удержания</translation>
    </message>
    <message>
        <source>Share of accounts still paying, by months since they first paid</source>
        <translation>Доля клиентов, которые ещё платят, по месяцам с первой оплаты</translation>
    </message>
    <message>
        <source>Months since the first payment</source>
        <translation>Месяцев с первой оплаты</translation>
    </message>
    <message>
        <source>Still paying</source>
        <translation>Ещё платят</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (клиентов: %2)</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>медиана %1 мес.</translation>
    </message>
    <message>
        <source>At risk, month:</source>
        <translation>Под риском, месяц:</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TasksPanel</name>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>П&amp;ропустить…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Tasks of</source>
        <translation>Чьи задачи</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; by how many days?</source>
        <translation>На сколько дней перенести «%1»?</translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation>Пропустить задачу</translation>
    </message>
    <message>
        <source>Why is this task skipped?</source>
        <translation>Почему задача пропускается?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookDialog</name>
    <message>
        <source>Open Team Book</source>
        <translation>Открыть командную книгу</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com или папка сокета</translation>
    </message>
    <message>
        <source>the team book&apos;s database</source>
        <translation>база данных командной книги</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Если сервер предлагает</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Всегда, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>Tenure never stores a password. When the server asks for one, PostgreSQL&apos;s password file (~/.pgpass) or service file gives it.</source>
        <translation>Tenure никогда не хранит пароль. Когда сервер его спрашивает, пароль берётся из файла паролей PostgreSQL (~/.pgpass) или файла служб.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookDownload</name>
    <message>
        <source>Reading the team book…</source>
        <translation>Читается командная книга…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open Team Book</source>
        <translation>Открыть командную книгу</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TeamBookSession</name>
    <message>
        <source>Team book: %1 cannot be reached since %2; this is the copy read at %3</source>
        <translation>Командная книга: %1 недоступна с %2; это копия, прочитанная в %3</translation>
    </message>
    <message>
        <source>%1 Tenure tries again every few seconds, and reads the book again when it can.</source>
        <translation>%1 Tenure пробует снова каждые несколько секунд и перечитывает книгу, как только может.</translation>
    </message>
    <message>
        <source>Team book: %1, encrypted, read at %2</source>
        <translation>Командная книга: %1, шифруется, прочитана в %2</translation>
    </message>
    <message>
        <source>Team book: %1, not encrypted, read at %2</source>
        <translation>Командная книга: %1, без шифрования, прочитана в %2</translation>
    </message>
    <message>
        <source>The connection to the server uses TLS. Changes others commit are read again as they come.</source>
        <translation>Соединение с сервером идёт через TLS. Изменения, которые сохраняют другие, перечитываются по мере поступления.</translation>
    </message>
    <message>
        <source>The connection to the server is not encrypted: the server offered no TLS, or it is on this computer. Changes others commit are read again as they come.</source>
        <translation>Соединение с сервером не шифруется: сервер не предложил TLS или он на этом компьютере. Изменения, которые сохраняют другие, перечитываются по мере поступления.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TodayView</name>
    <message>
        <source>Health dropped</source>
        <translation>Здоровье ↓</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Сократился</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Критик</translation>
    </message>
    <message>
        <source>Champion left</source>
        <translation>Чемпион ушёл</translation>
    </message>
    <message>
        <source>&amp;Mark as Reviewed</source>
        <translation>&amp;Отметить как просмотренное</translation>
    </message>
    <message>
        <source>What changed will count from today for this owner</source>
        <translation>Изменения для этого ответственного будут считаться с сегодняшнего дня</translation>
    </message>
    <message>
        <source>Book of</source>
        <translation>Чья книга клиентов</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>NRR last quarter</source>
        <translation>NRR за прошлый квартал</translation>
    </message>
    <message>
        <source>GRR last quarter</source>
        <translation>GRR за прошлый квартал</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Клиенты под риском</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR под риском</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под риском</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>At risk, by risk × ARR</source>
        <translation>Под риском, по риску × ARR</translation>
    </message>
    <message>
        <source>What changed since your last review</source>
        <translation>Что изменилось с вашего последнего просмотра</translation>
    </message>
    <message>
        <source>Renewals in the next 180 days</source>
        <translation>Продления в ближайшие 180 дней</translation>
    </message>
    <message>
        <source>Tasks overdue and due today</source>
        <translation>Просроченные задачи и задачи на сегодня</translation>
    </message>
    <message>
        <source>Reading the book…</source>
        <translation>Чтение книги клиентов…</translation>
    </message>
    <message>
        <source>  %1 · changes since %2</source>
        <translation>  %1 · изменения с %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Ближайшие 90 дней</translation>
    </message>
    <message>
        <source>In 91 to 180 days</source>
        <translation>Через 91–180 дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Nothing changed since your last review.</source>
        <translation>С вашего последнего просмотра ничего не изменилось.</translation>
    </message>
    <message>
        <source>Annual recurring revenue of the paying accounts today</source>
        <translation>Годовая регулярная выручка платящих клиентов на сегодня</translation>
    </message>
    <message>
        <source>Net revenue retention in %1, cohort method</source>
        <translation>Чистое удержание выручки в %1, когортный метод</translation>
    </message>
    <message>
        <source>Gross revenue retention in %1, cohort method</source>
        <translation>Валовое удержание выручки в %1, когортный метод</translation>
    </message>
    <message>
        <source>Paying accounts with health below %1, or a risk reason of at least medium severity</source>
        <translation>Платящие клиенты со здоровьем ниже %1 или с причиной риска не ниже средней серьёзности</translation>
    </message>
    <message>
        <source>%1% of ARR</source>
        <translation>%1% ARR</translation>
    </message>
    <message>
        <source>ARR of the accounts at risk</source>
        <translation>ARR клиентов под риском</translation>
    </message>
    <message>
        <source>Net revenue retention in %1, renewal method</source>
        <translation>Чистое удержание выручки в %1, метод продлений</translation>
    </message>
    <message>
        <source>Gross revenue retention in %1, renewal method</source>
        <translation>Валовое удержание выручки в %1, метод продлений</translation>
    </message>
    <message>
        <source> · CSM contact history unknown: no activity in the book yet (import activities or log an action)</source>
        <translation> · история контактов CSM неизвестна: в книге клиентов ещё нет действий (импортируйте действия или запишите действие)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Next quarter: working out the forecast…</source>
        <translation>Следующий квартал: расчёт прогноза…</translation>
    </message>
    <message>
        <source>Next quarter: %1</source>
        <translation>Следующий квартал: %1</translation>
    </message>
    <message>
        <source>From how often accounts scored alike churned or contracted within 90 days at the book&apos;s past quarter ends; the band holds 8 of 10 simulated quarters.</source>
        <translation>По тому, как часто клиенты с похожей оценкой уходили или сокращались в течение 90 дней на прошлых концах кварталов книги клиентов; полоса охватывает 8 из 10 смоделированных кварталов.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::UsageChart</name>
    <message>
        <source>Weekly active users</source>
        <translation>Активные пользователи в неделю</translation>
    </message>
    <message>
        <source>Weekly active users, last 12 months</source>
        <translation>Активные пользователи в неделю, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Активные пользователи</translation>
    </message>
    <message>
        <source>Danger zone: below %1 active users</source>
        <translation>Опасная зона: меньше %1 активных пользователей</translation>
    </message>
    <message numerus="yes">
        <source>Weekly active users, last 12 months (%n seat(s))</source>
        <translation>
            <numerusform>Активные пользователи в неделю, последние 12 месяцев (%n место)</numerusform>
            <numerusform>Активные пользователи в неделю, последние 12 месяцев (%n места)</numerusform>
            <numerusform>Активные пользователи в неделю, последние 12 месяцев (%n мест)</numerusform>
        </translation>
    </message>
    <message>
        <source>users</source>
        <translation>польз.</translation>
    </message>
</context>
<context>
    <name>tenure::ui::WelcomePage</name>
    <message>
        <source>Welcome to Tenure</source>
        <translation>Добро пожаловать в Tenure</translation>
    </message>
    <message>
        <source>Your book of accounts in one private file: who is at risk and why, what renews soon, and what you promised to do.</source>
        <translation>Ваша книга клиентов в одном личном файле: кто под риском и почему, что скоро продлевается и что вы обещали сделать.</translation>
    </message>
    <message>
        <source>New book…</source>
        <translation>Новая книга клиентов…</translation>
    </message>
    <message>
        <source>Open book…</source>
        <translation>Открыть книгу клиентов…</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Новая книга клиентов</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Открыть книгу клиентов</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Недавние книги клиентов</translation>
    </message>
</context>
</TS>
