<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
