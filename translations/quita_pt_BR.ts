<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRecorder</name>
    <message>
        <source>Promise to pay: enter the amount and the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: enter a CPF or CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only digits, letters and the punctuation . - /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CPF has digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CPF cannot have all digits equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CPF check digits do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last two characters of a CNPJ are digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CNPJ cannot have all digits equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CNPJ check digits do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CPF has 11 digits and a CNPJ 14 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence (expected version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1: enter an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most two decimals, such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseRepository</name>
    <message>
        <source>Promise date: enter a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise date: cannot be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised amount: must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueReason</name>
    <message>
        <source>Promise due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bankrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::ActivityForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what was said, next step)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the contact (Enter in the note, or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::ActivityRepository</name>
    <message>
        <source>Activity: missing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor: choose a debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: choose the result of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: &quot;%1&quot; is not a result of the %2 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: enter when the contact happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: enter when to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: the time must be after the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::ContactPointModel</name>
    <message>
        <source>%1: the debtor opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a readable Quita database (%2). It was not changed; move it away or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: its schema version cannot be read. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: table %2 is missing. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Quita (schema %2; this version knows up to %3). Update Quita; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::DebtorHeader</name>
    <message>
        <source>Total due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debtor open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a debtor in the work queue, or search by name, CPF/CNPJ, phone, e-mail or contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNPJ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · local time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise broken (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise open, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor: %1 · Portfolio: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::DebtorRepository</name>
    <message>
        <source>Name: enter the debtor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ: enter a valid document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 is not a Brazilian state (UF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: enter a phone number or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: enter the contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: must be a valid date on or after the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal: cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspace</name>
    <message>
        <source>Open a debtor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspaceView</name>
    <message>
        <source>Contact points and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (all channels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::MainWindow</name>
    <message>
        <source>Quita – collection desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: working on the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No central server is configured on this desk; everything is kept locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor is no longer in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 debtors in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quita %1&lt;/h3&gt;&lt;p&gt;Workstation for debt-collection agents.&lt;/p&gt;&lt;p&gt;Local store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Quita starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name: enter the name that signs your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::TimelineDelegate</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::TimelineView</name>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a debtor from the queue to see every contact here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with this debtor yet. Log the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::TitleModel</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueModel</name>
    <message>
        <source>%1 around %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from this debtor&apos;s own answers: the channel and local hour that reached them most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueView</name>
    <message>
        <source>Search name, CPF/CNPJ, phone, e-mail, contract (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debtor matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in today&apos;s queue. Search a debtor above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today&apos;s queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
