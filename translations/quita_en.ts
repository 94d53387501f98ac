<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementTerm</name>
    <message numerus="yes">
        <source>If an installment remains unpaid for more than %n day(s) after its due date, this agreement is broken.</source>
        <translation>
            <numerusform>If an installment remains unpaid for more than %n day after its due date, this agreement is broken.</numerusform>
            <numerusform>If an installment remains unpaid for more than %n days after its due date, this agreement is broken.</numerusform>
        </translation>
    </message>
</context>
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
    <name>quita::AgreementDialog</name>
    <message numerus="yes">
        <source>%1 – %2, %n installment(s), %3 – %4</source>
        <translation>
            <numerusform>%1 – %2, %n installment, %3 – %4</numerusform>
            <numerusform>%1 – %2, %n installments, %3 – %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::ApprovalsDialog</name>
    <message numerus="yes">
        <source>Updated balance %1, discount %2, total to pay %3 in %n payment(s).</source>
        <translation>
            <numerusform>Updated balance %1, discount %2, total to pay %3 in %n payment.</numerusform>
            <numerusform>Updated balance %1, discount %2, total to pay %3 in %n payments.</numerusform>
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
    <name>quita::NegotiationActions</name>
    <message numerus="yes">
        <source>%n payment(s) imported; they are sent to the server with the next sync.</source>
        <translation>
            <numerusform>%n payment imported; it is sent to the server with the next sync.</numerusform>
            <numerusform>%n payments imported; they are sent to the server with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::OfferColumn</name>
    <message numerus="yes">
        <source>Based on %n past agreement(s) like this one.</source>
        <translation>
            <numerusform>Based on %n past agreement like this one.</numerusform>
            <numerusform>Based on %n past agreements like this one.</numerusform>
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
