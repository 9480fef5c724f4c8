<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tenure::accounts::AccountTableModel</name>
    <message numerus="yes">
        <source>Change in health over the last %n day(s)</source>
        <translation>
            <numerusform>Change in health over the last %n day</numerusform>
            <numerusform>Change in health over the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::app::Command</name>
    <message numerus="yes">
        <source>Merged account %1 into account %2: %n row(s) moved.</source>
        <translation>
            <numerusform>Merged account %1 into account %2: %n row moved.</numerusform>
            <numerusform>Merged account %1 into account %2: %n rows moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>%n row rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</numerusform>
            <numerusform>%n rows rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one column per date: columns %1 to %2 (%3 to %4) each give a row of %n day(s) per account, dated by their header</source>
        <translation>
            <numerusform>one column per date: columns %1 to %2 (%3 to %4) each give a row of %n day per account, dated by their header</numerusform>
            <numerusform>one column per date: columns %1 to %2 (%3 to %4) each give a row of %n days per account, dated by their header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) passed over</source>
        <translation>
            <numerusform>… and %n more line passed over</numerusform>
            <numerusform>… and %n more lines passed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) look like existing ones; review them before merging:</source>
        <translation>
            <numerusform>%n new account look like existing ones; review them before merging:</numerusform>
            <numerusform>%n new accounts look like existing ones; review them before merging:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no exchange rate to %2 for %n month(s): %3.</source>
        <translation>
            <numerusform>%1 has no exchange rate to %2 for %n month: %3.</numerusform>
            <numerusform>%1 has no exchange rate to %2 for %n months: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s) in %2 ms.</source>
        <translation>
            <numerusform>Wrote %1: %n page in %2 ms.</numerusform>
            <numerusform>Wrote %1: %n pages in %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of %1 tables.</source>
        <translation>
            <numerusform>Copied %n row of %1 tables.</numerusform>
            <numerusform>Copied %n rows of %1 tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::health::Detectors</name>
    <message numerus="yes">
        <source>Renews in %1 days (%2) with %n risk reason(s) open</source>
        <translation>
            <numerusform>Renews in %1 days (%2) with %n risk reason open</numerusform>
            <numerusform>Renews in %1 days (%2) with %n risk reasons open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 days, latest &quot;%2&quot; (%3)</source>
        <translation>
            <numerusform>%n request in %1 days, latest &quot;%2&quot; (%3)</numerusform>
            <numerusform>%n requests in %1 days, latest &quot;%2&quot; (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) open more than %1 days</source>
        <translation>
            <numerusform>%n ticket open more than %1 days</numerusform>
            <numerusform>%n tickets open more than %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n escalated in 90 days</source>
        <translation>
            <numerusform>, %n escalated in 90 days</numerusform>
            <numerusform>, %n escalated in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open bug(s)</source>
        <translation>
            <numerusform>, %n open bug</numerusform>
            <numerusform>, %n open bugs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::health::HealthScore</name>
    <message numerus="yes">
        <source>%n goal(s) missed, the latest due %1</source>
        <translation>
            <numerusform>%n goal missed, the latest due %1</numerusform>
            <numerusform>%n goals missed, the latest due %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::PlaybookStore</name>
    <message numerus="yes">
        <source>This playbook has run on %n account(s); removing it would remove that history.</source>
        <translation>
            <numerusform>This playbook has run on %n account; removing it would remove that history.</numerusform>
            <numerusform>This playbook has run on %n accounts; removing it would remove that history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::playbooks::WorkCommand</name>
    <message numerus="yes">
        <source>Run %1 on %n account(s)</source>
        <translation>
            <numerusform>Run %1 on %n account</numerusform>
            <numerusform>Run %1 on %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::report::ReportTable</name>
    <message numerus="yes">
        <source>and %n earlier action(s)</source>
        <translation>
            <numerusform>and %n earlier action</numerusform>
            <numerusform>and %n earlier actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::store::postgres::Connection</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::today::TodayBrief</name>
    <message numerus="yes">
        <source>%n new ticket(s)</source>
        <translation>
            <numerusform>%n new ticket</numerusform>
            <numerusform>%n new tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountHeader</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountPage</name>
    <message numerus="yes">
        <source>%n event(s): actions, billing movements, tickets, surveys, requests and customer events, newest first</source>
        <translation>
            <numerusform>%n event: actions, billing movements, tickets, surveys, requests and customer events, newest first</numerusform>
            <numerusform>%n events: actions, billing movements, tickets, surveys, requests and customer events, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s), newest first</source>
        <translation>
            <numerusform>%n survey answer, newest first</numerusform>
            <numerusform>%n survey answers, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s). Gone dark: no activity for more than the threshold; left: no longer at the customer.</source>
        <translation>
            <numerusform>%n contact. Gone dark: no activity for more than the threshold; left: no longer at the customer.</numerusform>
            <numerusform>%n contacts. Gone dark: no activity for more than the threshold; left: no longer at the customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n success-plan goal(s), by due date</source>
        <translation>
            <numerusform>%n success-plan goal, by due date</numerusform>
            <numerusform>%n success-plan goals, by due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message numerus="yes">
        <source>Run a One-to-Many &amp;Play on %n Account(s)…</source>
        <translation>
            <numerusform>Run a One-to-Many &amp;Play on %n Account…</numerusform>
            <numerusform>Run a One-to-Many &amp;Play on %n Accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::BacktestPanel</name>
    <message numerus="yes">
        <source>Scored as of %n quarter end(s) (%1 to %2), then watched for 90 days. AUC %3: the chance a lost account scored worse than a kept one (0.5 is a coin toss). The worst-scored tenth were lost %4× as often as all accounts.</source>
        <translation>
            <numerusform>Scored as of %n quarter end (%1 to %2), then watched for 90 days. AUC %3: the chance a lost account scored worse than a kept one (0.5 is a coin toss). The worst-scored tenth were lost %4× as often as all accounts.</numerusform>
            <numerusform>Scored as of %n quarter ends (%1 to %2), then watched for 90 days. AUC %3: the chance a lost account scored worse than a kept one (0.5 is a coin toss). The worst-scored tenth were lost %4× as often as all accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::BulkPlayDialog</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with an email, still at the customer</source>
        <translation>
            <numerusform>%n recipient with an email, still at the customer</numerusform>
            <numerusform>%n recipients with an email, still at the customer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::CheckPage</name>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and skip the rejected ones</source>
        <translation>
            <numerusform>Import the %Ln valid row and skip the rejected ones</numerusform>
            <numerusform>Import the %Ln valid rows and skip the rejected ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s) will be created.</source>
        <translation>
            <numerusform>%n new account will be created.</numerusform>
            <numerusform>%n new accounts will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected, listed below. Import the valid rows only, or cancel, fix the files and import them again: nothing is written until you choose.</source>
        <translation>
            <numerusform>%Ln row rejected, listed below. Import the valid rows only, or cancel, fix the files and import them again: nothing is written until you choose.</numerusform>
            <numerusform>%Ln rows rejected, listed below. Import the valid rows only, or cancel, fix the files and import them again: nothing is written until you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::EffectsPanel</name>
    <message numerus="yes">
        <source>%n playbook(s) have run. Outcomes count accounts whose 90 days have passed.</source>
        <translation>
            <numerusform>%n playbook have run. Outcomes count accounts whose 90 days have passed.</numerusform>
            <numerusform>%n playbooks have run. Outcomes count accounts whose 90 days have passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportsView</name>
    <message numerus="yes">
        <source>%n possible duplicate(s) were kept as new accounts.</source>
        <translation>
            <numerusform>%n possible duplicate were kept as new accounts.</numerusform>
            <numerusform>%n possible duplicates were kept as new accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantChart</name>
    <message numerus="yes">
        <source>%1 · %Ln account(s)</source>
        <translation>
            <numerusform>%1 · %Ln account</numerusform>
            <numerusform>%1 · %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Point at an account to see where it stood at the end of each of the last %n quarter(s).</source>
        <translation>
            <numerusform>Point at an account to see where it stood at the end of each of the last %n quarter.</numerusform>
            <numerusform>Point at an account to see where it stood at the end of each of the last %n quarters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::QuadrantView</name>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>%Ln account shown</numerusform>
            <numerusform>%Ln accounts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paying account(s) without enough data to place</source>
        <translation>
            <numerusform>%Ln paying account without enough data to place</numerusform>
            <numerusform>%Ln paying accounts without enough data to place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::RatesBox</name>
    <message numerus="yes">
        <source>%1 … %2, %n month(s)</source>
        <translation>
            <numerusform>%1 … %2, %n month</numerusform>
            <numerusform>%1 … %2, %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReasonsPanel</name>
    <message numerus="yes">
        <source>%n reason(s), most severe first. Click one to see the data behind it.</source>
        <translation>
            <numerusform>%n reason, most severe first. Click one to see the data behind it.</numerusform>
            <numerusform>%n reasons, most severe first. Click one to see the data behind it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportSections</name>
    <message numerus="yes">
        <source>Data as of %1 · %n account(s) in scope · MRR in %2</source>
        <translation>
            <numerusform>Data as of %1 · %n account in scope · MRR in %2</numerusform>
            <numerusform>Data as of %1 · %n accounts in scope · MRR in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A customer who returns after at most %n month(s) without revenue is a reactivation; after a longer gap, new business.</source>
        <translation>
            <numerusform>A customer who returns after at most %n month without revenue is a reactivation; after a longer gap, new business.</numerusform>
            <numerusform>A customer who returns after at most %n months without revenue is a reactivation; after a longer gap, new business.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Churned and contracted accounts: members of the cohort with no MRR, or less MRR than at the start, at the quarter&apos;s end. Their reasons are the risk reasons that fired on the quarter&apos;s first day; their actions were logged from %n day(s) before the quarter to its end.</source>
        <translation>
            <numerusform>Churned and contracted accounts: members of the cohort with no MRR, or less MRR than at the start, at the quarter&apos;s end. Their reasons are the risk reasons that fired on the quarter&apos;s first day; their actions were logged from %n day before the quarter to its end.</numerusform>
            <numerusform>Churned and contracted accounts: members of the cohort with no MRR, or less MRR than at the start, at the quarter&apos;s end. Their reasons are the risk reasons that fired on the quarter&apos;s first day; their actions were logged from %n days before the quarter to its end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::ReportView</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n CSV file to %1.</numerusform>
            <numerusform>Wrote %n CSV files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::SummaryPage</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n new account</numerusform>
            <numerusform>%n new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as you chose: %Ln rejected row(s).</source>
        <translation>
            <numerusform>Skipped, as you chose: %Ln rejected row.</numerusform>
            <numerusform>Skipped, as you chose: %Ln rejected rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) linked to existing accounts, as you chose.</source>
        <translation>
            <numerusform>%n customer linked to existing accounts, as you chose.</numerusform>
            <numerusform>%n customers linked to existing accounts, as you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as new accounts: %n customer(s) resembling existing ones.</source>
        <translation>
            <numerusform>Kept as new accounts: %n customer resembling existing ones.</numerusform>
            <numerusform>Kept as new accounts: %n customers resembling existing ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ui::UsageChart</name>
    <message numerus="yes">
        <source>Weekly active users, last 12 months (%n seat(s))</source>
        <translation>
            <numerusform>Weekly active users, last 12 months (%n seat)</numerusform>
            <numerusform>Weekly active users, last 12 months (%n seats)</numerusform>
        </translation>
    </message>
</context>
</TS>
