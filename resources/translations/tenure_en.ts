<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tenure::app::Command</name>
    <message numerus="yes">
        <source>%n new account(s) look like existing ones; review them before merging:</source>
        <translation>
            <numerusform>%n new account look like existing ones; review them before merging:</numerusform>
            <numerusform>%n new accounts look like existing ones; review them before merging:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>%n row rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</numerusform>
            <numerusform>%n rows rejected; the book was not changed. Fix them, or import the rest with --skip-invalid.</numerusform>
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
    <name>tenure::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
