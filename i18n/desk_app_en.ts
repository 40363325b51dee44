<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Crash</name>
    <message>
        <location filename="../desk_app/ui/crash.py" line="+67" />
        <source>Something unexpected went wrong: {error}

Your unsaved intake is kept as a draft and will be offered again. You can keep working.</source>
        <translation>Something unexpected went wrong: {error}

Your unsaved intake is kept as a draft and will be offered again. You can keep working.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A report was written to:
{path}</source>
        <translation>A report was written to:
{path}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desk_app/ui/errors.py" line="+12" />
        <source>The database is busy: another program or another copy of Maktab is writing to it. Nothing you typed is lost; try again in a moment.</source>
        <translation>The database is busy: another program or another copy of Maktab is writing to it. Nothing you typed is lost; try again in a moment.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file is damaged and cannot be read. Nothing you typed is lost. Ask your administrator to restore it from a backup.</source>
        <translation>The database file is damaged and cannot be read. Nothing you typed is lost. Ask your administrator to restore it from a backup.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file cannot be opened or written (check the disk, its free space and its permissions). Nothing you typed is lost.</source>
        <translation>The database file cannot be opened or written (check the disk, its free space and its permissions). Nothing you typed is lost.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database was written by a newer version of Maktab. Install that version to open it.</source>
        <translation>The database was written by a newer version of Maktab. Install that version to open it.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="+89" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location line="+16" />
        <source>An intake that was not saved is waiting.</source>
        <translation>An intake that was not saved is waiting.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore it</source>
        <translation>&amp;Restore it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Discard it</source>
        <translation>&amp;Discard it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>1. Customer</source>
        <translation>1. Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a name, phone, email, national ID or account number to look up</source>
        <translation>Type a name, phone, email, national ID or account number to look up</translation>
    </message>
    <message>
        <location line="+5" />
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National &amp;ID</source>
        <translation>National &amp;ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acco&amp;unt number</source>
        <translation>Acco&amp;unt number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>2. The problem</source>
        <translation>2. The problem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+3" />
        <source>3. Equipment, account and product</source>
        <translation>3. Equipment, account and product</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Equipment &amp;location</source>
        <translation>Equipment &amp;location</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Product / model / serial</source>
        <translation>&amp;Product / model / serial</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Li&amp;cence agreement</source>
        <translation>Li&amp;cence agreement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account &amp;reference</source>
        <translation>Account &amp;reference</translation>
    </message>
    <message>
        <location line="+3" />
        <source>4. Routing and priority</source>
        <translation>4. Routing and priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pri&amp;ority</source>
        <translation>Pri&amp;ority</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No queue yet</source>
        <translation>No queue yet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tier {tier}: {name}</source>
        <translation>Tier {tier}: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save and add &amp;another problem</source>
        <translation>Save and add &amp;another problem</translation>
    </message>
    <message>
        <location line="+158" />
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Ticket {number} saved. Describe the next problem of the same customer.</source>
        <translation>Ticket {number} saved. Describe the next problem of the same customer.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>Please correct the marked fields; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desk_app/ui/labels.py" line="+14" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for third party</source>
        <translation>Waiting for third party</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enterprise failure</source>
        <translation>Enterprise failure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regular service</source>
        <translation>Regular service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned event</source>
        <translation>Planned event</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+68" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+68" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal mail</source>
        <translation>Postal mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Hardware and equipment</source>
        <translation>Hardware and equipment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network and connectivity</source>
        <translation>Network and connectivity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product support</source>
        <translation>Product support</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uncategorised</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ticket created</source>
        <translation>Ticket created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field changed</source>
        <translation>Field changed</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Contact logged</source>
        <translation>Contact logged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignment changed</source>
        <translation>Assignment changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment location</source>
        <translation>Equipment location</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Licence agreement</source>
        <translation>Licence agreement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product / model / serial</source>
        <translation>Product / model / serial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="+44" />
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Maktab — service desk</source>
        <translation>Maktab — service desk</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&amp;New ticket</source>
        <translation>&amp;New ticket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About Maktab</source>
        <translation>&amp;About Maktab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved &amp;views</source>
        <translation>Saved &amp;views</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Branch: {name}</source>
        <translation>Branch: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent: {name}</source>
        <translation>Agent: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — working on the local database</source>
        <translation>Offline — working on the local database</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Ticket {number} saved</source>
        <translation>Ticket {number} saved</translation>
    </message>
    <message>
        <location line="+27" />
        <source>About Maktab</source>
        <translation>About Maktab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maktab {version}
The offline-capable service desk.</source>
        <translation>Maktab {version}
The offline-capable service desk.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk_app/ui/settings_dialog.py" line="+25" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new language is used from the next start of Maktab.</source>
        <translation>A new language is used from the next start of Maktab.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desk_app/ui/startup.py" line="+49" />
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep the damaged file aside and start a new database</source>
        <translation>Keep the damaged file aside and start a new database</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database set aside</source>
        <translation>Database set aside</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The damaged file was kept as:
{path}</source>
        <translation>The damaged file was kept as:
{path}</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_detail_panel.py" line="+90" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <location line="+12" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Write a note… (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No queue</source>
        <translation>No queue</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+80" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_list_panel.py" line="+45" />
        <source>Search subject, description, customer, number, phone, email… (Ctrl+F)</source>
        <translation>Search subject, description, customer, number, phone, email… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location line="+92" />
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tier {tier}: {name}</source>
        <translation>Tier {tier}: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desk_app/ui/ticket_model.py" line="+46" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desk_app/services/messages.py" line="+49" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too long: {length} characters, at most {limit} are allowed.</source>
        <translation>Too long: {length} characters, at most {limit} are allowed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Not a valid phone number. Use digits, optionally starting with +.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not a valid email address: {reason}</source>
        <translation>Not a valid email address: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contains characters that cannot be stored.</source>
        <translation>Contains characters that cannot be stored.</translation>
    </message>
</context>
</TS>