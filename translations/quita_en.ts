<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>This desk still has %n change(s) of %1 not sent to the server. Sign in as %1 first so they are sent.</source>
        <translation>
            <numerusform>This desk still has %n change of %1 not sent to the server. Sign in as %1 first so it is sent.</numerusform>
            <numerusform>This desk still has %n changes of %1 not sent to the server. Sign in as %1 first so they are sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::MainWindow</name>
    <message numerus="yes">
        <source>%Ln debtor(s) in the local store</source>
        <translation>
            <numerusform>%Ln debtor in the local store</numerusform>
            <numerusform>%Ln debtors in the local store</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueView</name>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation>
            <numerusform>%n debtor found</numerusform>
            <numerusform>%n debtors found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today&apos;s queue</source>
        <translation>
            <numerusform>%n debtor in today&apos;s queue</numerusform>
            <numerusform>%n debtors in today&apos;s queue</numerusform>
        </translation>
    </message>
</context>
</TS>
