<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminConsole</name>
    <message>
        <location filename="../desk_app/ui/admin_console.py" line="+76" />
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location line="+6" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location line="+6" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>AdminWords</name>
    <message>
        <location filename="../desk_app/ui/admin_words.py" line="+22" />
        <source>Take calls, create tickets</source>
        <translation>Take calls, create tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit tickets assigned to me</source>
        <translation>Edit tickets assigned to me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit tickets in my queues</source>
        <translation>Edit tickets in my queues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit any ticket</source>
        <translation>Edit any ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move tickets to another queue</source>
        <translation>Move tickets to another queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign tickets to others</source>
        <translation>Assign tickets to others</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change many tickets at once</source>
        <translation>Change many tickets at once</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge and split tickets</source>
        <translation>Merge and split tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Declare an enterprise failure</source>
        <translation>Declare an enterprise failure</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resolve, close and reopen</source>
        <translation>Resolve, close and reopen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass tickets on within the tier</source>
        <translation>Pass tickets on within the tier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escalate to a higher tier</source>
        <translation>Escalate to a higher tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return to a lower tier</source>
        <translation>Return to a lower tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write knowledge articles</source>
        <translation>Write knowledge articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publish knowledge articles</source>
        <translation>Publish knowledge articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See my team's reports</source>
        <translation>See my team's reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See every branch's reports</source>
        <translation>See every branch's reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set service levels, hours and holidays</source>
        <translation>Set service levels, hours and holidays</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the category catalogue</source>
        <translation>Change the category catalogue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change templates</source>
        <translation>Change templates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change queues</source>
        <translation>Change queues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage people</source>
        <translation>Manage people</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage devices</source>
        <translation>Manage devices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change rights</source>
        <translation>Change rights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desk locked</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person changed</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue changed</source>
        <translation>Queue changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rights changed</source>
        <translation>Rights changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration changed</source>
        <translation>Configuration changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device revoked</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-45" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Version {change}</source>
        <translation>Version {change}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{role} may now: {rights}</source>
        <translation>{role} may now: {rights}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{role} may no longer: {rights}</source>
        <translation>{role} may no longer: {rights}</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <location filename="../desk_app/ui/dashboard_allocation.py" line="+178" />
        <source>Unassigned tickets</source>
        <translation>Unassigned tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Past or near a due time</source>
        <translation>Past or near a due time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wa&amp;iting:</source>
        <translation>Wa&amp;iting:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open assigned</source>
        <translation>Open assigned</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+20" />
        <source>Breaching</source>
        <translation>Breaching</translation>
    </message>
    <message>
        <location line="-7" />
        <source>&amp;Agents (drop tickets on one, or Enter):</source>
        <translation>&amp;Agents (drop tickets on one, or Enter):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Queues:</source>
        <translation>&amp;Queues:</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Select the tickets to assign first.</source>
        <translation>Select the tickets to assign first.</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%Ln ticket(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln ticket assigned to {name}.</numerusform>
            <numerusform>%Ln tickets assigned to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>%Ln ticket left as they were:</numerusform>
            <numerusform>%Ln tickets left as they were:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../desk_app/ui/article_editor.py" line="+65" />
        <source>Edit article</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arabic &amp;title</source>
        <translation>Arabic &amp;title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Arabic text</source>
        <translation>&amp;Arabic text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+5" />
        <source>English t&amp;itle</source>
        <translation>English t&amp;itle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;English text</source>
        <translation>&amp;English text</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write in one language or both. Leave a blank line between paragraphs; start a list item with “- ”; links are written out in full.</source>
        <translation>Write in one language or both. Leave a blank line between paragraphs; start a list item with “- ”; links are written out in full.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose a category</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Other words people use for this problem, separated by commas</source>
        <translation>Other words people use for this problem, separated by commas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;view on</source>
        <translation>Re&amp;view on</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="+94" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose an article to read it here.</source>
        <translation>Choose an article to read it here.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>answered %Ln call(s)</source>
        <translation>
            <numerusform>answered %Ln call</numerusform>
            <numerusform>answered %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location line="+43" />
        <source>&amp;Copy passage</source>
        <translation>&amp;Copy passage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the selected text, or the whole article</source>
        <translation>Copy the selected text, or the whole article</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="+131" />
        <source>Anything</source>
        <translation>Anything</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Wh&amp;o:</source>
        <translation>Wh&amp;o:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wh&amp;at:</source>
        <translation>Wh&amp;at:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branc&amp;h:</source>
        <translation>Branc&amp;h:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+39" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>%Ln entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>%Ln entry shown, newest first.</numerusform>
            <numerusform>%Ln entryies shown, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/bulk_dialog.py" line="+45" />
        <source>Assign %Ln ticket(s)</source>
        <translation>
            <numerusform>Assign %Ln ticket</numerusform>
            <numerusform>Assign %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign &amp;to</source>
        <translation>Assign &amp;to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Set the status of %Ln ticket(s)</source>
        <translation>
            <numerusform>Set the status of %Ln ticket</numerusform>
            <numerusform>Set the status of %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Set the priority of %Ln ticket(s)</source>
        <translation>
            <numerusform>Set the priority of %Ln ticket</numerusform>
            <numerusform>Set the priority of %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>&amp;Apply to %Ln ticket(s)</source>
        <translation>
            <numerusform>&amp;Apply to %Ln ticket</numerusform>
            <numerusform>&amp;Apply to %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%Ln ticket(s) changed.</source>
        <translation>
            <numerusform>%Ln ticket changed.</numerusform>
            <numerusform>%Ln tickets changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>%Ln ticket left as they were:</numerusform>
            <numerusform>%Ln tickets left as they were:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location line="+58" />
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../desk_app/ui/admin_catalogue_page.py" line="+87" />
        <source>Cate&amp;gories:</source>
        <translation>Cate&amp;gories:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;subcategory</source>
        <translation>Add &amp;subcategory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add categor&amp;y</source>
        <translation>Add categor&amp;y</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add fiel&amp;d</source>
        <translation>Add fiel&amp;d</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+37" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expor&amp;t…</source>
        <translation>Expor&amp;t…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave catalogue</source>
        <translation>S&amp;ave catalogue</translation>
    </message>
    <message>
        <location line="+55" />
        <location line="+110" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Not saved here yet</source>
        <translation>Not saved here yet</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This catalogue cannot be saved yet: {reason}</source>
        <translation>This catalogue cannot be saved yet: {reason}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Catalogue saved; every window uses it now.</source>
        <translation>Catalogue saved; every window uses it now.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Someone saved the catalogue meanwhile (version {version}); it is shown now. Make your change again.</source>
        <translation>Someone saved the catalogue meanwhile (version {version}); it is shown now. Make your change again.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import a catalogue</source>
        <translation>Import a catalogue</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+27" />
        <source>Catalogue files (*.json)</source>
        <translation>Catalogue files (*.json)</translation>
    </message>
    <message>
        <location line="-15" />
        <source>{file} cannot be imported: {reason}. Nothing was changed.</source>
        <translation>{file} cannot be imported: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{file} imported. Save to put it into use.</source>
        <translation>{file} imported. Save to put it into use.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Correct the catalogue before exporting it.</source>
        <translation>Correct the catalogue before exporting it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTree</name>
    <message>
        <location filename="../desk_app/ui/catalogue_tree.py" line="+29" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The whole catalogue</source>
        <translation>The whole catalogue</translation>
    </message>
    <message>
        <location line="+34" />
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New field</source>
        <translation>New field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field: {name}</source>
        <translation>Field: {name}</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_category_form.py" line="+41" />
        <source>Lower-case Latin letters, digits, "_", "." or "-".</source>
        <translation>Lower-case Latin letters, digits, "_", "." or "-".</translation>
    </message>
    <message>
        <location line="+8" />
        <source>As the parent</source>
        <translation>As the parent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A&amp;llowed priorities</source>
        <translation>A&amp;llowed priorities</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None ticked: the same as the parent.</source>
        <translation>None ticked: the same as the parent.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Include the parent's &amp;fields</source>
        <translation>Include the parent's &amp;fields</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ara&amp;bic name:</source>
        <translation>Ara&amp;bic name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>As the parent: {queue}</source>
        <translation>As the parent: {queue}</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_texts.py" line="+136" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="+81" />
        <source>✓ The ticket has this value now</source>
        <translation>✓ The ticket has this value now</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The same field was changed on this desk and on another one before they could see each other's change. The later change is in the ticket now; decide which value is right, or write one that combines both.</source>
        <translation>The same field was changed on this desk and on another one before they could see each other's change. The later change is in the ticket now; decide which value is right, or write one that combines both.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Keep this desk's</source>
        <translation>&amp;Keep this desk's</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other desk</source>
        <translation>Other desk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keep the &amp;other</source>
        <translation>Keep the &amp;other</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Or write a merged value</source>
        <translation>Or write a merged value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Save merged</source>
        <translation>&amp;Save merged</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Nothing to review: there are no conflicts.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Field: {field} — found {time}</source>
        <translation>Field: {field} — found {time}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Changed {time}</source>
        <translation>Changed {time}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Decided: {label}</source>
        <translation>Decided: {label}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desk_app/ui/contact_dialog.py" line="+65" />
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location line="+10" />
        <source>We contacted the customer</source>
        <translation>We contacted the customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The customer contacted us</source>
        <translation>The customer contacted us</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What was said, what was agreed</source>
        <translation>What was said, what was agreed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Call the customer back</source>
        <translation>&amp;Call the customer back</translation>
    </message>
    <message>
        <location line="+9" />
        <source>only once</source>
        <translation>only once</translation>
    </message>
    <message>
        <location line="-17" />
        <source>minutes:seconds, e.g. {example}</source>
        <translation>minutes:seconds, e.g. {example}</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Next call</source>
        <translation>&amp;Next call</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Then every</source>
        <translation>&amp;Then every</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Type minutes and seconds, e.g. {example}.</source>
        <translation>Type minutes and seconds, e.g. {example}.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <location filename="../desk_app/ui/country_names.py" line="+18" />
        <source>United Arab Emirates</source>
        <translation>United Arab Emirates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Egypt</source>
        <translation>Egypt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jordan</source>
        <translation>Jordan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comoros</source>
        <translation>Comoros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lebanon</source>
        <translation>Lebanon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saudi Arabia</source>
        <translation>Saudi Arabia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <location line="+1" />
        <source>United States</source>
        <translation>United States</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+51" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
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
    <name>DashboardCharts</name>
    <message>
        <location filename="../desk_app/ui/dashboard_charts.py" line="+181" />
        <source>{part}: {figure}</source>
        <translation>{part}: {figure}</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../desk_app/ui/dashboard_filters.py" line="+60" />
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hijri month</source>
        <translation>Hijri month</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Every queue</source>
        <translation>Every queue</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+64" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
</context>
<context>
    <name>DashboardPeriod</name>
    <message>
        <location filename="../desk_app/ui/dashboard_period.py" line="+37" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A Hijri month</source>
        <translation>A Hijri month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location line="+88" />
        <source>{month} {year} AH</source>
        <translation>{month} {year} AH</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+8" />
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{start}–{end} {year}</source>
        <translation>{start}–{end} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../desk_app/ui/dashboard_window.py" line="+77" />
        <source>Supervisor's dashboard</source>
        <translation>Supervisor's dashboard</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Breakdo&amp;wn:</source>
        <translation>Breakdo&amp;wn:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brea&amp;kdowns</source>
        <translation>Brea&amp;kdowns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;llocation</source>
        <translation>A&amp;llocation</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{period} — the figures are still being prepared from the tickets' history; they are shown again when ready</source>
        <translation>{period} — the figures are still being prepared from the tickets' history; they are shown again when ready</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{period} — counted at {time}</source>
        <translation>{period} — counted at {time}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No figures for this choice.</source>
        <translation>No figures for this choice.</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <location filename="../desk_app/ui/dashboard_words.py" line="+32" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+22" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open at the end of the day</source>
        <translation>Open at the end of the day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response on time</source>
        <translation>First response on time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Written reply on time</source>
        <translation>Written reply on time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updates on time</source>
        <translation>Updates on time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved on time</source>
        <translation>Resolved on time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First responses late</source>
        <translation>First responses late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Written replies late</source>
        <translation>Written replies late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updates late</source>
        <translation>Updates late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved late</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Resolved at first contact</source>
        <translation>Resolved at first contact</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated in</source>
        <translation>Escalated in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated out</source>
        <translation>Escalated out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Solved by an article</source>
        <translation>Solved by an article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Satisfaction not asked</source>
        <translation>Satisfaction not asked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time on contacts</source>
        <translation>Time on contacts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average first response</source>
        <translation>Average first response</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Opened and resolved</source>
        <translation>Opened and resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open tickets over the period</source>
        <translation>Open tickets over the period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By priority</source>
        <translation>By priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By queue</source>
        <translation>By queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By branch</source>
        <translation>By branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open now, by age</source>
        <translation>Open now, by age</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open now, by queue</source>
        <translation>Open now, by queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open now, by tier</source>
        <translation>Open now, by tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open now, by branch</source>
        <translation>Open now, by branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agents' workload</source>
        <translation>Agents' workload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction scores</source>
        <translation>Satisfaction scores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations by tier</source>
        <translation>Escalations by tier</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt; 1 day</source>
        <translation>&lt; 1 day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1–3 days</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3–7 days</source>
        <translation>3–7 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>7–30 days</source>
        <translation>7–30 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&gt; 30 days</source>
        <translation>&gt; 30 days</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location line="+32" />
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location line="+8" />
        <source>In no queue</source>
        <translation>In no queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another queue</source>
        <translation>Another queue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another agent</source>
        <translation>Another agent</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Another branch</source>
        <translation>Another branch</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location line="+25" />
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+51" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose from a calendar (F4)</source>
        <translation>Choose from a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../desk_app/ui/describe.py" line="+115" />
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter received</source>
        <translation>Letter received</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Memo written</source>
        <translation>Memo written</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location line="+2" />
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Other field</source>
        <translation>Other field</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+17" />
        <location line="+48" />
        <location line="+13" />
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5" />
        <source>from the customer</source>
        <translation>from the customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to the customer</source>
        <translation>to the customer</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+146" />
        <location line="+27" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-147" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No queue</source>
        <translation>No queue</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+37" />
        <source>another record</source>
        <translation>another record</translation>
    </message>
    <message>
        <location line="-14" />
        <source>A queue no longer in use</source>
        <translation>A queue no longer in use</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone no longer at the desk</source>
        <translation>Someone no longer at the desk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another branch</source>
        <translation>Another branch</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{score} of 5</source>
        <translation>{score} of 5</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a ticket not on this desk</source>
        <translation>a ticket not on this desk</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+9" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+20" />
        <source>Linked to {number}</source>
        <translation>Linked to {number}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No longer linked to {number}</source>
        <translation>No longer linked to {number}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{number} was merged into this ticket</source>
        <translation>{number} was merged into this ticket</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{change} (by {channel})</source>
        <translation>{change} (by {channel})</translation>
    </message>
</context>
<context>
    <name>DescribeCounts</name>
    <message numerus="yes">
        <location line="-293" />
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>every %Ln day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+37" />
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lock Maktab</source>
        <translation>&amp;Lock Maktab</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../desk_app/ui/admin_devices_page.py" line="+43" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Si&amp;gned-in devices</source>
        <translation>Si&amp;gned-in devices</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Revo&amp;ke</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign the device out for good: its person must sign in again elsewhere.</source>
        <translation>Sign the device out for good: its person must sign in again elsewhere.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{device} of {name} will be signed out for good. Revoke it?</source>
        <translation>{device} of {name} will be signed out for good. Revoke it?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device was signed out.</source>
        <translation>The device was signed out.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/dashboard_drill.py" line="+125" />
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desk_app/ui/intake_duplicates.py" line="+42" />
        <source>Attach the call to this tic&amp;ket</source>
        <translation>Attach the call to this tic&amp;ket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Log this call on the selected ticket instead of opening a new one. What you typed becomes the contact's note.</source>
        <translation>Log this call on the selected ticket instead of opening a new one. What you typed becomes the contact's note.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%Ln open ticket(s) may be about the same problem:</source>
        <translation>
            <numerusform>%Ln open ticket may be about the same problem:</numerusform>
            <numerusform>%Ln open tickets may be about the same problem:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>same customer and asset</source>
        <translation>same customer and asset</translation>
    </message>
    <message>
        <location line="+2" />
        <source>same asset</source>
        <translation>same asset</translation>
    </message>
    <message>
        <location line="+2" />
        <source>same customer</source>
        <translation>same customer</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="+122" />
        <source>Lower the hours below zero to stop tracking this target.</source>
        <translation>Lower the hours below zero to stop tracking this target.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not tracked</source>
        <translation>Not tracked</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{target}: hours</source>
        <translation>{target}: hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{target}: minutes</source>
        <translation>{target}: minutes</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/durations.py" line="+42" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{larger} {smaller}</source>
        <translation>{larger} {smaller}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desk_app/ui/errors.py" line="+13" />
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
        <location line="+18" />
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk_app/ui/escalation_banner.py" line="+66" />
        <source>no queue</source>
        <translation>no queue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a queue no longer in use</source>
        <translation>a queue no longer in use</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/escalation_words.py" line="+33" />
        <source>Pass on to another queue of the same tier</source>
        <translation>Pass on to another queue of the same tier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escalate to a higher tier</source>
        <translation>Escalate to a higher tier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask a team lead or supervisor for attention</source>
        <translation>Ask a team lead or supervisor for attention</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Return to a lower tier</source>
        <translation>Return to a lower tier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other escalation</source>
        <translation>Other escalation</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Attention asked</source>
        <translation>Attention asked</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{tier} · {kind}</source>
        <translation>{tier} · {kind}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Needs a specialist</source>
        <translation>Needs a specialist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time exceeded</source>
        <translation>Time exceeded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The customer asked</source>
        <translation>The customer asked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal or financial</source>
        <translation>Legal or financial</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+6" />
        <source>needs a specialist</source>
        <translation>needs a specialist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the time was exceeded</source>
        <translation>the time was exceeded</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the customer asked</source>
        <translation>the customer asked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a complaint</source>
        <translation>a complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a legal or financial matter</source>
        <translation>a legal or financial matter</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>another reason</source>
        <translation>another reason</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{percent}% of the resolution time has passed</source>
        <translation>{percent}% of the resolution time has passed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the resolution time was exceeded</source>
        <translation>the resolution time was exceeded</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your attention is asked automatically: {reason}</source>
        <translation>Your attention is asked automatically: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Escalated automatically: {reason}</source>
        <translation>Escalated automatically: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Returned by {name}: {note}</source>
        <translation>Returned by {name}: {note}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} asks for your attention: {note}</source>
        <translation>{name} asks for your attention: {note}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Passed on from {queue} by {name}: {reason} — {note}</source>
        <translation>Passed on from {queue} by {name}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Escalated from {queue} by {name}: {reason} — {note}</source>
        <translation>Escalated from {queue} by {name}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Another target</source>
        <translation>Another target</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no due time</source>
        <translation>no due time</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{target} due: {moment} (no change)</source>
        <translation>{target} due: {moment} (no change)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{target} due: {change}</source>
        <translation>{target} due: {change}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The clock starts again.</source>
        <translation>The clock starts again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{target}: its clock starts again.</source>
        <translation>{target}: its clock starts again.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Priority: {change}</source>
        <translation>Priority: {change}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No service-level target applies.</source>
        <translation>No service-level target applies.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{action}: {person}</source>
        <translation>{action}: {person}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{action}: {change}</source>
        <translation>{action}: {change}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tier: {change}</source>
        <translation>Tier: {change}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Done by an automatic rule: {reason}</source>
        <translation>Done by an automatic rule: {reason}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../desk_app/ui/escalation_dialog.py" line="+82" />
        <source>Escalate the ticket</source>
        <translation>Escalate the ticket</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What was tried, and what the next person should know</source>
        <translation>What was tried, and what the next person should know</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Inform the customer (logs the contact)</source>
        <translation>&amp;Inform the customer (logs the contact)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>and &amp;write them a letter</source>
        <translation>and &amp;write them a letter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Effect on the service level</source>
        <translation>Effect on the service level</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+140" />
        <source>Working it out…</source>
        <translation>Working it out…</translation>
    </message>
    <message>
        <location line="-128" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;priority:</source>
        <translation>New &amp;priority:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location line="+40" />
        <source>There is nowhere this ticket can go from here.</source>
        <translation>There is nowhere this ticket can go from here.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsPanel</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+80" />
        <source>Details: {category}</source>
        <translation>Details: {category}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+14" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_field_form.py" line="+73" />
        <source>Lower-case Latin letters, digits and "_".</source>
        <translation>Lower-case Latin letters, digits and "_".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choice from a list</source>
        <translation>Choice from a list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;quired</source>
        <translation>Re&amp;quired</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add optio&amp;n</source>
        <translation>Add optio&amp;n</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move option</source>
        <translation>Re&amp;move option</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Whole numbers only</source>
        <translation>&amp;Whole numbers only</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Empty: the field is always shown.</source>
        <translation>Empty: the field is always shown.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One value, or several separated by commas.</source>
        <translation>One value, or several separated by commas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;English label:</source>
        <translation>&amp;English label:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ara&amp;bic label:</source>
        <translation>Ara&amp;bic label:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ty&amp;pe:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Options:</source>
        <translation>&amp;Options:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lowest value:</source>
        <translation>&amp;Lowest value:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Highest value:</source>
        <translation>&amp;Highest value:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Longest te&amp;xt:</source>
        <translation>Longest te&amp;xt:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only when the &amp;field:</source>
        <translation>Only when the &amp;field:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eq&amp;uals:</source>
        <translation>eq&amp;uals:</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../desk_app/ui/dashboard_tiles.py" line="+62" />
        <source>Enter or a click lists these tickets</source>
        <translation>Enter or a click lists these tickets</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desk_app/ui/formatting.py" line="+60" />
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="+79" />
        <location line="+9" />
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gregorian date</source>
        <translation>Gregorian date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hijri date</source>
        <translation>Hijri date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Hijri day</source>
        <translation>Hijri day</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hijri month</source>
        <translation>Hijri month</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hijri year</source>
        <translation>Hijri year</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add &amp;holiday</source>
        <translation>Add &amp;holiday</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove holiday</source>
        <translation>&amp;Remove holiday</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add national holi&amp;days</source>
        <translation>Add national holi&amp;days</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Gregorian date:</source>
        <translation>&amp;Gregorian date:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hi&amp;jri date:</source>
        <translation>Hi&amp;jri date:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+118" />
        <source>{date} is already a holiday: {name}.</source>
        <translation>{date} is already a holiday: {name}.</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>%Ln holiday(s) added.</source>
        <translation>
            <numerusform>%Ln holiday added.</numerusform>
            <numerusform>%Ln holidays added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{added} {skipped}</source>
        <translation>{added} {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln day(s) already listed, skipped.</source>
        <translation>
            <numerusform>%Ln day already listed, skipped.</numerusform>
            <numerusform>%Ln days already listed, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>The national holidays of that country and year could not be listed.</source>
        <translation>The national holidays of that country and year could not be listed.</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+71" />
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Add a period</source>
        <translation>&amp;Add a period</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="+98" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location line="+26" />
        <source>An intake that was not saved is waiting.</source>
        <translation>An intake that was not saved is waiting.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it</source>
        <translation>Restore it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location line="+21" />
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
        <location line="+4" />
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the equipment is: branch or city</source>
        <translation>Where the equipment is: branch or city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Site / buildin&amp;g</source>
        <translation>Site / buildin&amp;g</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room / &amp;floor</source>
        <translation>Room / &amp;floor</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Product / model / serial</source>
        <translation>&amp;Product / model / serial</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type a model or serial number, licence or account number to look up</source>
        <translation>Type a model or serial number, licence or account number to look up</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Register it as a ne&amp;w asset</source>
        <translation>Register it as a ne&amp;w asset</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Model number</source>
        <translation>Model number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Licence agreement</source>
        <translation>&amp;Licence agreement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account &amp;reference</source>
        <translation>Account &amp;reference</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Equipment, account and product</source>
        <translation>Equipment, account and product</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Routing and priority</source>
        <translation>Routing and priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I&amp;mpact</source>
        <translation>I&amp;mpact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Urgenc&amp;y</source>
        <translation>Urgenc&amp;y</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How much of the customer's business is affected</source>
        <translation>How much of the customer's business is affected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How soon it hurts if nothing is done</source>
        <translation>How soon it hurts if nothing is done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pri&amp;ority</source>
        <translation>Pri&amp;ority</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No queue yet</source>
        <translation>No queue yet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sa&amp;ve and add another problem</source>
        <translation>Sa&amp;ve and add another problem</translation>
    </message>
    <message>
        <location line="+193" />
        <source>The usual priority for this category.</source>
        <translation>The usual priority for this category.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The catalogue suggests “{queue}”, a queue this desk does not have.</source>
        <translation>The catalogue suggests “{queue}”, a queue this desk does not have.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suggested for this category and place.</source>
        <translation>Suggested for this category and place.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suggested: {queue}. Your choice is kept.</source>
        <translation>Suggested: {queue}. Your choice is kept.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>From the impact and the urgency.</source>
        <translation>From the impact and the urgency.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Use: {levels}.</source>
        <translation>Use: {levels}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_lookup.py" line="+118" />
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Registered asset, serial {serial}</source>
        <translation>Registered asset, serial {serial}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registered asset</source>
        <translation>Registered asset</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_saving.py" line="+208" />
        <source>Ticket {number} saved. Describe the next problem of the same customer.</source>
        <translation>Ticket {number} saved. Describe the next problem of the same customer.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>That ticket no longer exists; nothing was logged. Choose another one.</source>
        <translation>That ticket no longer exists; nothing was logged. Choose another one.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Category details</source>
        <translation>Category details</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>Please correct the marked fields; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>IntakeSuggestions</name>
    <message>
        <location filename="../desk_app/ui/intake_suggestions.py" line="+77" />
        <source>Articles that may answer this call</source>
        <translation>Articles that may answer this call</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter or a double click opens the article</source>
        <translation>Enter or a double click opens the article</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read it</source>
        <translation>Read it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Solved by this article</source>
        <translation>Solved by this article</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the call as a ticket resolved now at tier 0, with this article linked</source>
        <translation>Save the call as a ticket resolved now at tier 0, with this article linked</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../desk_app/ui/keyboard_help.py" line="+83" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>These keys work in any keyboard layout. Alt with an underlined letter works in the keyboard layout of the menus' language.</source>
        <translation>These keys work in any keyboard layout. Alt with an underlined letter works in the keyboard layout of the menus' language.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="-141" />
        <location line="+4" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <location filename="../desk_app/ui/knowledge_actions.py" line="+31" />
        <source>Knowledge &amp;base…</source>
        <translation>Knowledge &amp;base…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Write an article…</source>
        <translation>&amp;Write an article…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Start an article from the problem and the solution of this resolved ticket</source>
        <translation>Start an article from the problem and the solution of this resolved ticket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resolve the ticket first: an article starts from its solution.</source>
        <translation>Resolve the ticket first: an article starts from its solution.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Select a resolved ticket to write an article from it.</source>
        <translation>Select a resolved ticket to write an article from it.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Article saved as a draft.</source>
        <translation>Article saved as a draft.</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../desk_app/ui/knowledge_window.py" line="+69" />
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Words of the problem, in Arabic or English</source>
        <translation>Words of the problem, in Arabic or English</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Copy passage</source>
        <translation>&amp;Copy passage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the selected text, or the whole article</source>
        <translation>Copy the selected text, or the whole article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Insert into note</source>
        <translation>&amp;Insert into note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the selected text, or the whole article, into the ticket's note box</source>
        <translation>Put the selected text, or the whole article, into the ticket's note box</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New article…</source>
        <translation>&amp;New article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a ticket in the list first; its note box takes the text.</source>
        <translation>Choose a ticket in the list first; its note box takes the text.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Put into the note box of the ticket; add the note there when ready.</source>
        <translation>Put into the note box of the ticket; add the note there when ready.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Article saved.</source>
        <translation>Article saved.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The article is now: {status}.</source>
        <translation>The article is now: {status}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desk_app/ui/labels.py" line="+42" />
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
        <location line="+8" />
        <source>Tier {tier}: {name}</source>
        <translation>Tier {tier}: {name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tier {tier}</source>
        <translation>Tier {tier}</translation>
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
        <location line="+18" />
        <location line="+76" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-75" />
        <location line="+76" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-75" />
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
        <location line="+24" />
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
        <location line="+47" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="-46" />
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
        <location line="+32" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-31" />
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
        <location line="+1" />
        <source>Tickets linked</source>
        <translation>Tickets linked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link removed</source>
        <translation>Link removed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket merged</source>
        <translation>Ticket merged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered by an article</source>
        <translation>Answered by an article</translation>
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
    <message>
        <location line="+3" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat the call-back</source>
        <translation>Repeat the call-back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details of the category</source>
        <translation>Details of the category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged ticket</source>
        <translation>Merged ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked ticket</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted at</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekend days</source>
        <translation>Weekend days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text in Arabic</source>
        <translation>Text in Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text in English</source>
        <translation>Text in English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Senior agent</source>
        <translation>Senior agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desk_app/ui/letter_actions.py" line="+29" />
        <source>Wr&amp;ite letter…</source>
        <translation>Wr&amp;ite letter…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;memo…</source>
        <translation>New &amp;memo…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Letter regist&amp;er…</source>
        <translation>Letter regist&amp;er…</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+10" />
        <source>Select a ticket first.</source>
        <translation>Select a ticket first.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../desk_app/ui/letter_dialog.py" line="+91" />
        <source>Write letter</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Letter (post or by hand)</source>
        <translation>Letter (post or by hand)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Se&amp;nt as:</source>
        <translation>Se&amp;nt as:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fa&amp;x number:</source>
        <translation>Fa&amp;x number:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In reply t&amp;o:</source>
        <translation>In reply t&amp;o:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lette&amp;r:</source>
        <translation>Lette&amp;r:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Free text:</source>
        <translation>&amp;Free text:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type :: and a snippet's name to insert a snippet.</source>
        <translation>Type :: and a snippet's name to insert a snippet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Save to ticket</source>
        <translation>&amp;Save to ticket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send as &amp;e-mail</source>
        <translation>Send as &amp;e-mail</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send the letter to the customer's e-mail address with its PDF, and file it</source>
        <translation>Send the letter to the customer's e-mail address with its PDF, and file it</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Not a reply</source>
        <translation>Not a reply</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your unsaved letter on this ticket is back.</source>
        <translation>Your unsaved letter on this ticket is back.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>This template has no {language} text. Choose the other language or another template (the template can be completed in the console).</source>
        <translation>This template has no {language} text. Choose the other language or another template (the template can be completed in the console).</translation>
    </message>
    <message>
        <location line="+76" />
        <source>(reference given on saving)</source>
        <translation>(reference given on saving)</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../desk_app/ui/letter_sample.py" line="+56" />
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location line="+100" />
        <source>letter-{number}.pdf</source>
        <translation>letter-{number}.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <location filename="../desk_app/ui/letter_pdf.py" line="+88" />
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Corresponding to: {date}</source>
        <translation>Corresponding to: {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reference: {reference}</source>
        <translation>Reference: {reference}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <location filename="../desk_app/ui/letter_words.py" line="+14" />
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request for information</source>
        <translation>Request for information</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejection</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint response</source>
        <translation>Complaint response</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Internal memo</source>
        <translation>Internal memo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customer's name</source>
        <translation>Customer's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer's title</source>
        <translation>Customer's title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket subject</source>
        <translation>Ticket subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date opened</source>
        <translation>Date opened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date opened (Hijri)</source>
        <translation>Date opened (Hijri)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Today's date</source>
        <translation>Today's date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today's date (Hijri)</source>
        <translation>Today's date (Hijri)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date (Hijri)</source>
        <translation>Due date (Hijri)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent's name</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register reference</source>
        <translation>Register reference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free text for this letter</source>
        <translation>Free text for this letter</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LevelsEditors</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="-97" />
        <source>{day} {month} {year} AH</source>
        <translation>{day} {month} {year} AH</translation>
    </message>
</context>
<context>
    <name>LevelsHolidays</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="-305" />
        <source>There is no such day in the Hijri calendar: that month has 29 days in that year.</source>
        <translation>There is no such day in the Hijri calendar: that month has 29 days in that year.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_levels_page.py" line="+91" />
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the service levels as they are now saved; your changes here are dropped.</source>
        <translation>Show the service levels as they are now saved; your changes here are dropped.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put back the saved service levels of this branch.</source>
        <translation>Put back the saved service levels of this branch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Your unsaved changes to this branch are back.</source>
        <translation>Your unsaved changes to this branch are back.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Changed, not saved yet.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The saved service levels are back.</source>
        <translation>The saved service levels are back.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+42" />
        <source>Not saved: see the messages beside the fields.</source>
        <translation>Not saved: see the messages beside the fields.</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Saving on the server…</source>
        <translation>Saving on the server…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Saved as version {version}. The clocks of the branch's open tickets are being recomputed in the background.</source>
        <translation>Saved as version {version}. The clocks of the branch's open tickets are being recomputed in the background.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Someone else saved this branch's service levels meanwhile (now version {version}). Nothing was saved; Reload shows theirs, and your changes stay here until then.</source>
        <translation>Someone else saved this branch's service levels meanwhile (now version {version}). Nothing was saved; Reload shows theirs, and your changes stay here until then.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>In force: defaults (never changed)</source>
        <translation>In force: defaults (never changed)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In force: version {version}</source>
        <translation>In force: version {version}</translation>
    </message>
</context>
<context>
    <name>ListEmptyState</name>
    <message>
        <location filename="../desk_app/ui/empty_state.py" line="+30" />
        <source>No ticket matches “{query}”</source>
        <translation>No ticket matches “{query}”</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&amp;Clear the search</source>
        <translation>&amp;Clear the search</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take a call ({keys})</source>
        <translation>Take a call ({keys})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign in to a server…</source>
        <translation>Sign in to a server…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Check the spelling, or clear it.</source>
        <translation>Check the spelling, or clear it.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No ticket in this view</source>
        <translation>No ticket in this view</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No tickets yet</source>
        <translation>No tickets yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the first call to create a ticket, or sign in to your office's server to receive its tickets.</source>
        <translation>Take the first call to create a ticket, or sign in to your office's server to receive its tickets.</translation>
    </message>
</context>
<context>
    <name>LocalOnlyBox</name>
    <message>
        <location filename="../desk_app/ui/admin_people_local_only.py" line="+30" />
        <source>Only on this desk, not on the server</source>
        <translation>Only on this desk, not on the server</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Fill in the new person</source>
        <translation>&amp;Fill in the new person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copies the name, user name and role; type a password and add them.</source>
        <translation>Copies the name, user name and role; type a password and add them.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../desk_app/ui/admin_mail_page.py" line="+76" />
        <source>STARTTLS (usually port {port})</source>
        <translation>STARTTLS (usually port {port})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TLS from the start (usually port {port})</source>
        <translation>TLS from the start (usually port {port})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (a server inside the office only)</source>
        <translation>None (a server inside the office only)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Kept only in this computer's keyring</source>
        <translation>Kept only in this computer's keyring</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mail &amp;server:</source>
        <translation>Mail &amp;server:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;curity:</source>
        <translation>Se&amp;curity:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sen&amp;der's address:</source>
        <translation>Sen&amp;der's address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sender's &amp;name:</source>
        <translation>Sender's &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save &amp;mail settings</source>
        <translation>Save &amp;mail settings</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+51" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="-49" />
        <source>No mail server yet: letters are not sent by e-mail.</source>
        <translation>No mail server yet: letters are not sent by e-mail.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Mail settings saved; letters can be sent by e-mail.</source>
        <translation>Mail settings saved; letters can be sent by e-mail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="+63" />
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
        <source>My queues</source>
        <translation>My queues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaching soon</source>
        <translation>Breaching soon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My follow-ups due</source>
        <translation>My follow-ups due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated to my queues</source>
        <translation>Escalated to my queues</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escalated to me</source>
        <translation>Escalated to me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returned to me</source>
        <translation>Returned to me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open tickets whose next SLA target is due within the hour, soonest first</source>
        <translation>Open tickets whose next SLA target is due within the hour, soonest first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets past an SLA target's due time, the latest miss first</source>
        <translation>Open tickets past an SLA target's due time, the latest miss first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your tickets with a call-back planned for now or earlier</source>
        <translation>Your tickets with a call-back planned for now or earlier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets in your queues (to choose them: View menu, My queues…)</source>
        <translation>Open tickets in your queues (to choose them: View menu, My queues…)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets flagged as a complaint or an angry customer</source>
        <translation>Open tickets flagged as a complaint or an angry customer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets escalated or passed on into your queues</source>
        <translation>Open tickets escalated or passed on into your queues</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets on which someone asked for your attention</source>
        <translation>Open tickets on which someone asked for your attention</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets a higher tier returned to you, with instructions</source>
        <translation>Open tickets a higher tier returned to you, with instructions</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Maktab — service desk</source>
        <translation>Maktab — service desk</translation>
    </message>
    <message>
        <location line="+65" />
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
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About Maktab</source>
        <translation>&amp;About Maktab</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Related tickets…</source>
        <translation>&amp;Related tickets…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>R&amp;esolve…</source>
        <translation>R&amp;esolve…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Escala&amp;te…</source>
        <translation>Escala&amp;te…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Tiers at a glance…</source>
        <translation>&amp;Tiers at a glance…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Supervisor's das&amp;hboard…</source>
        <translation>Supervisor's das&amp;hboard…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved &amp;views</source>
        <translation>Saved &amp;views</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save view &amp;as…</source>
        <translation>Save view &amp;as…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Re&amp;name view…</source>
        <translation>Re&amp;name view…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete view</source>
        <translation>&amp;Delete view</translation>
    </message>
    <message>
        <location line="+3" />
        <source>My &amp;queues…</source>
        <translation>My &amp;queues…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;status…</source>
        <translation>Set &amp;status…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;priority…</source>
        <translation>Set &amp;priority…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Go to view</source>
        <translation>&amp;Go to view</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+20" />
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Branch: {name}</source>
        <translation>Branch: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>Agent: {name}</source>
        <translation>Agent: {name}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Ticket {number} saved</source>
        <translation>Ticket {number} saved</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Call logged on ticket {number}</source>
        <translation>Call logged on ticket {number}</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+250" />
        <source>Select a ticket first.</source>
        <translation>Select a ticket first.</translation>
    </message>
    <message>
        <location line="-157" />
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
        <location line="+12" />
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Save view as</source>
        <translation>Save view as</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Rename view</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <location line="+12" />
        <source>View “{name}” deleted</source>
        <translation>View “{name}” deleted</translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>%Ln ticket(s) changed</source>
        <translation>
            <numerusform>%Ln ticket changed</numerusform>
            <numerusform>%Ln tickets changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../desk_app/ui/memo_dialog.py" line="+41" />
        <source>New memo</source>
        <translation>New memo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No template</source>
        <translation>No template</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A person, a queue or a department</source>
        <translation>A person, a queue or a department</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>MyQueuesDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="+81" />
        <source>My queues</source>
        <translation>My queues</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The queues you work; Space ticks the one selected.</source>
        <translation>The queues you work; Space ticks the one selected.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="+75" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A&amp;dd person</source>
        <translation>A&amp;dd person</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ro&amp;le</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bran&amp;ch</source>
        <translation>Bran&amp;ch</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desk_app/ui/notifications.py" line="+90" />
        <source>Time to review your article “{title}”.</source>
        <translation>Time to review your article “{title}”.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Call back {customer} about {number}: {subject}</source>
        <translation>Call back {customer} about {number}: {subject}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{number} is about to miss its service level: {subject}</source>
        <translation>{number} is about to miss its service level: {subject}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your attention is asked on {number}: {subject}</source>
        <translation>Your attention is asked on {number}: {subject}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A ticket was assigned to you.</source>
        <translation>A ticket was assigned to you.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Maktab</source>
        <translation>Maktab</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_outbox_dialog.py" line="+66" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+59" />
        <source>{entity} ({kind})</source>
        <translation>{entity} ({kind})</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Outbox — changes not yet on the server</source>
        <translation>Outbox — changes not yet on the server</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send the refused change again with the next sync.</source>
        <translation>Send the refused change again with the next sync.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The outbox is empty: every change has been sent.</source>
        <translation>The outbox is empty: every change has been sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln change waiting to be sent.</numerusform>
            <numerusform>%Ln changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln refused by the server: retry or discard them.</source>
        <translation>
            <numerusform>%Ln refused by the server: retry or discard them.</numerusform>
            <numerusform>%Ln refused by the server: retry or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36" />
        <source>Refused: {change} — {reason}</source>
        <translation>Refused: {change} — {reason}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Discard the change?</source>
        <translation>Discard the change?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server refused this change: {change}

Discarding it means it will never be sent. This cannot be undone.</source>
        <translation>The server refused this change: {change}

Discarding it means it will never be sent. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The change will be sent with the next sync.</source>
        <translation>The change will be sent with the next sync.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The change was discarded.</source>
        <translation>The change was discarded.</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="-44" />
        <source>{level}. {role}</source>
        <translation>{level}. {role}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_page.py" line="+82" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+0" />
        <source>T&amp;ype the PIN again</source>
        <translation>T&amp;ype the PIN again</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+118" />
        <source>Chosen person</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+200" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-192" />
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active, no PIN</source>
        <translation>Active, no PIN</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This desk works with a server: sign in to it to manage its people here.</source>
        <translation>This desk works with a server: sign in to it to manage its people here.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a person in the list.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This person is deactivated.</source>
        <translation>This person is deactivated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chosen person: {name}</source>
        <translation>Chosen person: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>You cannot do this to yourself: ask another administrator.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>{name} will no longer be able to use the desk. Deactivate?</source>
        <translation>{name} will no longer be able to use the desk. Deactivate?</translation>
    </message>
</context>
<context>
    <name>PerPriorityTabs</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="+355" />
        <source>&amp;Targets per priority</source>
        <translation>&amp;Targets per priority</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Automatic &amp;escalation</source>
        <translation>Automatic &amp;escalation</translation>
    </message>
</context>
<context>
    <name>PeriodRow</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="-37" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Period {number}: start</source>
        <translation>Period {number}: start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Period {number}: end</source>
        <translation>Period {number}: end</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove period {number}</source>
        <translation>Remove period {number}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../desk_app/services/permissions.py" line="+225" />
        <source>Your role may not take calls or create tickets.</source>
        <translation>Your role may not take calls or create tickets.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not edit tickets.</source>
        <translation>Your role may not edit tickets.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This ticket is not assigned to you, and your role may not edit others' tickets.</source>
        <translation>This ticket is not assigned to you, and your role may not edit others' tickets.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This ticket is neither yours nor in one of your queues.</source>
        <translation>This ticket is neither yours nor in one of your queues.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not move tickets to another queue.</source>
        <translation>Your role may not move tickets to another queue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not assign tickets to other people.</source>
        <translation>Your role may not assign tickets to other people.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not change several tickets at once.</source>
        <translation>Your role may not change several tickets at once.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not merge or split tickets.</source>
        <translation>Your role may not merge or split tickets.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a team lead or above may declare an enterprise failure.</source>
        <translation>Only a team lead or above may declare an enterprise failure.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not resolve or reopen tickets.</source>
        <translation>Your role may not resolve or reopen tickets.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not pass tickets to another queue of the tier.</source>
        <translation>Your role may not pass tickets to another queue of the tier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not escalate tickets to a higher tier.</source>
        <translation>Your role may not escalate tickets to a higher tier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not return tickets to a lower tier.</source>
        <translation>Your role may not return tickets to a lower tier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not write knowledge articles.</source>
        <translation>Your role may not write knowledge articles.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not publish knowledge articles.</source>
        <translation>Your role may not publish knowledge articles.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not see team reports.</source>
        <translation>Your role may not see team reports.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not see the reports of all branches.</source>
        <translation>Your role may not see the reports of all branches.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not change service levels, working hours or holidays.</source>
        <translation>Your role may not change service levels, working hours or holidays.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not change the category catalogue.</source>
        <translation>Your role may not change the category catalogue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not change templates.</source>
        <translation>Your role may not change templates.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role may not change queues.</source>
        <translation>Your role may not change queues.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not manage people.</source>
        <translation>Your role may not manage people.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not manage devices.</source>
        <translation>Your role may not manage devices.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not change rights.</source>
        <translation>Your role may not change rights.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role may not read the audit log.</source>
        <translation>Your role may not read the audit log.</translation>
    </message>
</context>
<context>
    <name>PriorityRules</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-210" />
        <source>Add a rule</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a rule to {priority}</source>
        <translation>Add a rule to {priority}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No automatic escalation</source>
        <translation>No automatic escalation</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_queues_page.py" line="+91" />
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+205" />
        <source>New queue</source>
        <translation>New queue</translation>
    </message>
    <message>
        <location line="-186" />
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ara&amp;bic name:</source>
        <translation>Ara&amp;bic name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;ier:</source>
        <translation>T&amp;ier:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bra&amp;nch:</source>
        <translation>Bra&amp;nch:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ne&amp;w queue</source>
        <translation>Ne&amp;w queue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sa&amp;ve queue</source>
        <translation>Sa&amp;ve queue</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+4" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Person to add</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add to the team</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove from the team</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Tier 0: self-service</source>
        <translation>Tier 0: self-service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier 1: first line</source>
        <translation>Tier 1: first line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier 2: specialists</source>
        <translation>Tier 2: specialists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier 3: experts</source>
        <translation>Tier 3: experts</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+15" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Change queue</source>
        <translation>Change queue</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Added to the team.</source>
        <translation>Added to the team.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Removed from the team.</source>
        <translation>Removed from the team.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Queue saved.</source>
        <translation>Queue saved.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../desk_app/ui/reading_pane.py" line="+35" />
        <source>Reading &amp;pane</source>
        <translation>Reading &amp;pane</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Below the list</source>
        <translation>&amp;Below the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Be&amp;side the list</source>
        <translation>Be&amp;side the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hidden</source>
        <translation>&amp;Hidden</translation>
    </message>
</context>
<context>
    <name>RecordIncomingDialog</name>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="+86" />
        <source>Record incoming letter</source>
        <translation>Record incoming letter</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Waits for a &amp;reply</source>
        <translation>Waits for a &amp;reply</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recei&amp;ved:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ticket number:</source>
        <translation>&amp;Ticket number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their refere&amp;nce:</source>
        <translation>Their refere&amp;nce:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scan or file:</source>
        <translation>Scan or file:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Choose the scan or file</source>
        <translation>Choose the scan or file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose the customer from the list, or give the ticket number instead.</source>
        <translation>Choose the customer from the list, or give the ticket number instead.</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../desk_app/ui/register_window.py" line="+127" />
        <location line="+215" />
        <source>Letter register</source>
        <translation>Letter register</translation>
    </message>
    <message>
        <location line="-208" />
        <source>Search reference, subject, text…</source>
        <translation>Search reference, subject, text…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replies due</source>
        <translation>Replies due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replies overdue</source>
        <translation>Replies overdue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Record incoming letter…</source>
        <translation>&amp;Record incoming letter…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New m&amp;emo…</source>
        <translation>New m&amp;emo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%Ln replies due</source>
        <translation>
            <numerusform>%Ln replies due</numerusform>
            <numerusform>%Ln replies due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{due}; {late}</source>
        <translation>{due}; {late}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No entries to show.</source>
        <translation>No entries to show.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose an entry first.</source>
        <translation>Choose an entry first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This entry has no file.</source>
        <translation>This entry has no file.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The file is not on this desk yet: sync, then open it again.</source>
        <translation>The file is not on this desk yet: sync, then open it again.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>letter-register.xlsx</source>
        <translation>letter-register.xlsx</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
</context>
<context>
    <name>RegisterWords</name>
    <message>
        <location filename="../desk_app/ui/register_words.py" line="+14" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply overdue</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>RelatedTicketsDialog</name>
    <message>
        <location filename="../desk_app/ui/related_dialog.py" line="+51" />
        <source>Related tickets</source>
        <translation>Related tickets</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ticket number, e.g. HQ1-2026-000123 or 123</source>
        <translation>Ticket number, e.g. HQ1-2026-000123 or 123</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Other ticket:</source>
        <translation>&amp;Other ticket:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge this ticket into it</source>
        <translation>&amp;Merge this ticket into it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unlink the selected ticket</source>
        <translation>&amp;Unlink the selected ticket</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Subject of the other problem</source>
        <translation>Subject of the other problem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;plit off as a new ticket</source>
        <translation>S&amp;plit off as a new ticket</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Another problem in this ticket</source>
        <translation>Another problem in this ticket</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Linked and merged tickets (Enter opens one):</source>
        <translation>Linked and merged tickets (Enter opens one):</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Related tickets of {number}</source>
        <translation>Related tickets of {number}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>merged into this one</source>
        <translation>merged into this one</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No related tickets yet.</source>
        <translation>No related tickets yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This ticket was merged into {number}.</source>
        <translation>This ticket was merged into {number}.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Linked to {number}.</source>
        <translation>Linked to {number}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a linked ticket in the list first.</source>
        <translation>Select a linked ticket in the list first.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unlinked.</source>
        <translation>Unlinked.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge tickets</source>
        <translation>Merge tickets</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close {number} as a duplicate of ticket {other}? Both histories are kept.</source>
        <translation>Close {number} as a duplicate of ticket {other}? Both histories are kept.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Merged into {number}.</source>
        <translation>Merged into {number}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ticket {number} opened and linked.</source>
        <translation>Ticket {number} opened and linked.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+80" />
        <source>Choose another place…</source>
        <translation>Choose another place…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sa&amp;ved reports</source>
        <translation>Sa&amp;ved reports</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>The figures are still being counted; try again in a moment.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customer service report</source>
        <translation>Customer service report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Print the report to a PDF file</source>
        <translation>Print the report to a PDF file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files, one per table (*.csv)</source>
        <translation>CSV files, one per table (*.csv)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer service figures</source>
        <translation>Customer service figures</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Save this report…</source>
        <translation>&amp;Save this report…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Delete a saved report</source>
        <translation>&amp;Delete a saved report</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file was not written</source>
        <translation>The file was not written</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose another place</source>
        <translation>Choose another place</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../desk_app/ui/report_content.py" line="+73" />
        <location line="+9" />
        <source>On {day}</source>
        <translation>On {day}</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+8" />
        <source>From {first} to {last}</source>
        <translation>From {first} to {last}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer service report</source>
        <translation>Customer service report</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printed on {moment}</source>
        <translation>Printed on {moment}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No tickets in this period.</source>
        <translation>No tickets in this period.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+24" />
        <source>The folder {folder} no longer exists. Choose another place: the report is kept.</source>
        <translation>The folder {folder} no longer exists. Choose another place: the report is kept.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Maktab may not write in {folder}. Choose another place: the report is kept.</source>
        <translation>Maktab may not write in {folder}. Choose another place: the report is kept.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{file} could not be written (the disk may be full). Choose another place: the report is kept.</source>
        <translation>{file} could not be written (the disk may be full). Choose another place: the report is kept.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../desk_app/ui/report_words.py" line="+52" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{title} (%)</source>
        <translation>{title} (%)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{title} (minutes)</source>
        <translation>{title} (minutes)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A former colleague</source>
        <translation>A former colleague</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In no queue</source>
        <translation>In no queue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A removed queue</source>
        <translation>A removed queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another branch</source>
        <translation>Another branch</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../desk_app/ui/resolve_dialog.py" line="+36" />
        <source>Resolve the ticket</source>
        <translation>Resolve the ticket</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. worn part, wrong setting, user error</source>
        <translation>e.g. worn part, wrong setting, user error</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What was done to solve it</source>
        <translation>What was done to solve it</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{score} — very satisfied</source>
        <translation>{score} — very satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{score} — satisfied</source>
        <translation>{score} — satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{score} — neither</source>
        <translation>{score} — neither</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{score} — dissatisfied</source>
        <translation>{score} — dissatisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{score} — very dissatisfied</source>
        <translation>{score} — very dissatisfied</translation>
    </message>
    <message>
        <location line="+12" />
        <source>C&amp;lose it now (no confirmation expected)</source>
        <translation>C&amp;lose it now (no confirmation expected)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Solution</source>
        <translation>&amp;Solution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer's s&amp;atisfaction</source>
        <translation>Customer's s&amp;atisfaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Given by</source>
        <translation>&amp;Given by</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_rights_page.py" line="+82" />
        <source>Who may do what, by level. A level's rights apply to everyone with its role.</source>
        <translation>Who may do what, by level. A level's rights apply to everyone with its role.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rights by level</source>
        <translation>Rights by level</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Save ri&amp;ghts</source>
        <translation>Save ri&amp;ghts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reset to SFIA defaults</source>
        <translation>&amp;Reset to SFIA defaults</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fill the table with the SFIA levels' defaults; Save keeps them.</source>
        <translation>Fill the table with the SFIA levels' defaults; Save keeps them.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The administrator always keeps the right to change rights: without it nobody could change them back.</source>
        <translation>The administrator always keeps the right to change rights: without it nobody could change them back.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Changed, not saved yet.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The SFIA defaults are filled in. Save keeps them.</source>
        <translation>The SFIA defaults are filled in. Save keeps them.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Saved as version {version}.</source>
        <translation>Saved as version {version}.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>In use: the SFIA defaults, never changed.</source>
        <translation>In use: the SFIA defaults, never changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In use: version {version}.</source>
        <translation>In use: version {version}.</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-87" />
        <source>The share of the resolution time used when the rule acts</source>
        <translation>The share of the resolution time used when the rule acts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask the team lead</source>
        <translation>Ask the team lead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalate to the next tier</source>
        <translation>Escalate to the next tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raise the priority</source>
        <translation>Raise the priority</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{priority}, rule {number}</source>
        <translation>{priority}, rule {number}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{rule}: share of the resolution time</source>
        <translation>{rule}: share of the resolution time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{rule}: what it does</source>
        <translation>{rule}: what it does</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{rule}: raise the priority</source>
        <translation>{rule}: raise the priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove {rule}</source>
        <translation>Remove {rule}</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <location line="+160" />
        <source>A rule acts once per ticket, when the ticket has used the chosen share of its resolution time (100% is the breach); while a ticket waits, its time stands still.</source>
        <translation>A rule acts once per ticket, when the ticket has used the chosen share of its resolution time (100% is the breach); while a ticket waits, its time stands still.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restore the de&amp;fault rules</source>
        <translation>Restore the de&amp;fault rules</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every priority: ask the team lead at 75%; at the breach, escalate to the next tier and raise the priority.</source>
        <translation>Every priority: ask the team lead at 75%; at the breach, escalate to the next tier and raise the priority.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../desk_app/ui/report_save_dialog.py" line="+48" />
        <source>Save this report</source>
        <translation>Save this report</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The report keeps the dashboard's branch and team. A named period (“last month”) is counted again each time the report runs.</source>
        <translation>The report keeps the dashboard's branch and team. A named period (“last month”) is counted again each time the report runs.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These days</source>
        <translation>These days</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <location filename="../desk_app/ui/server_words.py" line="+34" />
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>The server cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server is busy. Try again in a minute.</source>
        <translation>The server is busy. Try again in a minute.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server asks you to sign in again (Sync menu).</source>
        <translation>The server asks you to sign in again (Sync menu).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server refused: your role may not do this.</source>
        <translation>The server refused: your role may not do this.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>You may not give a role above your own, or change someone above it.</source>
        <translation>You may not give a role above your own, or change someone above it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You may manage only the people and branches you work in.</source>
        <translation>You may manage only the people and branches you work in.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>You cannot do this to yourself: ask another administrator.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is the last active administrator: make another one first.</source>
        <translation>This is the last active administrator: make another one first.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone already has this user name.</source>
        <translation>Someone already has this user name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User names: up to {count} small Latin letters and digits, no spaces, and {signs}</source>
        <translation>User names: up to {count} small Latin letters and digits, no spaces, and {signs}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the person's name.</source>
        <translation>Type the person's name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a role from the list.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose at least one branch.</source>
        <translation>Choose at least one branch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is no longer on the server. The list has been reloaded.</source>
        <translation>This is no longer on the server. The list has been reloaded.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone saved the rights meanwhile. Their table is shown now; make your change again.</source>
        <translation>Someone saved the rights meanwhile. Their table is shown now; make your change again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server refused the change.</source>
        <translation>The server refused the change.</translation>
    </message>
</context>
<context>
    <name>ServerPeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_server.py" line="+80" />
        <source>People and devices of the server this desk is signed in to.</source>
        <translation>People and devices of the server this desk is signed in to.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+0" />
        <source>T&amp;ype it again</source>
        <translation>T&amp;ype it again</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+168" />
        <source>Chosen person</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <location line="-165" />
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save branches</source>
        <translation>Save branches</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+164" />
        <location line="+110" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-268" />
        <source>New r&amp;ole</source>
        <translation>New r&amp;ole</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Branches</source>
        <translation>&amp;Branches</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>R&amp;epeat it</source>
        <translation>R&amp;epeat it</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location line="+1" />
        <source>De&amp;vices</source>
        <translation>De&amp;vices</translation>
    </message>
    <message>
        <location line="+47" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Chosen person: {name}</source>
        <translation>Chosen person: {name}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>You cannot do this to yourself: ask another administrator.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved on the server.</source>
        <translation>Saved on the server.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The password of {name} was changed.</source>
        <translation>The password of {name} was changed.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{name} will no longer be able to sign in, on any desk. Deactivate?</source>
        <translation>{name} will no longer be able to sign in, on any desk. Deactivate?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk_app/ui/settings_dialog.py" line="+27" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="+9" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes without a key or a click before Maktab locks; 0 never locks.</source>
        <translation>Minutes without a key or a click before Maktab locks; 0 never locks.</translation>
    </message>
    <message>
        <location line="+2" />
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
    <message>
        <location line="+1" />
        <source>Loc&amp;k when idle for</source>
        <translation>Loc&amp;k when idle for</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_signin_dialog.py" line="+65" />
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Signing in connects this desk to your organisation's server, so all branches see one picture. Without it, Maktab works on this desk alone and keeps every change for later.</source>
        <translation>Signing in connects this desk to your organisation's server, so all branches see one picture. Without it, Maktab works on this desk alone and keeps every change for later.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>https://maktab.example.org</source>
        <translation>https://maktab.example.org</translation>
    </message>
    <message>
        <location line="+15" />
        <source>How this computer is named in the server's list of devices.</source>
        <translation>How this computer is named in the server's list of devices.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Work offline</source>
        <translation>&amp;Work offline</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Device name</source>
        <translation>&amp;Device name</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give this computer a name.</source>
        <translation>Give this computer a name.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../desk_app/ui/sla_view.py" line="+39" />
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{name}: missed, done {when}, {late} late</source>
        <translation>{name}: missed, done {when}, {late} late</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name}: missed, paused while waiting ({late} of working time late)</source>
        <translation>{name}: missed, paused while waiting ({late} of working time late)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name}: paused while waiting, with {left} of working time to go</source>
        <translation>{name}: paused while waiting, with {left} of working time to go</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name}: overdue by {late} (due {due}), paused while waiting</source>
        <translation>{name}: overdue by {late} (due {due}), paused while waiting</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name}: overdue by {late} (due {due})</source>
        <translation>{name}: overdue by {late} (due {due})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name}: due {due}, in {span}</source>
        <translation>{name}: due {due}, in {span}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name}: due {due}, in {span} ({working} of working time)</source>
        <translation>{name}: due {due}, in {span} ({working} of working time)</translation>
    </message>
    <message>
        <location line="-28" />
        <source>{name}: met {when}</source>
        <translation>{name}: met {when}</translation>
    </message>
</context>
<context>
    <name>SnippetsTable</name>
    <message>
        <location filename="../desk_app/ui/snippets_table.py" line="+36" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A&amp;dd snippet</source>
        <translation>A&amp;dd snippet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove sni&amp;ppet</source>
        <translation>Remove sni&amp;ppet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In any note or letter, type :: and a snippet's name to insert its text.</source>
        <translation>In any note or letter, type :: and a snippet's name to insert its text.</translation>
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
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../desk_app/ui/switch_user_dialog.py" line="+52" />
        <source>Maktab is locked</source>
        <translation>Maktab is locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked. {name} was at the desk: type the PIN to go on.</source>
        <translation>Locked. {name} was at the desk: type the PIN to go on.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is at the desk now.</source>
        <translation>{name} is at the desk now.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+5" />
        <source>S&amp;witch</source>
        <translation>S&amp;witch</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="-76" />
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server cannot be reached. Check the network and the server address; Maktab keeps working on this desk and tries again by itself.</source>
        <translation>The server cannot be reached. Check the network and the server address; Maktab keeps working on this desk and tries again by itself.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not answer in time. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>The server did not answer in time. Maktab keeps working on this desk and tries again by itself.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>The server no longer accepts this desk's sign-in. Sign in again.</source>
        <translation>The server no longer accepts this desk's sign-in. Sign in again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many sign-in attempts failed. Wait a few minutes before trying again.</source>
        <translation>Too many sign-in attempts failed. Wait a few minutes before trying again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This version of Maktab is too old for the server. Update Maktab to synchronise; until then it keeps working on this desk.</source>
        <translation>This version of Maktab is too old for the server. Update Maktab to synchronise; until then it keeps working on this desk.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server needs an update before it can work with this version of Maktab. Tell your administrator; until then Maktab keeps working on this desk.</source>
        <translation>The server needs an update before it can work with this version of Maktab. Tell your administrator; until then Maktab keeps working on this desk.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No system keyring is available. Maktab keeps the server's secrets only in the system keyring, never in a file, so it cannot stay signed in. Ask your administrator to set up a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>No system keyring is available. Maktab keeps the server's secrets only in the system keyring, never in a file, so it cannot stay signed in. Ask your administrator to set up a keyring (for example GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server no longer accepts this desk (its access was withdrawn). Sign in again or ask your administrator.</source>
        <translation>The server no longer accepts this desk (its access was withdrawn). Sign in again or ask your administrator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your account on the server is disabled. Ask your administrator.</source>
        <translation>Your account on the server is disabled. Ask your administrator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody is signed in to the server on this desk.</source>
        <translation>Nobody is signed in to the server on this desk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server had a problem of its own, or the address does not point to a Maktab server. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>The server had a problem of its own, or the address does not point to a Maktab server. Maktab keeps working on this desk and tries again by itself.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server refused the request; nothing was changed.</source>
        <translation>The server refused the request; nothing was changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server refused: {code}</source>
        <translation>The server refused: {code}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This computer's clock is ahead of the server's, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>This computer's clock is ahead of the server's, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This computer's clock is about {amount} ahead of the server's, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>This computer's clock is about {amount} ahead of the server's, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This computer's clock is ahead: correct the date and time</source>
        <translation>This computer's clock is ahead: correct the date and time</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer's clock is about {amount} ahead: correct the date and time</source>
        <translation>This computer's clock is about {amount} ahead: correct the date and time</translation>
    </message>
    <message>
        <location line="+47" />
        <source>This account may not change that branch's data.</source>
        <translation>This account may not change that branch's data.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server does not know this kind of record.</source>
        <translation>The server does not know this kind of record.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server does not know one of the changed fields.</source>
        <translation>The server does not know one of the changed fields.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The record does not exist on the server.</source>
        <translation>The record does not exist on the server.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A value was not accepted.</source>
        <translation>A value was not accepted.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The record was deleted on another desk.</source>
        <translation>The record was deleted on another desk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server does not let a desk make this change (people, branches and queues are changed by the administrator).</source>
        <translation>The server does not let a desk make this change (people, branches and queues are changed by the administrator).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer's clock is ahead of the server's, so the server refused the change. Set the correct date, time and time zone on this computer; the change is kept here.</source>
        <translation>This computer's clock is ahead of the server's, so the server refused the change. Set the correct date, time and time zone on this computer; the change is kept here.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Refused: {code}</source>
        <translation>Refused: {code}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The server refused this change: your role does not allow it.</source>
        <translation>The server refused this change: your role does not allow it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket history</source>
        <translation>Ticket history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue member</source>
        <translation>Queue member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Knowledge base article</source>
        <translation>Knowledge base article</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="-239" />
        <location filename="../desk_app/ui/sync_texts.py" line="+15" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="+89" />
        <source>Enter the server's address, for example https://maktab.example.org</source>
        <translation>Enter the server's address, for example https://maktab.example.org</translation>
    </message>
    <message>
        <location line="-274" />
        <location line="+281" />
        <source>The server address is not valid.</source>
        <translation>The server address is not valid.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server address must start with https:// or http://.</source>
        <translation>The server address must start with https:// or http://.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server address has no valid host name.</source>
        <translation>The server address has no valid host name.</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_status.py" line="+57" />
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location line="-31" />
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not signed in to the server</source>
        <translation>Not signed in to the server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — retrying</source>
        <translation>Offline — retrying</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not syncing — see why</source>
        <translation>Not syncing — see why</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synced at {time}</source>
        <translation>Synced at {time}</translation>
    </message>
    <message>
        <location line="+29" />
        <source> · </source>
        <comment>between the parts of the sync state</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Last synced: {time}</source>
        <translation>Last synced: {time}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Never synced yet</source>
        <translation>Never synced yet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This desk works on its own database. Changes are kept in the outbox and sent once you sign in to a server.</source>
        <translation>This desk works on its own database. Changes are kept in the outbox and sent once you sign in to a server.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Changes waiting to be sent: {pending}; refused: {rejected}</source>
        <translation>Changes waiting to be sent: {pending}; refused: {rejected}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Conflicts to review: {count}</source>
        <translation>Conflicts to review: {count}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Click to see them.</source>
        <translation>Click to see them.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../desk_app/ui/sync_actions.py" line="+187" />
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign &amp;in to server…</source>
        <translation>Sign &amp;in to server…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+42" />
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Conflicts to review…</translation>
    </message>
    <message numerus="yes">
        <location line="-2" />
        <source>&amp;Conflicts to review (%Ln)…</source>
        <translation>
            <numerusform>&amp;Conflicts to review (%Ln)…</numerusform>
            <numerusform>&amp;Conflicts to review (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <location filename="../desk_app/ui/levels_targets.py" line="+27" />
        <source>Targets per priority (working time)</source>
        <translation>Targets per priority (working time)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Written reply</source>
        <translation>Written reply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{priority}, {target}</source>
        <translation>{priority}, {target}</translation>
    </message>
    <message>
        <location line="+49" />
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../desk_app/ui/letter_template_form.py" line="+97" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the chosen placeholder where the cursor is in a subject or text</source>
        <translation>Put the chosen placeholder where the cursor is in a subject or text</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Placeholder:</source>
        <translation>&amp;Placeholder:</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_templates_page.py" line="+75" />
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add template</source>
        <translation>&amp;Add template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove template</source>
        <translation>&amp;Remove template</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Templates</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;nippets</source>
        <translation>S&amp;nippets</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save templates</source>
        <translation>&amp;Save templates</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+156" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="-154" />
        <source>The starter templates: not saved here yet</source>
        <translation>The starter templates: not saved here yet</translation>
    </message>
    <message>
        <location line="+36" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The templates cannot be saved yet: {reason}</source>
        <translation>The templates cannot be saved yet: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>see the marked templates ({names}).</source>
        <translation>see the marked templates ({names}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>see the marked snippets.</source>
        <translation>see the marked snippets.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Templates saved; new letters use them now.</source>
        <translation>Templates saved; new letters use them now.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Someone saved the templates meanwhile (version {version}); they are shown now. Make your change again.</source>
        <translation>Someone saved the templates meanwhile (version {version}); they are shown now. Make your change again.</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_detail_panel.py" line="+96" />
        <source>Co&amp;mplaint or angry customer</source>
        <translation>Co&amp;mplaint or angry customer</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location line="+11" />
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
        <location line="+59" />
        <source>No queue</source>
        <translation>No queue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message numerus="yes">
        <location line="+81" />
        <source>Every %Ln day(s), next %1</source>
        <translation>
            <numerusform>Every %Ln day, next %1</numerusform>
            <numerusform>Every %Ln days, next %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{score} of {top}</source>
        <translation>{score} of {top}</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/ticket_facts.py" line="+113" />
        <source>No ticket selected. Choose one in the list to read it here.</source>
        <translation>No ticket selected. Choose one in the list to read it here.</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <location filename="../desk_app/ui/ticket_header.py" line="+36" />
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_list_panel.py" line="+68" />
        <source>Search subject, description, customer, number, phone, email… (Ctrl+F)</source>
        <translation>Search subject, description, customer, number, phone, email… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Narrows the chosen view</source>
        <translation>Narrows the chosen view</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Any queue</source>
        <translation>Any queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My queues</source>
        <translation>My queues</translation>
    </message>
    <message>
        <location line="+4" />
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
    <message>
        <location line="+144" />
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desk_app/ui/ticket_model.py" line="+80" />
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
        <location line="+1" />
        <source>SLA due</source>
        <translation>SLA due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paused, missed</source>
        <translation>Paused, missed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Overdue {late}</source>
        <translation>Overdue {late}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The clocks are paused while the ticket waits</source>
        <translation>The clocks are paused while the ticket waits</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A target was missed before the ticket began waiting; the clocks are paused</source>
        <translation>A target was missed before the ticket began waiting; the clocks are paused</translation>
    </message>
    <message>
        <location line="+233" />
        <source>Complaint: {subject}</source>
        <translation>Complaint: {subject}</translation>
    </message>
    <message>
        <location line="-239" />
        <source>Due {when}</source>
        <translation>Due {when}</translation>
    </message>
    <message>
        <location line="+270" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>TierGlanceDialog</name>
    <message>
        <location filename="../desk_app/ui/tier_glance_dialog.py" line="+38" />
        <source>Tiers at a glance</source>
        <translation>Tiers at a glance</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tier and queue</source>
        <translation>Tier and queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oldest</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaching</source>
        <translation>Breaching</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated in today</source>
        <translation>Escalated in today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated out today</source>
        <translation>Escalated out today</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Tiers and their queues:</source>
        <translation>&amp;Tiers and their queues:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+27" />
        <source>In no queue</source>
        <translation>In no queue</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No queues yet.</source>
        <translation>No queues yet.</translation>
    </message>
</context>
<context>
    <name>TopForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_top_form.py" line="+37" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Default &amp;queue:</source>
        <translation>Default &amp;queue:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Default &amp;priority:</source>
        <translation>Default &amp;priority:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priority &amp;matrix</source>
        <translation>Priority &amp;matrix</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Impact / urgency</source>
        <translation>Impact / urgency</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Impact {impact}, urgency {urgency}</source>
        <translation>Impact {impact}, urgency {urgency}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Queue ru&amp;les</source>
        <translation>Queue ru&amp;les</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Queue rules</source>
        <translation>Queue rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category code</source>
        <translation>Category code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Places (separated by ;)</source>
        <translation>Places (separated by ;)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add rul&amp;e</source>
        <translation>Add rul&amp;e</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rem&amp;ove rule</source>
        <translation>Rem&amp;ove rule</translation>
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
        <source>Too few digits for a phone number ({count} typed).</source>
        <translation>Too few digits for a phone number ({count} typed).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many digits for a phone number ({count} typed).</source>
        <translation>Too many digits for a phone number ({count} typed).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown country code: after the + comes the code of the country.</source>
        <translation>Unknown country code: after the + comes the code of the country.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not a valid email address: check the characters typed.</source>
        <translation>Not a valid email address: check the characters typed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An email address has one @ between a name and a domain.</source>
        <translation>An email address has one @ between a name and a domain.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An email address has no spaces.</source>
        <translation>An email address has no spaces.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After the @ comes a domain name with a dot in it; check that part.</source>
        <translation>After the @ comes a domain name with a dot in it; check that part.</translation>
    </message>
    <message>
        <location line="+3" />
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
    <message>
        <location line="+1" />
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Enter a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The extra fields could not be read.</source>
        <translation>The extra fields could not be read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You already have a view with this name.</source>
        <translation>You already have a view with this name.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/links.py" line="+43" />
        <source>A ticket cannot be linked or merged with itself.</source>
        <translation>A ticket cannot be linked or merged with itself.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These tickets are linked already.</source>
        <translation>These tickets are linked already.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These tickets are not linked.</source>
        <translation>These tickets are not linked.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This ticket was merged into {number} already.</source>
        <translation>This ticket was merged into {number} already.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{number} was merged into this ticket; merge the other way round.</source>
        <translation>{number} was merged into this ticket; merge the other way round.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No ticket has the number {number}.</source>
        <translation>No ticket has the number {number}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Several tickets end in {number}; type more of the number.</source>
        <translation>Several tickets end in {number}; type more of the number.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/catalogue.py" line="+84" />
        <source>The category catalogue {path} cannot be used: {reason}. The built-in catalogue is used instead.</source>
        <translation>The category catalogue {path} cannot be used: {reason}. The built-in catalogue is used instead.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a number from {low} to {high}.</source>
        <translation>Enter a number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a number of at least {low}.</source>
        <translation>Enter a number of at least {low}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a number of at most {high}.</source>
        <translation>Enter a number of at most {high}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>Enter a real date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This value is of the wrong kind for this field.</source>
        <translation>This value is of the wrong kind for this field.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The built-in category catalogue {path} cannot be used: {reason}. Tickets are saved without categories until Maktab is reinstalled.</source>
        <translation>The built-in category catalogue {path} cannot be used: {reason}. Tickets are saved without categories until Maktab is reinstalled.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/priority.py" line="+18" />
        <source>This priority is not used for the chosen category.</source>
        <translation>This priority is not used for the chosen category.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/contacts.py" line="+33" />
        <source>A contact lasts less than a day.</source>
        <translation>A contact lasts less than a day.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a time that is still to come.</source>
        <translation>Choose a time that is still to come.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ticket is resolved; reopen it to plan a follow-up.</source>
        <translation>The ticket is resolved; reopen it to plan a follow-up.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/resolution.py" line="+33" />
        <source>The ticket is resolved already.</source>
        <translation>The ticket is resolved already.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This ticket was merged into another; resolve that one.</source>
        <translation>This ticket was merged into another; resolve that one.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a resolved or closed ticket can be reopened.</source>
        <translation>Only a resolved or closed ticket can be reopened.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/bulk.py" line="+39" />
        <source>Resolved or closed: reopen it first.</source>
        <translation>Resolved or closed: reopen it first.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/people.py" line="+46" />
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN has {low} to {high} digits.</source>
        <translation>A PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A user name has no spaces.</source>
        <translation>A user name has no spaces.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone already has this user name.</source>
        <translation>Someone already has this user name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>You cannot do this to yourself: ask another administrator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong PIN. Tries left before a pause: {left}.</source>
        <translation>Wrong PIN. Tries left before a pause: {left}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too many wrong PINs. Minutes to wait before trying again: {minutes}.</source>
        <translation>Too many wrong PINs. Minutes to wait before trying again: {minutes}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This person has no PIN yet: an administrator sets one under People.</source>
        <translation>This person has no PIN yet: an administrator sets one under People.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This person may no longer use the desk.</source>
        <translation>This person may no longer use the desk.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/queues.py" line="+34" />
        <source>Another queue of this branch already has this name.</source>
        <translation>Another queue of this branch already has this name.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/branch_levels.py" line="+78" />
        <source>Give at least one period of working hours.</source>
        <translation>Give at least one period of working hours.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A period of working hours ends before it starts.</source>
        <translation>A period of working hours ends before it starts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Two periods of working hours overlap.</source>
        <translation>Two periods of working hours overlap.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave at least one working day in the week.</source>
        <translation>Leave at least one working day in the week.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A weekday is numbered 1 (Monday) to 7 (Sunday).</source>
        <translation>A weekday is numbered 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A holiday falls in a year from 1900 to 2200.</source>
        <translation>A holiday falls in a year from 1900 to 2200.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This day is already in the list.</source>
        <translation>This day is already in the list.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep at most {limit} holidays.</source>
        <translation>Keep at most {limit} holidays.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A target is a whole number of minutes from 1 to {limit}.</source>
        <translation>A target is a whole number of minutes from 1 to {limit}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priorities are numbered 1 to 4.</source>
        <translation>Priorities are numbered 1 to 4.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation.py" line="+73" />
        <source>The ticket is already in this queue.</source>
        <translation>The ticket is already in this queue.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You may not send the ticket to this queue this way.</source>
        <translation>You may not send the ticket to this queue this way.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a team lead or supervisor.</source>
        <translation>Choose a team lead or supervisor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person cannot receive tickets.</source>
        <translation>This person cannot receive tickets.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation_policy.py" line="+28" />
        <source>An escalation rule fires at 75 or 100 percent with a known action.</source>
        <translation>An escalation rule fires at 75 or 100 percent with a known action.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Two escalation rules of a priority are the same.</source>
        <translation>Two escalation rules of a priority are the same.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_edit.py" line="+36" />
        <source>Write the title and the text in Arabic, in English, or in both.</source>
        <translation>Write the title and the text in Arabic, in English, or in both.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This title has no text: write its text.</source>
        <translation>This title has no text: write its text.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This text has no title: give it a title.</source>
        <translation>This text has no title: give it a title.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review date has passed: choose a later day.</source>
        <translation>The review date has passed: choose a later day.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_tier0.py" line="+30" />
        <source>This article is not published, so it cannot answer a call.</source>
        <translation>This article is not published, so it cannot answer a call.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letter_templates.py" line="+43" />
        <source>Unknown placeholder {{{{{name}}}}}: use one from the list.</source>
        <translation>Unknown placeholder {{{{{name}}}}}: use one from the list.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A placeholder is not closed: write it as {{{{name}}}}.</source>
        <translation>A placeholder is not closed: write it as {{{{name}}}}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A template needs its Arabic or English text.</source>
        <translation>A template needs its Arabic or English text.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A template code is lower-case Latin letters, digits, - and _.</source>
        <translation>A template code is lower-case Latin letters, digits, - and _.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Two templates have the code {code}.</source>
        <translation>Two templates have the code {code}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown kind of letter.</source>
        <translation>Unknown kind of letter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most {limit} templates are allowed.</source>
        <translation>At most {limit} templates are allowed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a library of letter templates.</source>
        <translation>This is not a library of letter templates.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/saved_reports.py" line="+44" />
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most {limit} days in one report.</source>
        <translation>At most {limit} days in one report.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachment_types.py" line="+19" />
        <source>The file is too big: {size} MB; at most {limit} MB can be attached.</source>
        <translation>The file is too big: {size} MB; at most {limit} MB can be attached.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programs cannot be attached: this file is an executable or a script.</source>
        <translation>Programs cannot be attached: this file is an executable or a script.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This kind of file cannot be attached. Attach a PDF, an image (PNG, JPEG, TIFF, GIF), a text file, or an Office or OpenDocument file.</source>
        <translation>This kind of file cannot be attached. Attach a PDF, an image (PNG, JPEG, TIFF, GIF), a text file, or an Office or OpenDocument file.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachments.py" line="+51" />
        <source>Attach the file to a ticket or a register entry.</source>
        <translation>Attach the file to a ticket or a register entry.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_out.py" line="+38" />
        <source>E-mail is not set up on this desk: ask an administrator.</source>
        <translation>E-mail is not set up on this desk: ask an administrator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server did not accept the letter; it was not sent.</source>
        <translation>The mail server did not accept the letter; it was not sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server could not be reached; the letter was not sent.</source>
        <translation>The mail server could not be reached; the letter was not sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server refused the user name or password kept on this computer.</source>
        <translation>The mail server refused the user name or password kept on this computer.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_settings.py" line="+34" />
        <source>Give the mail server's name or address.</source>
        <translation>Give the mail server's name or address.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A server name has letters, digits, dots and hyphens only.</source>
        <translation>A server name has letters, digits, dots and hyphens only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the address letters are sent from.</source>
        <translation>Give the address letters are sent from.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer has no keyring to keep the password in: mail cannot be set up here.</source>
        <translation>This computer has no keyring to keep the password in: mail cannot be set up here.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letters.py" line="+55" />
        <source>This template has no text in the language chosen: choose another template or language.</source>
        <translation>This template has no text in the language chosen: choose another template or language.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The customer has no postal address: add it to the customer, or send it another way.</source>
        <translation>The customer has no postal address: add it to the customer, or send it another way.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The customer has no e-mail address: add it to the customer, or send it another way.</source>
        <translation>The customer has no e-mail address: add it to the customer, or send it another way.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say where the fax goes: a fax number.</source>
        <translation>Say where the fax goes: a fax number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This ticket has no customer to write to: choose the customer first.</source>
        <translation>This ticket has no customer to write to: choose the customer first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The letter has no text: write it before saving.</source>
        <translation>The letter has no text: write it before saving.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This template is no longer in the library.</source>
        <translation>This template is no longer in the library.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a memo template: a letter template is for customers.</source>
        <translation>Choose a memo template: a letter template is for customers.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/register.py" line="+87" />
        <source>A memo is internal: register letters, faxes and e-mails as incoming or outgoing.</source>
        <translation>A memo is internal: register letters, faxes and e-mails as incoming or outgoing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An internal entry is a memo.</source>
        <translation>An internal entry is a memo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say whom the memo is for: a person, a queue or a department.</source>
        <translation>Say whom the memo is for: a person, a queue or a department.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A reply answers an incoming item: choose a received letter, fax or e-mail.</source>
        <translation>A reply answers an incoming item: choose a received letter, fax or e-mail.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an outgoing item can be a reply.</source>
        <translation>Only an outgoing item can be a reply.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose Arabic or English.</source>
        <translation>Choose Arabic or English.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This date is in the future: check it.</source>
        <translation>This date is in the future: check it.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="-157" />
        <source>This file cannot be read: check it is still there.</source>
        <translation>This file cannot be read: check it is still there.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/snippets.py" line="+28" />
        <source>A snippet's name is one word of letters, digits, - and _.</source>
        <translation>A snippet's name is one word of letters, digits, - and _.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Two snippets are called {name}.</source>
        <translation>Two snippets are called {name}.</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="-50" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>WeekendBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+100" />
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="-187" />
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
</TS>