<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>Crash</name>
    <message>
        <location filename="../desk_app/ui/crash.py" line="+67" />
        <source>Something unexpected went wrong: {error}

Your unsaved intake is kept as a draft and will be offered again. You can keep working.</source>
        <translation>حدث خطأ غير متوقع: {error}

احتفظنا باستقبال الطلب غير المحفوظ كمسودة، وسيعرض عليك مرة أخرى. يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A report was written to:
{path}</source>
        <translation>كتب تقرير في:
{path}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Maktab</source>
        <translation>مكتب</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desk_app/ui/errors.py" line="+12" />
        <source>The database is busy: another program or another copy of Maktab is writing to it. Nothing you typed is lost; try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة: برنامج آخر أو نسخة أخرى من مكتب تكتب فيها. لم يضع شيء مما كتبته؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file is damaged and cannot be read. Nothing you typed is lost. Ask your administrator to restore it from a backup.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن قراءته. لم يضع شيء مما كتبته. اطلب من مسؤول النظام استعادته من نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file cannot be opened or written (check the disk, its free space and its permissions). Nothing you typed is lost.</source>
        <translation>تعذر فتح ملف قاعدة البيانات أو الكتابة فيه (تحقق من القرص ومن مساحته الفارغة ومن الأذونات). لم يضع شيء مما كتبته.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database was written by a newer version of Maktab. Install that version to open it.</source>
        <translation>كتبت قاعدة البيانات بإصدار أحدث من مكتب. ثبت ذلك الإصدار لفتحها.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ: {error}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="+89" />
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location line="+16" />
        <source>An intake that was not saved is waiting.</source>
        <translation>يوجد استقبال طلب لم يحفظ بانتظارك.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore it</source>
        <translation>&amp;استعادته</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Discard it</source>
        <translation>&amp;تجاهله</translation>
    </message>
    <message>
        <location line="+9" />
        <source>1. Customer</source>
        <translation>1. العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a name, phone, email, national ID or account number to look up</source>
        <translation>اكتب اسما أو رقم هاتف أو بريدا إلكترونيا أو رقم هوية وطنية أو رقم حساب للبحث</translation>
    </message>
    <message>
        <location line="+5" />
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National &amp;ID</source>
        <translation>رقم الهوية ال&amp;وطنية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acco&amp;unt number</source>
        <translation>رقم ال&amp;حساب</translation>
    </message>
    <message>
        <location line="+9" />
        <source>2. The problem</source>
        <translation>2. المشكلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Channel</source>
        <translation>الق&amp;ناة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ca&amp;tegory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Description</source>
        <translation>الو&amp;صف</translation>
    </message>
    <message>
        <location line="+3" />
        <source>3. Equipment, account and product</source>
        <translation>3. المعدات والحساب والمنتج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Equipment &amp;location</source>
        <translation>موق&amp;ع المعدات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Product / model / serial</source>
        <translation>المنت&amp;ج / الطراز / الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Li&amp;cence agreement</source>
        <translation>اتفاقية التر&amp;خيص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account &amp;reference</source>
        <translation>م&amp;رجع الحساب</translation>
    </message>
    <message>
        <location line="+3" />
        <source>4. Routing and priority</source>
        <translation>4. التوجيه والأولوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pri&amp;ority</source>
        <translation>الأو&amp;لوية</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No queue yet</source>
        <translation>لا توجد قائمة انتظار بعد</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tier {tier}: {name}</source>
        <translation>المستوى {tier}: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Assignee</source>
        <translation>الم&amp;كلف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save (Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save and add &amp;another problem</source>
        <translation>حفظ وإضافة مشكلة &amp;أخرى</translation>
    </message>
    <message>
        <location line="+158" />
        <source>Existing customer</source>
        <translation>عميل حالي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Ticket {number} saved. Describe the next problem of the same customer.</source>
        <translation>حفظت التذكرة {number}. صف المشكلة التالية للعميل نفسه.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>يرجى تصحيح الحقول المحددة؛ لم يحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desk_app/ui/labels.py" line="+14" />
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for third party</source>
        <translation>بانتظار طرف ثالث</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enterprise failure</source>
        <translation>عطل على مستوى المؤسسة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regular service</source>
        <translation>خدمة اعتيادية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned event</source>
        <translation>حدث مخطط</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+68" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+68" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal mail</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Face to face</source>
        <translation>حضوريا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Hardware and equipment</source>
        <translation>الأجهزة والمعدات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Software</source>
        <translation>البرمجيات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network and connectivity</source>
        <translation>الشبكة والاتصال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access request</source>
        <translation>طلب صلاحية وصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product support</source>
        <translation>دعم المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purchase</source>
        <translation>الشراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uncategorised</source>
        <translation>غير مصنفة</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ticket created</source>
        <translation>أنشئت التذكرة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field changed</source>
        <translation>تم تغيير حقل</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Contact logged</source>
        <translation>تم تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignment changed</source>
        <translation>تم تغيير المكلف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status changed</source>
        <translation>تم تغيير الحالة</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignee</source>
        <translation>المكلف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment location</source>
        <translation>موقع المعدات</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Licence agreement</source>
        <translation>اتفاقية الترخيص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product / model / serial</source>
        <translation>المنتج / الطراز / الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>National ID</source>
        <translation>رقم الهوية الوطنية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="+44" />
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My tickets</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tickets</source>
        <translation>جميع التذاكر</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Maktab — service desk</source>
        <translation>مكتب — مكتب الخدمة</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&amp;New ticket</source>
        <translation>تذكرة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About Maktab</source>
        <translation>&amp;حول مكتب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved &amp;views</source>
        <translation>العروض ال&amp;محفوظة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Branch: {name}</source>
        <translation>الفرع: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent: {name}</source>
        <translation>الموظف: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — working on the local database</source>
        <translation>دون اتصال — العمل على قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Ticket {number} saved</source>
        <translation>حفظت التذكرة {number}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>About Maktab</source>
        <translation>حول مكتب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maktab {version}
The offline-capable service desk.</source>
        <translation>مكتب {version}
مكتب خدمة يعمل حتى دون اتصال.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Maktab</source>
        <translation>مكتب</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk_app/ui/settings_dialog.py" line="+25" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new language is used from the next start of Maktab.</source>
        <translation>تطبق اللغة الجديدة من التشغيل التالي لمكتب.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desk_app/ui/startup.py" line="+49" />
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep the damaged file aside and start a new database</source>
        <translation>الاحتفاظ بالملف التالف جانبا وبدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database set aside</source>
        <translation>وضعت قاعدة البيانات جانبا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The damaged file was kept as:
{path}</source>
        <translation>احتفظ بالملف التالف باسم:
{path}</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_detail_panel.py" line="+90" />
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Assignee</source>
        <translation>ال&amp;مكلف</translation>
    </message>
    <message>
        <location line="+12" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>اكتب ملاحظة… (Ctrl+Enter لإضافتها)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;note</source>
        <translation>إ&amp;ضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No queue</source>
        <translation>بلا قائمة انتظار</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+80" />
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_list_panel.py" line="+45" />
        <source>Search subject, description, customer, number, phone, email… (Ctrl+F)</source>
        <translation>ابحث في الموضوع والوصف والعميل والرقم والهاتف والبريد الإلكتروني… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All priorities</source>
        <translation>جميع الأولويات</translation>
    </message>
    <message>
        <location line="+92" />
        <source>All queues</source>
        <translation>جميع قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tier {tier}: {name}</source>
        <translation>المستوى {tier}: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desk_app/ui/ticket_model.py" line="+46" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignee</source>
        <translation>المكلف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desk_app/services/messages.py" line="+49" />
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too long: {length} characters, at most {limit} are allowed.</source>
        <translation>النص طويل جدا: عدد الأحرف {length}، والحد الأقصى المسموح به {limit}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>رقم الهاتف غير صالح. استخدم الأرقام فقط، ويمكن أن يبدأ بعلامة +.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not a valid email address: {reason}</source>
        <translation>عنوان البريد الإلكتروني غير صالح: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one of the offered values.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This record no longer exists.</source>
        <translation>هذا السجل لم يعد موجودا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contains characters that cannot be stored.</source>
        <translation>يحتوي على أحرف لا يمكن حفظها.</translation>
    </message>
</context>
</TS>
