<?xml version='1.0' encoding='utf-8'?>
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
    <name>quita::ChannelEffectivenessChart</name>
    <message numerus="yes">
        <source>Channel effectiveness (last touch within %n day(s))</source>
        <translation>
            <numerusform>Channel effectiveness (last touch within %n day)</numerusform>
            <numerusform>Channel effectiveness (last touch within %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::DailySeriesChart</name>
    <message numerus="yes">
        <source>Target (%n agent(s))</source>
        <translation>
            <numerusform>Target (%n agent)</numerusform>
            <numerusform>Target (%n agents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::DrillDownDialog</name>
    <message numerus="yes">
        <source>The first %n account(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>The first %n account; narrow the filters to see the rest.</numerusform>
            <numerusform>The first %n accounts; narrow the filters to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::EligibleTitleModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
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
    <name>quita::ProtestActions</name>
    <message numerus="yes">
        <source>The agreement covers %n protested title(s) of %1: %2. Once the debt is renegotiated, the protest should be cancelled (cancelamento).</source>
        <translation>
            <numerusform>The agreement covers %n protested title of %1: %2. Once the debt is renegotiated, the protest should be cancelled (cancelamento).</numerusform>
            <numerusform>The agreement covers %n protested titles of %1: %2. Once the debt is renegotiated, the protest should be cancelled (cancelamento).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::ProtestEligiblePage</name>
    <message numerus="yes">
        <source>%n title(s) ticked, %1, %2</source>
        <translation>
            <numerusform>%n title ticked, %1, %2</numerusform>
            <numerusform>%n titles ticked, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n debtor</numerusform>
            <numerusform>%n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These titles belong to %n creditors: a remittance file holds one creditor's titles. Untick the others and send one batch per creditor.</source>
        <translation>
            <numerusform>These titles belong to %n creditors: a remittance file holds one creditor's titles. Untick the others and send one batch per creditor.</numerusform>
            <numerusform>These titles belong to %n creditors: a remittance file holds one creditor's titles. Untick the others and send one batch per creditor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) are more than five years past due: check they are not time-barred before sending.</source>
        <translation>
            <numerusform>%n title is more than five years past due: check they are not time-barred before sending.</numerusform>
            <numerusform>%n titles are more than five years past due: check they are not time-barred before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) have more than one title in this batch.</source>
        <translation>
            <numerusform>%n debtor has more than one title in this batch.</numerusform>
            <numerusform>%n debtors have more than one title in this batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n title</numerusform>
            <numerusform>%n titles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::ProtestFilesPage</name>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n title</numerusform>
            <numerusform>%n titles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::ProtestRequestsPage</name>
    <message numerus="yes">
        <source>Request the cancellation of %n protest(s)? The server writes the cancellation file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.</source>
        <translation>
            <numerusform>Request the cancellation of %n protest? The server writes the cancellation file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.</numerusform>
            <numerusform>Request the cancellation of %n protests? The server writes the cancellation file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n title(s) from protest? The server writes the withdrawal file (desistência) for the CRA; the notaries may charge fees.</source>
        <translation>
            <numerusform>Withdraw %n title from protest? The server writes the withdrawal file (desistência) for the CRA; the notaries may charge fees.</numerusform>
            <numerusform>Withdraw %n titles from protest? The server writes the withdrawal file (desistência) for the CRA; the notaries may charge fees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n title</numerusform>
            <numerusform>%n titles</numerusform>
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
    <name>quita::TeamDashboard</name>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
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
        <source>%n debtor(s) in today's queue</source>
        <translation>
            <numerusform>%n debtor in today's queue</numerusform>
            <numerusform>%n debtors in today's queue</numerusform>
        </translation>
    </message>
</context>
</TS>