<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>AdminConsole</name>
    <message>
        <location filename="../desk_app/ui/admin_console.py" line="+76"/>
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue</source>
        <translation>دليل الفئات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter templates</source>
        <translation>قوالب الخطابات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service levels</source>
        <translation>مستويات الخدمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Administration…</source>
        <translation>الإ&amp;دارة…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
</context>
<context>
    <name>AdminWords</name>
    <message>
        <location filename="../desk_app/ui/admin_words.py" line="+22"/>
        <source>Take calls, create tickets</source>
        <translation>استقبال المكالمات وإنشاء التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tickets assigned to me</source>
        <translation>تعديل التذاكر المسندة إليّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tickets in my queues</source>
        <translation>تعديل التذاكر في قوائم انتظاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit any ticket</source>
        <translation>تعديل أي تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tickets to another queue</source>
        <translation>نقل التذاكر إلى قائمة انتظار أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign tickets to others</source>
        <translation>إسناد التذاكر إلى آخرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change many tickets at once</source>
        <translation>تغيير تذاكر كثيرة دفعة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge and split tickets</source>
        <translation>دمج التذاكر وتقسيمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an enterprise failure</source>
        <translation>إعلان عطل على مستوى المؤسسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve, close and reopen</source>
        <translation>الحل والإغلاق وإعادة الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass tickets on within the tier</source>
        <translation>تمرير التذاكر داخل المستوى نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate to a higher tier</source>
        <translation>التصعيد إلى مستوى أعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to a lower tier</source>
        <translation>الإعادة إلى مستوى أدنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write knowledge articles</source>
        <translation>كتابة مقالات المعرفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish knowledge articles</source>
        <translation>نشر مقالات المعرفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my team&apos;s reports</source>
        <translation>الاطلاع على تقارير فريقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every branch&apos;s reports</source>
        <translation>الاطلاع على تقارير كل الفروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set service levels, hours and holidays</source>
        <translation>ضبط مستوى الخدمة وساعات العمل والعطلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the category catalogue</source>
        <translation>تغيير دليل التصنيفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change templates</source>
        <translation>تغيير القوالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change queues</source>
        <translation>تغيير قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage people</source>
        <translation>إدارة الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage devices</source>
        <translation>إدارة الأجهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rights</source>
        <translation>تغيير الصلاحيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>سجّل الخروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk locked</source>
        <translation>قُفل المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person changed</source>
        <translation>تغيّرت بيانات شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue changed</source>
        <translation>تغيّرت قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights changed</source>
        <translation>تغيّرت الصلاحيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration changed</source>
        <translation>تغيّر الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device revoked</source>
        <translation>أُلغي جهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>رُفضت العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exported</source>
        <translation>صُدّرت بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detail</source>
        <translation>تفصيل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {change}</source>
        <translation>الإصدار {change}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{role} may now: {rights}</source>
        <translation>صار بوسع {role}: {rights}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} may no longer: {rights}</source>
        <translation>لم يعد بوسع {role}: {rights}</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <location filename="../desk_app/ui/dashboard_allocation.py" line="+178"/>
        <source>Unassigned tickets</source>
        <translation>التذاكر غير المسندة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past or near a due time</source>
        <translation>فات موعدها أو يقترب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;iting:</source>
        <translation>ال&amp;منتظرة:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open assigned</source>
        <translation>المفتوحة المسندة إليه</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Breaching</source>
        <translation>متجاوزة الموعد</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Agents (drop tickets on one, or Enter):</source>
        <translation>الم&amp;وظفون (أفلت التذاكر على أحدهم أو اضغط Enter):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Queues:</source>
        <translation>قوائم الانت&amp;ظار:</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Select the tickets to assign first.</source>
        <translation>حدّد التذاكر المراد إسنادها أولًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln ticket(s) assigned to {name}.</source>
        <translation>
            <numerusform>لم تُسند أي تذكرة إلى {name}.</numerusform>
            <numerusform>أُسندت تذكرة واحدة إلى {name}.</numerusform>
            <numerusform>أُسندت تذكرتان إلى {name}.</numerusform>
            <numerusform>أُسندت %Ln تذاكر إلى {name}.</numerusform>
            <numerusform>أُسندت %Ln تذكرة إلى {name}.</numerusform>
            <numerusform>أُسندت %Ln تذكرة إلى {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>لم تُترك أي تذكرة على حالها:</numerusform>
            <numerusform>تُركت تذكرة واحدة على حالها:</numerusform>
            <numerusform>تُركت تذكرتان على حالهما:</numerusform>
            <numerusform>تُركت %Ln تذاكر على حالها:</numerusform>
            <numerusform>تُركت %Ln تذكرة على حالها:</numerusform>
            <numerusform>تُركت %Ln تذكرة على حالها:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed)</source>
        <translation>(محذوفة)</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../desk_app/ui/article_editor.py" line="+65"/>
        <source>Edit article</source>
        <translation>تحرير المقال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arabic &amp;title</source>
        <translation>ال&amp;عنوان بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arabic text</source>
        <translation>ال&amp;نص بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English t&amp;itle</source>
        <translation>العنوان بالإن&amp;جليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English text</source>
        <translation>النص بالإنجلي&amp;زية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write in one language or both. Leave a blank line between paragraphs; start a list item with “- ”; links are written out in full.</source>
        <translation>اكتب بلغة واحدة أو باللغتين. اترك سطرًا فارغًا بين الفقرات، وابدأ عنصر القائمة بـ «- »، واكتب الروابط كاملة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a category</source>
        <translation>اختر فئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other words people use for this problem, separated by commas</source>
        <translation>كلمات أخرى يصف بها الناس هذه المشكلة، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keywords</source>
        <translation>&amp;كلمات مفتاحية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view on</source>
        <translation>&amp;راجعه في</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save draft</source>
        <translation>ا&amp;حفظ المسودة</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="+94"/>
        <source>Lan&amp;guage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an article to read it here.</source>
        <translation>اختر مقالًا لتقرأه هنا.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>by {name}</source>
        <translation>كتبه {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>answered %Ln call(s)</source>
        <translation>
            <numerusform>لم يُجب عن أي اتصال</numerusform>
            <numerusform>أجاب عن اتصال واحد</numerusform>
            <numerusform>أجاب عن اتصالين</numerusform>
            <numerusform>أجاب عن %Ln اتصالات</numerusform>
            <numerusform>أجاب عن %Ln اتصالًا</numerusform>
            <numerusform>أجاب عن %Ln اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location line="+43"/>
        <source>&amp;Copy passage</source>
        <translation>ا&amp;نسخ المقطع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected text, or the whole article</source>
        <translation>انسخ النص المحدد أو المقال كله</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="+131"/>
        <source>Anything</source>
        <translation>أي حدث</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wh&amp;o:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;at:</source>
        <translation>ال&amp;حدث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>م&amp;ن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branc&amp;h:</source>
        <translation>الف&amp;رع:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show</source>
        <translation>اعر&amp;ض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>لا قيود معروضة.</numerusform>
            <numerusform>قيد واحد معروض.</numerusform>
            <numerusform>قيدان معروضان، الأحدث أولًا.</numerusform>
            <numerusform>%Ln قيود معروضة، الأحدث أولًا.</numerusform>
            <numerusform>%Ln قيدًا معروضًا، الأحدث أولًا.</numerusform>
            <numerusform>%Ln قيد معروض، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {file}.</source>
        <translation>صُدِّر إلى {file}.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/bulk_dialog.py" line="+45"/>
        <source>Assign %Ln ticket(s)</source>
        <translation>
            <numerusform>إسناد %Ln تذكرة</numerusform>
            <numerusform>إسناد تذكرة واحدة</numerusform>
            <numerusform>إسناد تذكرتين</numerusform>
            <numerusform>إسناد %Ln تذاكر</numerusform>
            <numerusform>إسناد %Ln تذكرة</numerusform>
            <numerusform>إسناد %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign &amp;to</source>
        <translation>إ&amp;سناد إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>لا أحد (غير مسندة)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set the status of %Ln ticket(s)</source>
        <translation>
            <numerusform>تعيين حالة %Ln تذكرة</numerusform>
            <numerusform>تعيين حالة تذكرة واحدة</numerusform>
            <numerusform>تعيين حالة تذكرتين</numerusform>
            <numerusform>تعيين حالة %Ln تذاكر</numerusform>
            <numerusform>تعيين حالة %Ln تذكرة</numerusform>
            <numerusform>تعيين حالة %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set the priority of %Ln ticket(s)</source>
        <translation>
            <numerusform>تعيين أولوية %Ln تذكرة</numerusform>
            <numerusform>تعيين أولوية تذكرة واحدة</numerusform>
            <numerusform>تعيين أولوية تذكرتين</numerusform>
            <numerusform>تعيين أولوية %Ln تذاكر</numerusform>
            <numerusform>تعيين أولوية %Ln تذكرة</numerusform>
            <numerusform>تعيين أولوية %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Apply to %Ln ticket(s)</source>
        <translation>
            <numerusform>&amp;طبّق على %Ln تذكرة</numerusform>
            <numerusform>&amp;طبّق على تذكرة واحدة</numerusform>
            <numerusform>&amp;طبّق على تذكرتين</numerusform>
            <numerusform>&amp;طبّق على %Ln تذاكر</numerusform>
            <numerusform>&amp;طبّق على %Ln تذكرة</numerusform>
            <numerusform>&amp;طبّق على %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln ticket(s) changed.</source>
        <translation>
            <numerusform>لم تتغير أي تذكرة.</numerusform>
            <numerusform>تغيرت تذكرة واحدة.</numerusform>
            <numerusform>تغيرت تذكرتان.</numerusform>
            <numerusform>تغيرت %Ln تذاكر.</numerusform>
            <numerusform>تغيرت %Ln تذكرة.</numerusform>
            <numerusform>تغيرت %Ln تذكرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln ticket(s) left as they were:</source>
        <translation>
            <numerusform>لم تُترك أي تذكرة على حالها:</numerusform>
            <numerusform>تُركت تذكرة واحدة على حالها:</numerusform>
            <numerusform>تُركت تذكرتان على حالهما:</numerusform>
            <numerusform>تُركت %Ln تذاكر على حالها:</numerusform>
            <numerusform>تُركت %Ln تذكرة على حالها:</numerusform>
            <numerusform>تُركت %Ln تذكرة على حالها:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(removed)</source>
        <translation>(محذوفة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../desk_app/ui/admin_catalogue_page.py" line="+87"/>
        <source>Cate&amp;gories:</source>
        <translation>الف&amp;ئات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;subcategory</source>
        <translation>أضف فئة &amp;فرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add categor&amp;y</source>
        <translation>أضف فئة &amp;مجاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add fiel&amp;d</source>
        <translation>أضف &amp;حقلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>اح&amp;ذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>انقل إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>انقل إلى الأسفل</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Import…</source>
        <translation>اس&amp;تورد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expor&amp;t…</source>
        <translation>&amp;صدّر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ave catalogue</source>
        <translation>احفظ ال&amp;دليل</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+110"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Not saved here yet</source>
        <translation>لم يُحفظ هنا بعد</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Changes not saved yet.</source>
        <translation>تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This catalogue cannot be saved yet: {reason}</source>
        <translation>لا يمكن حفظ هذا الدليل بعد: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Catalogue saved; every window uses it now.</source>
        <translation>حُفظ الدليل، وتستخدمه كل النوافذ الآن.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone saved the catalogue meanwhile (version {version}); it is shown now. Make your change again.</source>
        <translation>حفظ شخص آخر الدليل في هذه الأثناء (الإصدار {version})، وهو المعروض الآن. أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a catalogue</source>
        <translation>استورد دليل فئات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Catalogue files (*.json)</source>
        <translation>ملفات دليل الفئات (*.json)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{file} cannot be imported: {reason}. Nothing was changed.</source>
        <translation>لا يمكن استيراد {file}: {reason}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} imported. Save to put it into use.</source>
        <translation>استُورد {file}. احفظه ليصبح مستخدمًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the catalogue</source>
        <translation>صدّر دليل الفئات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the catalogue before exporting it.</source>
        <translation>صحّح الدليل قبل تصديره.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {file}.</source>
        <translation>صُدّر إلى {file}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTree</name>
    <message>
        <location filename="../desk_app/ui/catalogue_tree.py" line="+29"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole catalogue</source>
        <translation>الدليل كله</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New category</source>
        <translation>فئة جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New field</source>
        <translation>حقل جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field: {name}</source>
        <translation>حقل: {name}</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_category_form.py" line="+41"/>
        <source>Lower-case Latin letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;.</source>
        <translation>حروف لاتينية صغيرة وأرقام و&quot;_&quot; و&quot;.&quot; و&quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As the parent</source>
        <translation>مثل الفئة الأم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;llowed priorities</source>
        <translation>الأولويات الم&amp;سموح بها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None ticked: the same as the parent.</source>
        <translation>إن لم يُحدَّد شيء: مثل الفئة الأم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include the parent&apos;s &amp;fields</source>
        <translation>تضمّن حقو&amp;ل الفئة الأم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode:</source>
        <translation>الرم&amp;ز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English name:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic name:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;قائمة الانتظار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>As the parent: {queue}</source>
        <translation>مثل الفئة الأم: {queue}</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_texts.py" line="+136"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="+81"/>
        <source>✓ The ticket has this value now</source>
        <translation>✓ هذه هي القيمة الموجودة في التذكرة الآن</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflicts to review</source>
        <translation>تعارضات بانتظار المراجعة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same field was changed on this desk and on another one before they could see each other&apos;s change. The later change is in the ticket now; decide which value is right, or write one that combines both.</source>
        <translation>تغيّر الحقل نفسه على هذا المكتب وعلى مكتب آخر قبل أن يرى أحدهما تغيير الآخر. التغيير الأحدث هو الموجود في التذكرة الآن؛ قرّر أي القيمتين هي الصحيحة، أو اكتب قيمة تجمع بينهما.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep this desk&apos;s</source>
        <translation>&amp;أبقِ قيمة هذا المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other desk</source>
        <translation>المكتب الآخر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the &amp;other</source>
        <translation>أبقِ قيمة المكتب &amp;الآخر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or write a merged value</source>
        <translation>أو اكتب قيمة مدمجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save merged</source>
        <translation>ا&amp;حفظ القيمة المدمجة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>لا شيء للمراجعة: لا توجد تعارضات.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Field: {field} — found {time}</source>
        <translation>الحقل: {field} — اكتُشف {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed {time}</source>
        <translation>تغيّر {time}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decided: {label}</source>
        <translation>تم القرار: {label}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desk_app/ui/contact_dialog.py" line="+65"/>
        <source>Log a contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>We contacted the customer</source>
        <translation>تواصلنا مع العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer contacted us</source>
        <translation>تواصل العميل معنا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said, what was agreed</source>
        <translation>ما قيل وما اتُّفق عليه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call the customer back</source>
        <translation>م&amp;عاودة الاتصال بالعميل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only once</source>
        <translation>مرة واحدة فقط</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>الات&amp;جاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>الم&amp;دة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next call</source>
        <translation>الاتصال ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Then every</source>
        <translation>ثم &amp;كل</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>minutes:seconds, e.g. {example}</source>
        <translation>دقائق:ثوانٍ، مثل {example}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Type minutes and seconds, e.g. {example}.</source>
        <translation>اكتب الدقائق والثواني، مثل {example}.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <location filename="../desk_app/ui/country_names.py" line="+18"/>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>جزر القمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>ليبيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>المملكة العربية السعودية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>السودان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>إندونيسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>ماليزيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+51"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desk_app/ui/crash.py" line="+67"/>
        <source>Something unexpected went wrong: {error}

Your unsaved intake is kept as a draft and will be offered again. You can keep working.</source>
        <translation>حدث خطأ غير متوقع: {error}

التذكرة التي لم تُحفظ محفوظة كمسودة وستُعرض عليك مرة أخرى. يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A report was written to:
{path}</source>
        <translation>حُفظ تقرير عن الخطأ في:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maktab</source>
        <translation>مكتب</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../desk_app/ui/dashboard_charts.py" line="+181"/>
        <source>{part}: {figure}</source>
        <translation>{part}: {figure}</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../desk_app/ui/dashboard_filters.py" line="+60"/>
        <source>P&amp;eriod:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hijri month</source>
        <translation>الشهر الهجري</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Branch:</source>
        <translation>الف&amp;رع:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every queue</source>
        <translation>كل قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Team:</source>
        <translation>الفري&amp;ق:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
</context>
<context>
    <name>DashboardPeriod</name>
    <message>
        <location filename="../desk_app/ui/dashboard_period.py" line="+37"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Hijri month</source>
        <translation>شهر هجري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>من … إلى …</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{month} {year} AH</source>
        <translation>{month} {year} هـ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start}–{end} {year}</source>
        <translation>{start}–{end} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../desk_app/ui/dashboard_window.py" line="+77"/>
        <source>Supervisor&apos;s dashboard</source>
        <translation>لوحة متابعة المشرف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Breakdo&amp;wn:</source>
        <translation>ا&amp;لتفصيل:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brea&amp;kdowns</source>
        <translation>التف&amp;صيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llocation</source>
        <translation>التو&amp;زيع</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{period} — the figures are still being prepared from the tickets&apos; history; they are shown again when ready</source>
        <translation>{period} — ما زالت الأرقام تُحسب من سجل التذاكر، وستُعرض من جديد عند اكتمالها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{period} — counted at {time}</source>
        <translation>{period} — عُدّت في {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figures for this choice.</source>
        <translation>لا أرقام لهذا الاختيار.</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <location filename="../desk_app/ui/dashboard_words.py" line="+32"/>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open now</source>
        <translation>مفتوحة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at the end of the day</source>
        <translation>مفتوحة في نهاية اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response on time</source>
        <translation>الرد الأول في موعده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written reply on time</source>
        <translation>الرد المكتوب في موعده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates on time</source>
        <translation>التحديثات في موعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on time</source>
        <translation>حُلّت في موعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First responses late</source>
        <translation>ردود أولى متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written replies late</source>
        <translation>ردود مكتوبة متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates late</source>
        <translation>تحديثات متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved late</source>
        <translation>حُلّت بعد موعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Resolved at first contact</source>
        <translation>حُلّت من التواصل الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>صُعّدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated in</source>
        <translation>صُعّدت إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated out</source>
        <translation>صُعّدت منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved by an article</source>
        <translation>حُلّت بمقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Satisfaction not asked</source>
        <translation>لم يُسأل عن الرضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>التواصلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on contacts</source>
        <translation>مدة التواصلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average first response</source>
        <translation>متوسط الرد الأول</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened and resolved</source>
        <translation>المفتوحة والمحلولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets over the period</source>
        <translation>التذاكر المفتوحة خلال الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels</source>
        <translation>مستويات الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>حسب القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By priority</source>
        <translation>حسب الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tier</source>
        <translation>حسب المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By queue</source>
        <translation>حسب قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By branch</source>
        <translation>حسب الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By agent</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by age</source>
        <translation>المفتوحة الآن حسب العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by queue</source>
        <translation>المفتوحة الآن حسب قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by tier</source>
        <translation>المفتوحة الآن حسب المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now, by branch</source>
        <translation>المفتوحة الآن حسب الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents&apos; workload</source>
        <translation>عبء عمل الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction scores</source>
        <translation>درجات الرضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations by tier</source>
        <translation>التصعيدات حسب المستوى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt; 1 day</source>
        <translation>أقل من يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–3 days</source>
        <translation>١–٣ أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–7 days</source>
        <translation>٣–٧ أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7–30 days</source>
        <translation>٧–٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 30 days</source>
        <translation>فوق ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Breakdown</source>
        <translation>تفصيل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No category</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In no queue</source>
        <translation>خارج قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another queue</source>
        <translation>قائمة انتظار أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another agent</source>
        <translation>موظف آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another branch</source>
        <translation>فرع آخر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+51"/>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (F4)</source>
        <translation>اختر من التقويم (F4)</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../desk_app/ui/describe.py" line="+115"/>
        <source>Letter sent</source>
        <translation>خطاب صادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter received</source>
        <translation>خطاب وارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memo written</source>
        <translation>مذكرة مكتوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>أُرفق ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History entry</source>
        <translation>قيد في السجل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other field</source>
        <translation>حقل آخر</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+48"/>
        <location line="+13"/>
        <source>Other value</source>
        <translation>قيمة أخرى</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the customer</source>
        <translation>من العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the customer</source>
        <translation>إلى العميل</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+146"/>
        <location line="+27"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No queue</source>
        <translation>بلا قائمة انتظار</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>another record</source>
        <translation>سجل آخر</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A queue no longer in use</source>
        <translation>قائمة انتظار لم تعد مستخدمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone no longer at the desk</source>
        <translation>شخص لم يعد في المكتب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another branch</source>
        <translation>فرع آخر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{score} of 5</source>
        <translation>{score} من ٥</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a ticket not on this desk</source>
        <translation>تذكرة غير موجودة على هذا المكتب</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked to {number}</source>
        <translation>رُبطت بالتذكرة {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer linked to {number}</source>
        <translation>أُلغي الربط بالتذكرة {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} was merged into this ticket</source>
        <translation>دُمجت التذكرة {number} في هذه التذكرة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{change} (by {channel})</source>
        <translation>{change} (عبر {channel})</translation>
    </message>
</context>
<context>
    <name>DescribeCounts</name>
    <message numerus="yes">
        <location line="-293"/>
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>كل %Ln يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %Ln أيام</numerusform>
            <numerusform>كل %Ln يومًا</numerusform>
            <numerusform>كل %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <location filename="../desk_app/ui/lock_screen.py" line="+37"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;بدّل المستخدم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock Maktab</source>
        <translation>أ&amp;قفل مكتب</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../desk_app/ui/admin_devices_page.py" line="+43"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Si&amp;gned-in devices</source>
        <translation>الأجهزة المت&amp;صلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revo&amp;ke</source>
        <translation>أل&amp;غِ دخوله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the device out for good: its person must sign in again elsewhere.</source>
        <translation>أخرج الجهاز نهائيًا: على صاحبه أن يسجّل الدخول من جهاز آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>أعد التحميل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revoke</source>
        <translation>ألغِ الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} of {name} will be signed out for good. Revoke it?</source>
        <translation>سيُخرج {device} الخاص بـ{name} نهائيًا. أتلغي دخوله؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The device was signed out.</source>
        <translation>أُخرج الجهاز.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/dashboard_drill.py" line="+125"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>لا تذاكر</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desk_app/ui/intake_duplicates.py" line="+42"/>
        <source>Attach the call to this tic&amp;ket</source>
        <translation>ألحِق المكالمة بهذه ال&amp;تذكرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log this call on the selected ticket instead of opening a new one. What you typed becomes the contact&apos;s note.</source>
        <translation>سجّل هذه المكالمة على التذكرة المحددة بدلًا من فتح تذكرة جديدة. يصبح ما كتبته نص سجل الاتصال.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln open ticket(s) may be about the same problem:</source>
        <translation>
            <numerusform>%Ln تذكرة مفتوحة قد تتعلق بالمشكلة نفسها:</numerusform>
            <numerusform>تذكرة مفتوحة واحدة قد تتعلق بالمشكلة نفسها:</numerusform>
            <numerusform>تذكرتان مفتوحتان قد تتعلقان بالمشكلة نفسها:</numerusform>
            <numerusform>%Ln تذاكر مفتوحة قد تتعلق بالمشكلة نفسها:</numerusform>
            <numerusform>%Ln تذكرة مفتوحة قد تتعلق بالمشكلة نفسها:</numerusform>
            <numerusform>%Ln تذكرة مفتوحة قد تتعلق بالمشكلة نفسها:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>same customer and asset</source>
        <translation>العميل نفسه والأصل نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same asset</source>
        <translation>الأصل نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same customer</source>
        <translation>العميل نفسه</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="+122"/>
        <source>Lower the hours below zero to stop tracking this target.</source>
        <translation>أنزِل الساعات إلى ما دون الصفر لإيقاف متابعة هذا الهدف.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not tracked</source>
        <translation>لا يُتابَع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target}: hours</source>
        <translation>{target}: الساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}: minutes</source>
        <translation>{target}: الدقائق</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/durations.py" line="+42"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسبوعين</numerusform>
            <numerusform>%Ln أسابيع</numerusform>
            <numerusform>%Ln أسبوعًا</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة</numerusform>
            <numerusform>سنتين</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{larger} {smaller}</source>
        <translation>{larger} و{smaller}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desk_app/ui/errors.py" line="+13"/>
        <source>The database is busy: another program or another copy of Maktab is writing to it. Nothing you typed is lost; try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة: برنامج آخر أو نسخة أخرى من مكتب تكتب فيها. لم يضع شيء مما كتبته؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged and cannot be read. Nothing you typed is lost. Ask your administrator to restore it from a backup.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن قراءته. لم يضع شيء مما كتبته. اطلب من مسؤول النظام استعادته من نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file cannot be opened or written (check the disk, its free space and its permissions). Nothing you typed is lost.</source>
        <translation>تعذر فتح ملف قاعدة البيانات أو الكتابة فيه (تحقق من القرص ومن مساحته الفارغة ومن الأذونات). لم يضع شيء مما كتبته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was written by a newer version of Maktab. Install that version to open it.</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من مكتب. ثبّت ذلك الإصدار لفتحها.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ: {error}</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk_app/ui/escalation_banner.py" line="+66"/>
        <source>no queue</source>
        <translation>بلا قائمة انتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a queue no longer in use</source>
        <translation>قائمة انتظار لم تعد مستخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/escalation_words.py" line="+33"/>
        <source>Pass on to another queue of the same tier</source>
        <translation>حوّل إلى قائمة انتظار أخرى في المستوى نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate to a higher tier</source>
        <translation>صعّد إلى مستوى أعلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a team lead or supervisor for attention</source>
        <translation>اطلب انتباه قائد الفريق أو المشرف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return to a lower tier</source>
        <translation>أعِد إلى مستوى أدنى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other escalation</source>
        <translation>تصعيد آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passed on</source>
        <translation>حُوّلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Escalated</source>
        <translation>مُصعَّدة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Attention asked</source>
        <translation>طُلب الانتباه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <translation>أُعيدت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tier} · {kind}</source>
        <translation>{tier} · {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs a specialist</source>
        <translation>تحتاج إلى مختص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time exceeded</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer asked</source>
        <translation>طلب العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or financial</source>
        <translation>قانونية أو مالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs a specialist</source>
        <translation>تحتاج إلى مختص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time was exceeded</source>
        <translation>تجاوزت الوقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer asked</source>
        <translation>طلب العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a legal or financial matter</source>
        <translation>مسألة قانونية أو مالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>another reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{percent}% of the resolution time has passed</source>
        <translation>مضى {percent}٪ من وقت الحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the resolution time was exceeded</source>
        <translation>تجاوزت موعد الحل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your attention is asked automatically: {reason}</source>
        <translation>يُطلب انتباهك تلقائيًا: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated automatically: {reason}</source>
        <translation>صُعّدت تلقائيًا: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned by {name}: {note}</source>
        <translation>أعادها {name}: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asks for your attention: {note}</source>
        <translation>يطلب {name} انتباهك: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed on from {queue} by {name}: {reason} — {note}</source>
        <translation>حوّلها {name} من {queue}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated from {queue} by {name}: {reason} — {note}</source>
        <translation>صعّدها {name} من {queue}: {reason} — {note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another target</source>
        <translation>هدف آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no due time</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{target} due: {moment} (no change)</source>
        <translation>موعد {target}: {moment} (دون تغيير)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{target} due: {change}</source>
        <translation>موعد {target}: {change}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clock starts again.</source>
        <translation>يبدأ العدّ من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target}: its clock starts again.</source>
        <translation>{target}: يبدأ عدّه من جديد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Priority: {change}</source>
        <translation>الأولوية: {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No service-level target applies.</source>
        <translation>لا ينطبق أي هدف من أهداف مستوى الخدمة.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{action}: {person}</source>
        <translation>{action}: {person}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{action}: {change}</source>
        <translation>{action}: {change}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier: {change}</source>
        <translation>المستوى: {change}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done by an automatic rule: {reason}</source>
        <translation>نفّذته قاعدة تلقائية: {reason}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../desk_app/ui/escalation_dialog.py" line="+82"/>
        <source>Escalate the ticket</source>
        <translation>صعّد التذكرة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was tried, and what the next person should know</source>
        <translation>ما الذي جُرّب، وما الذي يجب أن يعرفه الشخص التالي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep as it is</source>
        <translation>أبقِها كما هي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inform the customer (logs the contact)</source>
        <translation>أ&amp;خبر العميل (يُسجَّل التواصل)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and &amp;write them a letter</source>
        <translation>وا&amp;كتب له خطابًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effect on the service level</source>
        <translation>الأثر على مستوى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Working it out…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;priority:</source>
        <translation>&amp;أولوية جديدة:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Escalate</source>
        <translation>&amp;صعّد</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is nowhere this ticket can go from here.</source>
        <translation>لا توجد وجهة يمكن أن تنتقل إليها هذه التذكرة من هنا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsPanel</name>
    <message>
        <location filename="../desk_app/ui/intake_extra.py" line="+80"/>
        <source>Details: {category}</source>
        <translation>التفاصيل: {category}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_field_form.py" line="+73"/>
        <source>Lower-case Latin letters, digits and &quot;_&quot;.</source>
        <translation>حروف لاتينية صغيرة وأرقام و&quot;_&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice from a list</source>
        <translation>اختيار من قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quired</source>
        <translation>مطلو&amp;ب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add optio&amp;n</source>
        <translation>أضف &amp;خيارًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move option</source>
        <translation>أ&amp;زل الخيار</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Whole numbers only</source>
        <translation>&amp;أعداد صحيحة فقط</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty: the field is always shown.</source>
        <translation>فارغ: يظهر الحقل دائمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One value, or several separated by commas.</source>
        <translation>قيمة واحدة، أو عدة قيم تفصل بينها فواصل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key:</source>
        <translation>ا&amp;لمفتاح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English label:</source>
        <translation>التسمية بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic label:</source>
        <translation>التسمية بال&amp;عربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ty&amp;pe:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Options:</source>
        <translation>الخ&amp;يارات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lowest value:</source>
        <translation>أدن&amp;ى قيمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highest value:</source>
        <translation>أعلى &amp;قيمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest te&amp;xt:</source>
        <translation>أ&amp;طول نص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the &amp;field:</source>
        <translation>فقط عندما ي&amp;كون الحقل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eq&amp;uals:</source>
        <translation>ي&amp;ساوي:</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../desk_app/ui/dashboard_tiles.py" line="+62"/>
        <source>Enter or a click lists these tickets</source>
        <translation>Enter أو النقر يعرض هذه التذاكر</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desk_app/ui/formatting.py" line="+60"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="+79"/>
        <location line="+9"/>
        <source>Holidays</source>
        <translation>العطلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gregorian date</source>
        <translation>التاريخ الميلادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hijri day</source>
        <translation>اليوم الهجري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hijri month</source>
        <translation>الشهر الهجري</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hijri year</source>
        <translation>السنة الهجرية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;holiday</source>
        <translation>أضف &amp;عطلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove holiday</source>
        <translation>ا&amp;حذف العطلة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add national holi&amp;days</source>
        <translation>أضف العطل ال&amp;وطنية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Gregorian date:</source>
        <translation>التاريخ ال&amp;ميلادي:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hi&amp;jri date:</source>
        <translation>التاريخ ال&amp;هجري:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>ا&amp;لاسم:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{date} is already a holiday: {name}.</source>
        <translation>يوم {date} عطلة بالفعل: {name}.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln holiday(s) added.</source>
        <translation>
            <numerusform>لم تُضف أي عطلة.</numerusform>
            <numerusform>أُضيفت عطلة واحدة.</numerusform>
            <numerusform>أُضيفت عطلتان.</numerusform>
            <numerusform>أُضيفت %Ln عطل.</numerusform>
            <numerusform>أُضيفت %Ln عطلة.</numerusform>
            <numerusform>أُضيفت %Ln عطلة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{added} {skipped}</source>
        <translation>{added} {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s) already listed, skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي يوم.</numerusform>
            <numerusform>تُخطّي يوم واحد مدرج من قبل.</numerusform>
            <numerusform>تُخطّي يومان مدرجان من قبل.</numerusform>
            <numerusform>تُخطّيت %Ln أيام مدرجة من قبل.</numerusform>
            <numerusform>تُخطّي %Ln يومًا مدرجًا من قبل.</numerusform>
            <numerusform>تُخطّي %Ln يوم مدرج من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The national holidays of that country and year could not be listed.</source>
        <translation>تعذّر سرد العطل الوطنية لذلك البلد وتلك السنة.</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+71"/>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add a period</source>
        <translation>أ&amp;ضف فترة</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="+98"/>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An intake that was not saved is waiting.</source>
        <translation>لديك مسودة تذكرة لم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it</source>
        <translation>استعدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard it</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, phone, email, national ID or account number to look up</source>
        <translation>اكتب اسمًا أو رقم هاتف أو بريدًا إلكترونيًا أو رقم هوية وطنية أو رقم حساب للبحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;ID</source>
        <translation>رقم الهوية ال&amp;وطنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unt number</source>
        <translation>رقم ال&amp;حساب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>الق&amp;ناة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;tegory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description</source>
        <translation>الو&amp;صف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Branch</source>
        <translation>الفر&amp;ع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the equipment is: branch or city</source>
        <translation>مكان الجهاز: الفرع أو المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site / buildin&amp;g</source>
        <translation>الموقع / المبن&amp;ى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room / &amp;floor</source>
        <translation>ال&amp;غرفة / الطابق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Product / model / serial</source>
        <translation>المنتج / ال&amp;طراز / الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a model or serial number, licence or account number to look up</source>
        <translation>اكتب رقم الطراز أو الرقم التسلسلي أو الترخيص أو رقم الحساب للبحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register it as a ne&amp;w asset</source>
        <translation>تسجيله كأصل &amp;جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model number</source>
        <translation>رقم الطراز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence agreement</source>
        <translation>اتفاقية التر&amp;خيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;reference</source>
        <translation>م&amp;رجع الحساب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I&amp;mpact</source>
        <translation>الأ&amp;ثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y</source>
        <translation>الإ&amp;لحاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of the customer&apos;s business is affected</source>
        <translation>إلى أي مدى يتأثر عمل العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How soon it hurts if nothing is done</source>
        <translation>متى يتضرر العمل إن لم يُتخذ أي إجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;ority</source>
        <translation>الأولو&amp;ية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No queue yet</source>
        <translation>لا توجد قائمة انتظار بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assignee</source>
        <translation>الم&amp;كلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>احفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve and add another problem</source>
        <translation>احفظ وأضف م&amp;شكلة أخرى</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The usual priority for this category.</source>
        <translation>الأولوية المعتادة لهذه الفئة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The catalogue suggests “{queue}”, a queue this desk does not have.</source>
        <translation>يقترح الدليل قائمة الانتظار «{queue}»، وهي غير موجودة في هذا المكتب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested for this category and place.</source>
        <translation>مقترحة لهذه الفئة وهذا الموقع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested: {queue}. Your choice is kept.</source>
        <translation>المقترح: {queue}. أبقينا على اختيارك.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From the impact and the urgency.</source>
        <translation>محسوبة من الأثر والإلحاح.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use: {levels}.</source>
        <translation>المسموح: {levels}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_lookup.py" line="+118"/>
        <source>Existing customer</source>
        <translation>عميل حالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Registered asset, serial {serial}</source>
        <translation>أصل مسجل، رقمه التسلسلي {serial}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered asset</source>
        <translation>أصل مسجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_saving.py" line="+208"/>
        <source>Ticket {number} saved. Describe the next problem of the same customer.</source>
        <translation>حُفظت التذكرة {number}. صِف المشكلة التالية للعميل نفسه.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That ticket no longer exists; nothing was logged. Choose another one.</source>
        <translation>لم تعد تلك التذكرة موجودة؛ لم يُسجَّل شيء. اختر تذكرة أخرى.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Category details</source>
        <translation>تفاصيل الفئة</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>صحّح الحقول المعلَّمة؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/intake_dialog.py" line="-384"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Equipment, account and product</source>
        <translation>المعدات والحساب والمنتج</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Routing and priority</source>
        <translation>التوجيه والأولوية</translation>
    </message>
</context>
<context>
    <name>IntakeSuggestions</name>
    <message>
        <location filename="../desk_app/ui/intake_suggestions.py" line="+77"/>
        <source>Articles that may answer this call</source>
        <translation>مقالات قد تجيب عن هذا الاتصال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter or a double click opens the article</source>
        <translation>يفتح Enter أو النقر المزدوج المقال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read it</source>
        <translation>اقرأه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solved by this article</source>
        <translation>حُلّت بهذا المقال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the call as a ticket resolved now at tier 0, with this article linked</source>
        <translation>احفظ الاتصال تذكرةً محلولة الآن في المستوى ٠، مرتبطة بهذا المقال</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../desk_app/ui/keyboard_help.py" line="+83"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work in any keyboard layout. Alt with an underlined letter works in the keyboard layout of the menus&apos; language.</source>
        <translation>تعمل هذه المفاتيح مع أي تخطيط للوحة المفاتيح، أما Alt مع الحرف المسطَّر فلا يعمل إلا بتخطيط لغة القوائم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../desk_app/ui/article_reader.py" line="-141"/>
        <location line="+4"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <location filename="../desk_app/ui/knowledge_actions.py" line="+31"/>
        <source>Knowledge &amp;base…</source>
        <translation>&amp;قاعدة المعرفة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write an article…</source>
        <translation>ا&amp;كتب مقالًا…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start an article from the problem and the solution of this resolved ticket</source>
        <translation>ابدأ مقالًا من مشكلة هذه التذكرة المحلولة ومن حلّها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the ticket first: an article starts from its solution.</source>
        <translation>احلل التذكرة أولًا: يبدأ المقال من حلّها.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select a resolved ticket to write an article from it.</source>
        <translation>اختر تذكرة محلولة لتكتب منها مقالًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article saved as a draft.</source>
        <translation>حُفظ المقال مسودةً.</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../desk_app/ui/knowledge_window.py" line="+69"/>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Words of the problem, in Arabic or English</source>
        <translation>كلمات من المشكلة، بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;tegory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Copy passage</source>
        <translation>ا&amp;نسخ المقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected text, or the whole article</source>
        <translation>انسخ النص المحدد أو المقال كله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert into note</source>
        <translation>أ&amp;درج في الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected text, or the whole article, into the ticket&apos;s note box</source>
        <translation>ضع النص المحدد أو المقال كله في خانة ملاحظة التذكرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New article…</source>
        <translation>مقال &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;حرّر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>ان&amp;شر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire</source>
        <translation>أو&amp;قف</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>نُسخ إلى الحافظة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a ticket in the list first; its note box takes the text.</source>
        <translation>اختر تذكرة من القائمة أولًا؛ يوضع النص في خانة ملاحظتها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put into the note box of the ticket; add the note there when ready.</source>
        <translation>وُضع في خانة ملاحظة التذكرة؛ أضف الملاحظة من هناك حين تجهز.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article saved.</source>
        <translation>حُفظ المقال.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The article is now: {status}.</source>
        <translation>حالة المقال الآن: {status}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desk_app/ui/labels.py" line="+42"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for third party</source>
        <translation>بانتظار طرف ثالث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier {tier}: {name}</source>
        <translation>المستوى {tier}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier {tier}</source>
        <translation>المستوى {tier}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise failure</source>
        <translation>عطل على مستوى المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular service</source>
        <translation>خدمة اعتيادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned event</source>
        <translation>حدث مخطط</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+76"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal mail</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hardware and equipment</source>
        <translation>الأجهزة والمعدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>البرمجيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and connectivity</source>
        <translation>الشبكة والاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access request</source>
        <translation>طلب صلاحية وصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product support</source>
        <translation>دعم المنتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncategorised</source>
        <translation>غير مصنفة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket created</source>
        <translation>أنشئت التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field changed</source>
        <translation>تم تغيير حقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Contact logged</source>
        <translation>تم تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment changed</source>
        <translation>تم تغيير المكلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>تم تغيير الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets linked</source>
        <translation>تم ربط تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>تم إلغاء ربط تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket merged</source>
        <translation>تم دمج تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by an article</source>
        <translation>أُجيب بمقالة من قاعدة المعرفة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المكلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment location</source>
        <translation>موقع المعدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Licence agreement</source>
        <translation>اتفاقية الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product / model / serial</source>
        <translation>المنتج / الطراز / الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National ID</source>
        <translation>رقم الهوية الوطنية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the call-back</source>
        <translation>تكرار معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the category</source>
        <translation>تفاصيل الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>دُمجت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged ticket</source>
        <translation>التذكرة المدمجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked ticket</source>
        <translation>التذكرة المرتبطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>وقت الحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>وقت الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend days</source>
        <translation>أيام العطلة الأسبوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in English</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in Arabic</source>
        <translation>النص بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in English</source>
        <translation>النص بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intake</source>
        <translation>استقبال الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>موظف خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior agent</source>
        <translation>موظف خدمة أول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>قائد فريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desk_app/ui/letter_actions.py" line="+29"/>
        <source>Wr&amp;ite letter…</source>
        <translation>كتابة &amp;خطاب…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;memo…</source>
        <translation>مذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter regist&amp;er…</source>
        <translation>سجل الم&amp;راسلات…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <source>Select a ticket first.</source>
        <translation>اختر تذكرة أولًا.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../desk_app/ui/letter_dialog.py" line="+91"/>
        <source>Write letter</source>
        <translation>كتابة خطاب</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letter (post or by hand)</source>
        <translation>خطاب (بالبريد أو باليد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;nt as:</source>
        <translation>يُرسَل &amp;عبر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;x number:</source>
        <translation>رقم ال&amp;فاكس:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply t&amp;o:</source>
        <translation>&amp;ردًّا على:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lette&amp;r:</source>
        <translation>ن&amp;ص الخطاب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Free text:</source>
        <translation>نص &amp;حر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type :: and a snippet&apos;s name to insert a snippet.</source>
        <translation>اكتب :: واسم النص الجاهز لإدراجه.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Save to ticket</source>
        <translation>احف&amp;ظ في التذكرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;PDF…</source>
        <translation>احفظ ملف &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send as &amp;e-mail</source>
        <translation>أرسله ب&amp;البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the letter to the customer&apos;s e-mail address with its PDF, and file it</source>
        <translation>يرسل الخطاب مع ملف PDF إلى البريد الإلكتروني للعميل ويسجّله</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not a reply</source>
        <translation>ليس ردًّا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your unsaved letter on this ticket is back.</source>
        <translation>عاد خطابك غير المحفوظ على هذه التذكرة.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This template has no {language} text. Choose the other language or another template (the template can be completed in the console).</source>
        <translation>لا نص لهذا القالب باللغة {language}. اختر اللغة الأخرى أو قالبًا آخر (يمكن إكمال القالب في لوحة الإدارة).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>(reference given on saving)</source>
        <translation>(يُعطى الرقم المرجعي عند الحفظ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desk_app/ui/letter_sample.py" line="+56"/>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>letter-{number}.pdf</source>
        <translation>خطاب-{number}.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the letter as PDF</source>
        <translation>احفظ الخطاب ملف PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as {file}.</source>
        <translation>حُفظ باسم {file}.</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <location filename="../desk_app/ui/letter_pdf.py" line="+88"/>
        <source>Date: {date}</source>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corresponding to: {date}</source>
        <translation>الموافق: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: {subject}</source>
        <translation>الموضوع: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: {reference}</source>
        <translation>الرقم المرجعي: {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <location filename="../desk_app/ui/letter_words.py" line="+14"/>
        <source>Acknowledgement</source>
        <translation>إشعار بالاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>إفادة بالحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection</source>
        <translation>اعتذار عن قبول الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint response</source>
        <translation>رد على شكوى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal memo</source>
        <translation>مذكرة داخلية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s title</source>
        <translation>لقب العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket subject</source>
        <translation>موضوع التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date opened (Hijri)</source>
        <translation>تاريخ الفتح (هجري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s date (Hijri)</source>
        <translation>تاريخ اليوم (هجري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date (Hijri)</source>
        <translation>الموعد (هجري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s name</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name</source>
        <translation>اسم الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register reference</source>
        <translation>الرقم المرجعي في السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text for this letter</source>
        <translation>نص حر لهذا الخطاب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>LevelsEditors</name>
    <message>
        <location filename="../desk_app/ui/levels_editors.py" line="-97"/>
        <source>{day} {month} {year} AH</source>
        <translation>{day} {month} {year} هـ</translation>
    </message>
</context>
<context>
    <name>LevelsHolidays</name>
    <message>
        <location filename="../desk_app/ui/levels_holidays.py" line="-305"/>
        <source>There is no such day in the Hijri calendar: that month has 29 days in that year.</source>
        <translation>لا يوجد هذا اليوم في التقويم الهجري: ذلك الشهر ٢٩ يومًا في تلك السنة.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_levels_page.py" line="+91"/>
        <source>&amp;Branch:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;load</source>
        <translation>أعد ال&amp;تحميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the service levels as they are now saved; your changes here are dropped.</source>
        <translation>اعرض مستويات الخدمة كما هي محفوظة الآن؛ تُهمَل تغييراتك هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back the saved service levels of this branch.</source>
        <translation>أعد مستويات الخدمة المحفوظة لهذا الفرع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;احفظ</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Your unsaved changes to this branch are back.</source>
        <translation>عادت تغييراتك غير المحفوظة لهذا الفرع.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changed, not saved yet.</source>
        <translation>تغيّرت، ولم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved service levels are back.</source>
        <translation>عادت مستويات الخدمة المحفوظة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Not saved: see the messages beside the fields.</source>
        <translation>لم تُحفظ: انظر الرسائل بجانب الحقول.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Saving on the server…</source>
        <translation>جارٍ الحفظ على الخادم…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as version {version}. The clocks of the branch&apos;s open tickets are being recomputed in the background.</source>
        <translation>حُفظت بوصفها الإصدار {version}. يُعاد حساب مواعيد التذاكر المفتوحة في الفرع في الخلفية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else saved this branch&apos;s service levels meanwhile (now version {version}). Nothing was saved; Reload shows theirs, and your changes stay here until then.</source>
        <translation>حفظ شخص آخر مستويات الخدمة لهذا الفرع في الأثناء (الإصدار الآن {version}). لم يُحفظ شيء؛ «أعد التحميل» يعرض ما حفظه، وتبقى تغييراتك هنا حتى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>In force: defaults (never changed)</source>
        <translation>المعمول به: الإعدادات الافتراضية (لم تُغيَّر قط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force: version {version}</source>
        <translation>المعمول به: الإصدار {version}</translation>
    </message>
</context>
<context>
    <name>ListEmptyState</name>
    <message>
        <location filename="../desk_app/ui/empty_state.py" line="+30"/>
        <source>No ticket matches “{query}”</source>
        <translation>لا توجد تذكرة تطابق «{query}»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Clear the search</source>
        <translation>امسح ال&amp;بحث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a call ({keys})</source>
        <translation>استقبل مكالمة ({keys})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to a server…</source>
        <translation>سجّل الدخول إلى خادم…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check the spelling, or clear it.</source>
        <translation>تحقق من الإملاء، أو امسح البحث.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No ticket in this view</source>
        <translation>لا توجد تذاكر في هذا العرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets yet</source>
        <translation>لا توجد تذاكر بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the first call to create a ticket, or sign in to your office&apos;s server to receive its tickets.</source>
        <translation>استقبل أول مكالمة لإنشاء تذكرة، أو سجّل الدخول إلى خادم مكتبك لاستلام تذاكره.</translation>
    </message>
</context>
<context>
    <name>LocalOnlyBox</name>
    <message>
        <location filename="../desk_app/ui/admin_people_local_only.py" line="+30"/>
        <source>Only on this desk, not on the server</source>
        <translation>على هذا المكتب فقط، لا على الخادم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fill in the new person</source>
        <translation>ا&amp;نقله إلى نموذج الشخص الجديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the name, user name and role; type a password and add them.</source>
        <translation>ينسخ الاسم واسم المستخدم والدور؛ اكتب كلمة مرور ثم أضف الشخص.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../desk_app/ui/admin_mail_page.py" line="+76"/>
        <source>STARTTLS (usually port {port})</source>
        <translation>STARTTLS (عادةً المنفذ {port})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS from the start (usually port {port})</source>
        <translation>TLS من البداية (عادةً المنفذ {port})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a server inside the office only)</source>
        <translation>بلا (لخادم داخل المكتب فقط)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept only in this computer&apos;s keyring</source>
        <translation>تُحفظ في حافظة كلمات المرور على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;خادم البريد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;curity:</source>
        <translation>ال&amp;حماية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;der&apos;s address:</source>
        <translation>عنوان المرسِ&amp;ل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;name:</source>
        <translation>ا&amp;سم المرسل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>اسم المستخ&amp;دم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;mail settings</source>
        <translation>احفظ إعدادات ال&amp;بريد</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+51"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No mail server yet: letters are not sent by e-mail.</source>
        <translation>لا خادم بريد بعد: لا تُرسل الخطابات بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mail settings saved; letters can be sent by e-mail.</source>
        <translation>حُفظت إعدادات البريد؛ ويمكن إرسال الخطابات بالبريد الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="+63"/>
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tickets</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queues</source>
        <translation>قوائم انتظاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaching soon</source>
        <translation>توشك أن تتجاوز موعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>تجاوزت الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My follow-ups due</source>
        <translation>متابعاتي المستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to my queues</source>
        <translation>مُصعَّدة إلى قوائم انتظاري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated to me</source>
        <translation>مُصعَّدة إليّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to me</source>
        <translation>أُعيدت إليّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>جميع التذاكر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open tickets whose next SLA target is due within the hour, soonest first</source>
        <translation>التذاكر المفتوحة التي يحلّ موعد هدفها التالي في مستوى الخدمة خلال ساعة، الأقرب أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets past an SLA target&apos;s due time, the latest miss first</source>
        <translation>التذاكر المفتوحة التي تجاوزت موعد أحد أهداف مستوى الخدمة، الأحدث تأخرًا أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your tickets with a call-back planned for now or earlier</source>
        <translation>تذاكرك التي حان موعد معاودة الاتصال فيها أو فات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets in your queues (to choose them: View menu, My queues…)</source>
        <translation>التذاكر المفتوحة في قوائم انتظارك (لاختيارها: قائمة عرض، قوائم انتظاري…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets flagged as a complaint or an angry customer</source>
        <translation>تذاكر مفتوحة معلَّمة بأنها شكوى أو لعميل غاضب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets escalated or passed on into your queues</source>
        <translation>التذاكر المفتوحة المُصعَّدة أو المحوَّلة إلى قوائم انتظارك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets on which someone asked for your attention</source>
        <translation>التذاكر المفتوحة التي طلب فيها أحدهم انتباهك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets a higher tier returned to you, with instructions</source>
        <translation>التذاكر المفتوحة التي أعادها إليك مستوى أعلى مع التعليمات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Maktab — service desk</source>
        <translation>مكتب — خدمة العملاء</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;New ticket</source>
        <translation>تذكرة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Maktab</source>
        <translation>&amp;حول مكتب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Related tickets…</source>
        <translation>التذاكر ال&amp;مرتبطة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;تسجيل تواصل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;esolve…</source>
        <translation>&amp;حل التذكرة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escala&amp;te…</source>
        <translation>ت&amp;صعيد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tiers at a glance…</source>
        <translation>&amp;لمحة عن المستويات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor&apos;s das&amp;hboard…</source>
        <translation>لوحة متابعة الم&amp;شرف…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open</source>
        <translation>إ&amp;عادة فتح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved &amp;views</source>
        <translation>العروض ال&amp;محفوظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save view &amp;as…</source>
        <translation>&amp;حفظ العرض باسم…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;name view…</source>
        <translation>إعادة ت&amp;سمية العرض…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete view</source>
        <translation>ح&amp;ذف العرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;queues…</source>
        <translation>&amp;قوائم انتظاري…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to…</source>
        <translation>إ&amp;سناد إلى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;status…</source>
        <translation>تعيين الحا&amp;لة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;priority…</source>
        <translation>تعيين الأ&amp;ولوية…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to view</source>
        <translation>الانتقال إلى &amp;عرض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns</source>
        <translation>الأعم&amp;دة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ticket</source>
        <translation>ال&amp;تذكرة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;ync</source>
        <translation>&amp;المزامنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Branch: {name}</source>
        <translation>الفرع: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Agent: {name}</source>
        <translation>الموظف: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticket {number} saved</source>
        <translation>حُفظت التذكرة {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call logged on ticket {number}</source>
        <translation>سُجلت المكالمة على التذكرة {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+250"/>
        <source>Select a ticket first.</source>
        <translation>اختر تذكرة أولًا.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>About Maktab</source>
        <translation>حول مكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maktab {version}
The offline-capable service desk.</source>
        <translation>مكتب {version}
نظام لخدمة العملاء يعمل حتى دون اتصال.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Maktab</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Save view as</source>
        <translation>حفظ العرض باسم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view</source>
        <translation>إعادة تسمية العرض</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View “{name}” deleted</source>
        <translation>حُذف العرض «{name}»</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%Ln ticket(s) changed</source>
        <translation>
            <numerusform>لم تتغير أي تذكرة</numerusform>
            <numerusform>تغيرت تذكرة واحدة</numerusform>
            <numerusform>تغيرت تذكرتان</numerusform>
            <numerusform>تغيرت %Ln تذاكر</numerusform>
            <numerusform>تغيرت %Ln تذكرة</numerusform>
            <numerusform>تغيرت %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>لا تذاكر</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../desk_app/ui/memo_dialog.py" line="+41"/>
        <source>New memo</source>
        <translation>مذكرة جديدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No template</source>
        <translation>بلا قالب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A person, a queue or a department</source>
        <translation>شخص أو قائمة انتظار أو قسم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
</context>
<context>
    <name>MyQueuesDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="+81"/>
        <source>My queues</source>
        <translation>قوائم انتظاري</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The queues you work; Space ticks the one selected.</source>
        <translation>قوائم الانتظار التي تعمل عليها؛ تُعلَّم القائمة المحددة أو يُزال تعليمها بمفتاح المسافة.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="+75"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A&amp;dd person</source>
        <translation>أ&amp;ضف الشخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Na&amp;me</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bran&amp;ch</source>
        <translation>ال&amp;فرع</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desk_app/ui/notifications.py" line="+90"/>
        <source>Time to review your article “{title}”.</source>
        <translation>حان موعد مراجعة مقالك «{title}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call back {customer} about {number}: {subject}</source>
        <translation>عاود الاتصال بـ {customer} بشأن {number}: {subject}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is about to miss its service level: {subject}</source>
        <translation>التذكرة {number} توشك أن تتجاوز موعد مستوى الخدمة: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your attention is asked on {number}: {subject}</source>
        <translation>يُطلب انتباهك في {number}: {subject}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A ticket was assigned to you.</source>
        <translation>أُسندت إليك تذكرة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Maktab</source>
        <translation>مكتب</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_outbox_dialog.py" line="+66"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{entity} ({kind})</source>
        <translation>{entity} ({kind})</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Outbox — changes not yet on the server</source>
        <translation>صندوق الصادر — تغييرات لم تصل إلى الخادم بعد</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Retry</source>
        <translation>&amp;حاول مجددًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the refused change again with the next sync.</source>
        <translation>إرسال التغيير المرفوض مرة أخرى مع المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;تجاهله…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The outbox is empty: every change has been sent.</source>
        <translation>صندوق الصادر فارغ: أُرسلت كل التغييرات.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) waiting to be sent.</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال.</numerusform>
            <numerusform>تغييران بانتظار الإرسال.</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال.</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln refused by the server: retry or discard them.</source>
        <translation>
            <numerusform>%Ln تغيير رفضه الخادم: أعد إرساله أو تجاهله.</numerusform>
            <numerusform>تغيير واحد رفضه الخادم: أعد إرساله أو تجاهله.</numerusform>
            <numerusform>تغييران رفضهما الخادم: أعد إرسالهما أو تجاهلهما.</numerusform>
            <numerusform>%Ln تغييرات رفضها الخادم: أعد إرسالها أو تجاهلها.</numerusform>
            <numerusform>%Ln تغييرًا رفضها الخادم: أعد إرسالها أو تجاهلها.</numerusform>
            <numerusform>%Ln تغيير رفضها الخادم: أعد إرسالها أو تجاهلها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Refused: {change} — {reason}</source>
        <translation>مرفوض: {change} — {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard the change?</source>
        <translation>هل تريد تجاهل التغيير؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this change: {change}

Discarding it means it will never be sent. This cannot be undone.</source>
        <translation>رفض الخادم هذا التغيير: {change}

تجاهله يعني أنه لن يُرسل أبدًا. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>تجاهله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>أبقِه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change will be sent with the next sync.</source>
        <translation>سيُرسل التغيير مع المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change was discarded.</source>
        <translation>تم تجاهل التغيير.</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../desk_app/ui/admin_people_forms.py" line="-44"/>
        <source>{level}. {role}</source>
        <translation>{level}. {role}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_page.py" line="+82"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;PIN</source>
        <translation>ال&amp;رمز السري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype the PIN again</source>
        <translation>أ&amp;عد كتابة الرمز السري</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <source>Chosen person</source>
        <translation>الشخص المختار</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Change role</source>
        <translation>غيّر الدور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset PIN</source>
        <translation>أعد تعيين الرمز</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <source>Deactivate</source>
        <translation>أوقف الحساب</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>New role</source>
        <translation>الدور الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New PIN</source>
        <translation>رمز سري بديل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the PIN</source>
        <translation>كرّر الرمز</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, no PIN</source>
        <translation>نشط، دون رمز سري</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk works with a server: sign in to it to manage its people here.</source>
        <translation>هذا المكتب يعمل مع خادم: سجّل الدخول إليه لتدير أشخاصه من هنا.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a person in the list.</source>
        <translation>اختر شخصًا من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is deactivated.</source>
        <translation>حساب هذا الشخص موقوف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen person: {name}</source>
        <translation>الشخص المختار: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>لا يمكنك فعل هذا بنفسك: اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{name} will no longer be able to use the desk. Deactivate?</source>
        <translation>لن يتمكن {name} من استعمال المكتب بعد الآن. أتوقف حسابه؟</translation>
    </message>
</context>
<context>
    <name>PerPriorityTabs</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="+355"/>
        <source>&amp;Targets per priority</source>
        <translation>الأه&amp;داف حسب الأولوية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic &amp;escalation</source>
        <translation>الت&amp;صعيد التلقائي</translation>
    </message>
</context>
<context>
    <name>PeriodRow</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="-37"/>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period {number}: start</source>
        <translation>الفترة {number}: البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period {number}: end</source>
        <translation>الفترة {number}: النهاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove period {number}</source>
        <translation>احذف الفترة {number}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../desk_app/services/permissions.py" line="+225"/>
        <source>Your role may not take calls or create tickets.</source>
        <translation>لا يسمح دورك باستقبال المكالمات أو إنشاء التذاكر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not edit tickets.</source>
        <translation>لا يسمح دورك بتعديل التذاكر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is not assigned to you, and your role may not edit others&apos; tickets.</source>
        <translation>هذه التذكرة غير مسندة إليك، ولا يسمح دورك بتعديل تذاكر الآخرين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket is neither yours nor in one of your queues.</source>
        <translation>هذه التذكرة ليست لك وليست في إحدى قوائم انتظارك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not move tickets to another queue.</source>
        <translation>لا يسمح دورك بنقل التذاكر إلى قائمة انتظار أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not assign tickets to other people.</source>
        <translation>لا يسمح دورك بإسناد التذاكر إلى أشخاص آخرين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change several tickets at once.</source>
        <translation>لا يسمح دورك بتغيير عدة تذاكر دفعة واحدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not merge or split tickets.</source>
        <translation>لا يسمح دورك بدمج التذاكر أو تقسيمها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a team lead or above may declare an enterprise failure.</source>
        <translation>لا يعلن العطل على مستوى المؤسسة إلا قائد الفريق فمن فوقه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not resolve or reopen tickets.</source>
        <translation>لا يسمح دورك بحل التذاكر أو إعادة فتحها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not pass tickets to another queue of the tier.</source>
        <translation>لا يسمح دورك بتحويل التذاكر إلى قائمة انتظار أخرى في المستوى نفسه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not escalate tickets to a higher tier.</source>
        <translation>لا يسمح دورك بتصعيد التذاكر إلى مستوى أعلى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not return tickets to a lower tier.</source>
        <translation>لا يسمح دورك بإعادة التذاكر إلى مستوى أدنى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not write knowledge articles.</source>
        <translation>لا يسمح دورك بكتابة مقالات المعرفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not publish knowledge articles.</source>
        <translation>لا يسمح دورك بنشر مقالات المعرفة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not see team reports.</source>
        <translation>لا يسمح دورك بالاطلاع على تقارير الفريق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not see the reports of all branches.</source>
        <translation>لا يسمح دورك بالاطلاع على تقارير جميع الفروع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change service levels, working hours or holidays.</source>
        <translation>لا يسمح دورك بتغيير مستوى الخدمة أو ساعات العمل أو العطلات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change the category catalogue.</source>
        <translation>لا يسمح دورك بتغيير دليل الفئات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change templates.</source>
        <translation>لا يسمح دورك بتغيير القوالب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not change queues.</source>
        <translation>لا يسمح دورك بتغيير قوائم الانتظار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not manage people.</source>
        <translation>لا يسمح دورك بإدارة الأشخاص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not manage devices.</source>
        <translation>لا يسمح دورك بإدارة الأجهزة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not change rights.</source>
        <translation>لا يسمح دورك بتغيير الصلاحيات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not read the audit log.</source>
        <translation>لا يسمح دورك بقراءة سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>PriorityRules</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-210"/>
        <source>Add a rule</source>
        <translation>أضف قاعدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a rule to {priority}</source>
        <translation>أضف قاعدة إلى {priority}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic escalation</source>
        <translation>لا تصعيد تلقائي</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_queues_page.py" line="+91"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+205"/>
        <source>New queue</source>
        <translation>قائمة انتظار جديدة</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&amp;English name:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara&amp;bic name:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ier:</source>
        <translation>ال&amp;مستوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bra&amp;nch:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ne&amp;w queue</source>
        <translation>قائمة انتظار جدي&amp;دة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve queue</source>
        <translation>احفظ &amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person to add</source>
        <translation>الشخص المراد إضافته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the team</source>
        <translation>أضِف إلى الفريق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the team</source>
        <translation>أزِل من الفريق</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tier 0: self-service</source>
        <translation>المستوى ٠: الخدمة الذاتية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 1: first line</source>
        <translation>المستوى ١: الخط الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 2: specialists</source>
        <translation>المستوى ٢: المختصون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 3: experts</source>
        <translation>المستوى ٣: الخبراء</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change queue</source>
        <translation>تعديل قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No members yet.</source>
        <translation>لا أعضاء بعد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to the team.</source>
        <translation>أُضيف إلى الفريق.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed from the team.</source>
        <translation>أُزيل من الفريق.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Queue saved.</source>
        <translation>حُفظت قائمة الانتظار.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../desk_app/ui/reading_pane.py" line="+35"/>
        <source>Reading &amp;pane</source>
        <translation>&amp;جزء القراءة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Below the list</source>
        <translation>&amp;أسفل القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;side the list</source>
        <translation>&amp;بجانب القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden</source>
        <translation>&amp;مخفي</translation>
    </message>
</context>
<context>
    <name>RecordIncomingDialog</name>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="+86"/>
        <source>Record incoming letter</source>
        <translation>تسجيل وارد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waits for a &amp;reply</source>
        <translation>ينتظر &amp;ردًّا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>No file</source>
        <translation>لا ملف</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Choose &amp;file…</source>
        <translation>اختر &amp;ملفًا…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Channel:</source>
        <translation>ال&amp;وسيلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved:</source>
        <translation>تاريخ الا&amp;ستلام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>رقم الت&amp;ذكرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their refere&amp;nce:</source>
        <translation>رقمهم المر&amp;جعي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan or file:</source>
        <translation>الصورة الممسوحة أو الملف:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the scan or file</source>
        <translation>اختر الصورة الممسوحة أو الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;All files (*)</source>
        <translation>الصور الممسوحة والمستندات (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the customer from the list, or give the ticket number instead.</source>
        <translation>اختر العميل من القائمة، أو أدخل رقم التذكرة بدلًا منه.</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../desk_app/ui/register_window.py" line="+127"/>
        <location line="+215"/>
        <source>Letter register</source>
        <translation>سجل المراسلات</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Search reference, subject, text…</source>
        <translation>ابحث في الرقم المرجعي والموضوع والنص…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All directions</source>
        <translation>كل الاتجاهات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All entries</source>
        <translation>كل القيود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due</source>
        <translation>ردود مستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies overdue</source>
        <translation>ردود متأخرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show &amp;more</source>
        <translation>اعرض الم&amp;زيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record incoming letter…</source>
        <translation>&amp;سجّل واردًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New m&amp;emo…</source>
        <translation>مذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file</source>
        <translation>ا&amp;فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;صدّر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%Ln replies due</source>
        <translation>
            <numerusform>لا ردود مستحقة</numerusform>
            <numerusform>رد واحد مستحق</numerusform>
            <numerusform>ردّان مستحقان</numerusform>
            <numerusform>%Ln ردود مستحقة</numerusform>
            <numerusform>%Ln ردًّا مستحقًّا</numerusform>
            <numerusform>%Ln رد مستحق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>لا ردود متأخرة</numerusform>
            <numerusform>رد واحد متأخر</numerusform>
            <numerusform>ردّان متأخران</numerusform>
            <numerusform>%Ln ردود متأخرة</numerusform>
            <numerusform>%Ln ردًّا متأخرًا</numerusform>
            <numerusform>%Ln رد متأخر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{due}; {late}</source>
        <translation>{due}؛ {late}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries to show.</source>
        <translation>لا قيود لعرضها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entry first.</source>
        <translation>اختر قيدًا أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry has no file.</source>
        <translation>لا ملف لهذا القيد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not on this desk yet: sync, then open it again.</source>
        <translation>الملف ليس على هذا المكتب بعد: زامن ثم افتحه مجددًا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the register</source>
        <translation>صدّر السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter-register.xlsx</source>
        <translation>سجل-المراسلات.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported to {file}.</source>
        <translation>صُدِّر إلى {file}.</translation>
    </message>
</context>
<context>
    <name>RegisterWords</name>
    <message>
        <location filename="../desk_app/ui/register_words.py" line="+14"/>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Letter</source>
        <translation>خطاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply due</source>
        <translation>الرد مستحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply overdue</source>
        <translation>فات موعد الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>رُدّ عليه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>تولّاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
</context>
<context>
    <name>RelatedTicketsDialog</name>
    <message>
        <location filename="../desk_app/ui/related_dialog.py" line="+51"/>
        <source>Related tickets</source>
        <translation>التذاكر المرتبطة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket number, e.g. HQ1-2026-000123 or 123</source>
        <translation>رقم التذكرة، مثل HQ1-2026-000123 أو 123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other ticket:</source>
        <translation>التذكرة ال&amp;أخرى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>ا&amp;ربط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge this ticket into it</source>
        <translation>ا&amp;دمج هذه التذكرة فيها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink the selected ticket</source>
        <translation>ف&amp;كّ ربط التذكرة المحددة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject of the other problem</source>
        <translation>موضوع المشكلة الأخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit off as a new ticket</source>
        <translation>ا&amp;فصلها في تذكرة جديدة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another problem in this ticket</source>
        <translation>مشكلة أخرى في هذه التذكرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked and merged tickets (Enter opens one):</source>
        <translation>التذاكر المرتبطة والمدموجة (Enter يفتح التذكرة):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related tickets of {number}</source>
        <translation>التذاكر المرتبطة بـ {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linked</source>
        <translation>مرتبطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into this one</source>
        <translation>مدموجة في هذه التذكرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No related tickets yet.</source>
        <translation>لا توجد تذاكر مرتبطة بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket was merged into {number}.</source>
        <translation>دُمجت هذه التذكرة في {number}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Linked to {number}.</source>
        <translation>رُبطت بـ {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a linked ticket in the list first.</source>
        <translation>اختر تذكرة مرتبطة من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlinked.</source>
        <translation>فُكّ الربط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge tickets</source>
        <translation>دمج التذاكر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close {number} as a duplicate of ticket {other}? Both histories are kept.</source>
        <translation>هل تريد إغلاق {number} لأنها مكررة للتذكرة {other}؟ يُحتفظ بسجلّي التذكرتين.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged into {number}.</source>
        <translation>دُمجت في {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticket {number} opened and linked.</source>
        <translation>فُتحت التذكرة {number} ورُبطت.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+80"/>
        <source>Choose another place…</source>
        <translation>اختيار مكان آخر…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Print report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ved reports</source>
        <translation>التقارير ال&amp;محفوظة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>ما زالت الأرقام قيد الحساب؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer service report</source>
        <translation>تقرير خدمة العملاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the report to a PDF file</source>
        <translation>طباعة التقرير في ملف PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per table (*.csv)</source>
        <translation>ملفات CSV، ملف لكل جدول (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the figures</source>
        <translation>تصدير الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service figures</source>
        <translation>أرقام خدمة العملاء</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Save this report…</source>
        <translation>&amp;حفظ هذا التقرير…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete a saved report</source>
        <translation>ح&amp;ذف تقرير محفوظ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Counting…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {file}.</source>
        <translation>حُفظ {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not written</source>
        <translation>لم يُكتب الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another place</source>
        <translation>اختيار مكان آخر</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../desk_app/ui/report_content.py" line="+73"/>
        <location line="+9"/>
        <source>On {day}</source>
        <translation>يوم {day}</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>From {first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service report</source>
        <translation>تقرير خدمة العملاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on {moment}</source>
        <translation>طُبع في {moment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period.</source>
        <translation>لا تذاكر في هذه المدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <location filename="../desk_app/ui/report_actions.py" line="+24"/>
        <source>The folder {folder} no longer exists. Choose another place: the report is kept.</source>
        <translation>المجلد {folder} لم يعد موجودًا. اختر مكانًا آخر: التقرير محفوظ لديك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maktab may not write in {folder}. Choose another place: the report is kept.</source>
        <translation>لا يُسمح لمكتب بالكتابة في {folder}. اختر مكانًا آخر: التقرير محفوظ لديك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be written (the disk may be full). Choose another place: the report is kept.</source>
        <translation>تعذّرت كتابة {file} (ربما امتلأ القرص). اختر مكانًا آخر: التقرير محفوظ لديك.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../desk_app/ui/report_words.py" line="+52"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (%)</source>
        <translation>{title} (٪)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (minutes)</source>
        <translation>{title} (بالدقائق)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>بلا مستوى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A former colleague</source>
        <translation>زميل سابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In no queue</source>
        <translation>خارج قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A removed queue</source>
        <translation>قائمة انتظار محذوفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another branch</source>
        <translation>فرع آخر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value}%</source>
        <translation>{value}٪</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../desk_app/ui/resolve_dialog.py" line="+36"/>
        <source>Resolve the ticket</source>
        <translation>تسجيل حل التذكرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. worn part, wrong setting, user error</source>
        <translation>مثل: قطعة تالفة، إعداد خاطئ، خطأ من المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done to solve it</source>
        <translation>ما الذي فُعل لحل المشكلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>C&amp;lose it now (no confirmation expected)</source>
        <translation>إ&amp;غلاقها الآن (لا يُنتظر تأكيد)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cause</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solution</source>
        <translation>ا&amp;لحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s s&amp;atisfaction</source>
        <translation>&amp;رضا العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by</source>
        <translation>&amp;قُدِّم عبر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resolve</source>
        <translation>علِّمها &amp;محلولة</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{score} — very satisfied</source>
        <translation>{score} — راضٍ جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — satisfied</source>
        <translation>{score} — راضٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — neither</source>
        <translation>{score} — محايد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — dissatisfied</source>
        <translation>{score} — غير راضٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} — very dissatisfied</source>
        <translation>{score} — غير راضٍ إطلاقًا</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../desk_app/ui/admin_rights_page.py" line="+82"/>
        <source>Who may do what, by level. A level&apos;s rights apply to everyone with its role.</source>
        <translation>من يحق له ماذا، حسب المستوى. تسري صلاحيات المستوى على كل من يحمل دوره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rights by level</source>
        <translation>الصلاحيات حسب المستوى</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save ri&amp;ghts</source>
        <translation>احفظ ال&amp;صلاحيات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset to SFIA defaults</source>
        <translation>&amp;استعد افتراضيات SFIA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the table with the SFIA levels&apos; defaults; Save keeps them.</source>
        <translation>يملأ الجدول بافتراضيات مستويات SFIA، والحفظ يثبّتها.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The administrator always keeps the right to change rights: without it nobody could change them back.</source>
        <translation>يحتفظ مسؤول النظام دائمًا بصلاحية تغيير الصلاحيات، وإلا فلن يستطيع أحد إعادتها.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Changed, not saved yet.</source>
        <translation>عُدِّلت ولم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SFIA defaults are filled in. Save keeps them.</source>
        <translation>مُلئت افتراضيات SFIA. احفظ لتثبيتها.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved as version {version}.</source>
        <translation>حُفظت بوصفها الإصدار {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In use: the SFIA defaults, never changed.</source>
        <translation>المعمول به: افتراضيات SFIA دون تغيير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use: version {version}.</source>
        <translation>المعمول به: الإصدار {version}.</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <location filename="../desk_app/ui/levels_rules.py" line="-87"/>
        <source>The share of the resolution time used when the rule acts</source>
        <translation>النسبة المستهلكة من وقت الحل التي تعمل عندها القاعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the team lead</source>
        <translation>اطلب انتباه قائد الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the next tier</source>
        <translation>صعّد إلى المستوى التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the priority</source>
        <translation>ارفع الأولوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{priority}, rule {number}</source>
        <translation>{priority}، القاعدة {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}: share of the resolution time</source>
        <translation>{rule}: النسبة المستهلكة من وقت الحل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}: what it does</source>
        <translation>{rule}: ما تفعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule}: raise the priority</source>
        <translation>{rule}: رفع الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {rule}</source>
        <translation>احذف {rule}</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <location line="+160"/>
        <source>A rule acts once per ticket, when the ticket has used the chosen share of its resolution time (100% is the breach); while a ticket waits, its time stands still.</source>
        <translation>تعمل القاعدة مرة واحدة لكل تذكرة، حين تستهلك التذكرة النسبة المختارة من وقت الحل (١٠٠٪ هي تجاوز الموعد)؛ وما دامت التذكرة في الانتظار يتوقف وقتها.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the de&amp;fault rules</source>
        <translation>استعد ال&amp;قواعد الافتراضية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every priority: ask the team lead at 75%; at the breach, escalate to the next tier and raise the priority.</source>
        <translation>لكل أولوية: اطلب انتباه قائد الفريق عند ٧٥٪؛ وعند تجاوز الموعد صعّد إلى المستوى التالي وارفع الأولوية.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../desk_app/ui/report_save_dialog.py" line="+48"/>
        <source>Save this report</source>
        <translation>حفظ هذا التقرير</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Name:</source>
        <translation>ا&amp;لاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>اليوم ال&amp;أول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>اليوم الأ&amp;خير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report keeps the dashboard&apos;s branch and team. A named period (“last month”) is counted again each time the report runs.</source>
        <translation>يحتفظ التقرير بفرع لوحة المتابعة وفريقها. وتُحسب المدة المسماة («الشهر الماضي») من جديد في كل مرة يُشغَّل فيها التقرير.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These days</source>
        <translation>هذه الأيام</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <location filename="../desk_app/ui/server_words.py" line="+34"/>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a minute.</source>
        <translation>الخادم مشغول. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server asks you to sign in again (Sync menu).</source>
        <translation>يطلب الخادم أن تسجّل الدخول من جديد (قائمة المزامنة).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused: your role may not do this.</source>
        <translation>رفض الخادم: دورك لا يسمح بهذا.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You may not give a role above your own, or change someone above it.</source>
        <translation>لا يمكنك منح دور أعلى من دورك، ولا تغيير من هو أعلى منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may manage only the people and branches you work in.</source>
        <translation>يمكنك إدارة أشخاص الفروع التي تعمل فيها وتلك الفروع فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>لا يمكنك فعل هذا بنفسك: اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last active administrator: make another one first.</source>
        <translation>هذا آخر مسؤول نشط: عيّن مسؤولًا آخر أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone already has this user name.</source>
        <translation>اسم المستخدم هذا مأخوذ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User names: up to {count} small Latin letters and digits, no spaces, and {signs}</source>
        <translation>اسم المستخدم: حتى {count} من الحروف اللاتينية الصغيرة والأرقام، دون مسافات، وهذه العلامات: {signs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the person&apos;s name.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role from the list.</source>
        <translation>اختر دورًا من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one branch.</source>
        <translation>اختر فرعًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least {count} characters.</source>
        <translation>تحتاج كلمة المرور إلى {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is no longer on the server. The list has been reloaded.</source>
        <translation>لم يعد هذا موجودًا على الخادم. أُعيد تحميل القائمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved the rights meanwhile. Their table is shown now; make your change again.</source>
        <translation>حفظ شخص آخر الصلاحيات في الأثناء. يظهر جدوله الآن؛ أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the change.</source>
        <translation>رفض الخادم التغيير.</translation>
    </message>
</context>
<context>
    <name>ServerPeoplePage</name>
    <message>
        <location filename="../desk_app/ui/admin_people_server.py" line="+80"/>
        <source>People and devices of the server this desk is signed in to.</source>
        <translation>الأشخاص والأجهزة على الخادم الذي سجّل هذا المكتب الدخول إليه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches</source>
        <translation>الفروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pass&amp;word</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype it again</source>
        <translation>أ&amp;عد كتابتها</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+168"/>
        <source>Chosen person</source>
        <translation>الشخص المختار</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Change role</source>
        <translation>غيّر الدور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branches</source>
        <translation>احفظ الفروع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset password</source>
        <translation>أعد تعيين كلمة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+164"/>
        <location line="+110"/>
        <source>Deactivate</source>
        <translation>أوقف الحساب</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>New r&amp;ole</source>
        <translation>دو&amp;ر جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branches</source>
        <translation>الفر&amp;وع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New password</source>
        <translation>كلمة مرور &amp;بديلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;epeat it</source>
        <translation>كرّر&amp;ها</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vices</source>
        <translation>الأ&amp;جهزة</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen person: {name}</source>
        <translation>الشخص المختار: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivate</source>
        <translation>أعد تفعيل الحساب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>لا يمكنك فعل هذا بنفسك: اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on the server.</source>
        <translation>حُفظ على الخادم.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The password of {name} was changed.</source>
        <translation>غُيّرت كلمة مرور {name}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} will no longer be able to sign in, on any desk. Deactivate?</source>
        <translation>لن يتمكن {name} من تسجيل الدخول بعد الآن، على أي مكتب. أتوقف حسابه؟</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk_app/ui/settings_dialog.py" line="+27"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes without a key or a click before Maktab locks; 0 never locks.</source>
        <translation>الدقائق دون ضغط مفتاح أو نقرة قبل أن يُقفل مكتب نفسه؛ 0 يعني ألا يُقفل أبدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of Maktab.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل مكتب في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k when idle for</source>
        <translation>أ&amp;قفل بعد خمول مدته</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desk_app/ui/sync_signin_dialog.py" line="+65"/>
        <source>Sign in to the server</source>
        <translation>تسجيل الدخول إلى الخادم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in connects this desk to your organisation&apos;s server, so all branches see one picture. Without it, Maktab works on this desk alone and keeps every change for later.</source>
        <translation>يربط تسجيل الدخول هذا المكتب بخادم مؤسستك، فترى كل الفروع صورة واحدة. ومن دونه يعمل مكتب على هذا الجهاز وحده ويحتفظ بكل تغيير لوقت لاحق.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>https://maktab.example.org</source>
        <translation>https://maktab.example.org</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How this computer is named in the server&apos;s list of devices.</source>
        <translation>اسم هذا الحاسوب في قائمة الأجهزة على الخادم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Sign in</source>
        <translation>&amp;سجّل الدخول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Work offline</source>
        <translation>اعمل &amp;دون اتصال</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server &amp;address</source>
        <translation>&amp;عنوان الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device name</source>
        <translation>اسم &amp;هذا الجهاز</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give this computer a name.</source>
        <translation>أعطِ هذا الحاسوب اسمًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../desk_app/ui/sla_view.py" line="+39"/>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>التحديث التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: missed, done {when}, {late} late</source>
        <translation>{name}: فات الموعد، أُنجز {when} متأخرًا {late}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: missed, paused while waiting ({late} of working time late)</source>
        <translation>{name}: فات الموعد، ومتوقف أثناء الانتظار (تأخر {late} من وقت العمل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: paused while waiting, with {left} of working time to go</source>
        <translation>{name}: متوقف أثناء الانتظار، مع بقاء {left} من وقت العمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: overdue by {late} (due {due}), paused while waiting</source>
        <translation>{name}: متأخر {late} (الموعد {due})، ومتوقف أثناء الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: overdue by {late} (due {due})</source>
        <translation>{name}: متأخر {late} (الموعد {due})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: due {due}, in {span}</source>
        <translation>{name}: الموعد {due}، بعد {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: due {due}, in {span} ({working} of working time)</source>
        <translation>{name}: الموعد {due}، بعد {span} (أي بعد {working} من وقت العمل)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{name}: met {when}</source>
        <translation>{name}: تم في الموعد {when}</translation>
    </message>
</context>
<context>
    <name>SnippetsTable</name>
    <message>
        <location filename="../desk_app/ui/snippets_table.py" line="+36"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dd snippet</source>
        <translation>أ&amp;ضف نصًّا جاهزًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove sni&amp;ppet</source>
        <translation>احذف النص ال&amp;جاهز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In any note or letter, type :: and a snippet&apos;s name to insert its text.</source>
        <translation>في أي ملاحظة أو خطاب، اكتب :: واسم النص الجاهز لإدراج نصه.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desk_app/ui/startup.py" line="+49"/>
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the damaged file aside and start a new database</source>
        <translation>ضع الملف التالف جانبًا وابدأ قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database set aside</source>
        <translation>وُضعت قاعدة البيانات جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>احتُفظ بالملف التالف باسم:
{path}</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../desk_app/ui/switch_user_dialog.py" line="+52"/>
        <source>Maktab is locked</source>
        <translation>مكتب مقفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked. {name} was at the desk: type the PIN to go on.</source>
        <translation>مقفل. كان {name} على المكتب: اكتب الرمز السري للمتابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user</source>
        <translation>بدّل المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is at the desk now.</source>
        <translation>{name} على المكتب الآن.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Person</source>
        <translation>ال&amp;شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;IN</source>
        <translation>الرمز ال&amp;سري</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>ا&amp;فتح القفل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;witch</source>
        <translation>&amp;بدّل</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="-76"/>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Check the network and the server address; Maktab keeps working on this desk and tries again by itself.</source>
        <translation>لا يمكن الوصول إلى الخادم. تحقّق من الشبكة ومن عنوان الخادم؛ يواصل مكتب العمل على هذا الجهاز ويعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>لم يُجب الخادم في الوقت المحدد. يواصل مكتب العمل على هذا الجهاز ويعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The server no longer accepts this desk&apos;s sign-in. Sign in again.</source>
        <translation>لم يعد الخادم يقبل تسجيل دخول هذا المكتب. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many sign-in attempts failed. Wait a few minutes before trying again.</source>
        <translation>فشلت محاولات كثيرة لتسجيل الدخول. انتظر بضع دقائق قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This version of Maktab is too old for the server. Update Maktab to synchronise; until then it keeps working on this desk.</source>
        <translation>هذا الإصدار من مكتب أقدم من أن يعمل مع الخادم. حدّث مكتب لتتم المزامنة؛ وحتى ذلك الحين يواصل العمل على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server needs an update before it can work with this version of Maktab. Tell your administrator; until then Maktab keeps working on this desk.</source>
        <translation>يحتاج الخادم إلى تحديث قبل أن يعمل مع هذا الإصدار من مكتب. أبلغ المسؤول؛ وحتى ذلك الحين يواصل مكتب العمل على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring is available. Maktab keeps the server&apos;s secrets only in the system keyring, never in a file, so it cannot stay signed in. Ask your administrator to set up a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>لا تتوفر حلقة مفاتيح النظام. يحفظ مكتب أسرار الخادم في حلقة مفاتيح النظام فقط، ولا يحفظها في ملف أبدًا، لذلك لا يمكنه البقاء مسجَّل الدخول. اطلب من المسؤول إعداد حلقة مفاتيح (مثل ⁦GNOME Keyring⁩ أو ⁦KWallet⁩).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server no longer accepts this desk (its access was withdrawn). Sign in again or ask your administrator.</source>
        <translation>لم يعد الخادم يقبل هذا المكتب (سُحبت صلاحية وصوله). سجّل الدخول مرة أخرى أو راجع المسؤول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account on the server is disabled. Ask your administrator.</source>
        <translation>حسابك على الخادم معطّل. راجع المسؤول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is signed in to the server on this desk.</source>
        <translation>لم يسجّل أحد الدخول إلى الخادم على هذا المكتب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem of its own, or the address does not point to a Maktab server. Maktab keeps working on this desk and tries again by itself.</source>
        <translation>حدثت مشكلة في الخادم نفسه، أو أن العنوان لا يشير إلى خادم مكتب. يواصل مكتب العمل على هذا الجهاز ويعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request; nothing was changed.</source>
        <translation>رفض الخادم الطلب؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused: {code}</source>
        <translation>رفض الخادم: {code}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This computer&apos;s clock is ahead of the server&apos;s, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>ساعة هذا الحاسوب متقدمة على ساعة الخادم، لذا يرفض الخادم تغييراته، وهي محفوظة هنا. صحّح التاريخ والوقت والمنطقة الزمنية في هذا الحاسوب، وستُرسل التغييرات تلقائيًا بعد ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock is about {amount} ahead of the server&apos;s, so the server refuses its changes; they are kept here. Correct the date, time and time zone of this computer: they are then sent by themselves.</source>
        <translation>ساعة هذا الحاسوب متقدمة على ساعة الخادم بنحو {amount}، لذا يرفض الخادم تغييراته، وهي محفوظة هنا. صحّح التاريخ والوقت والمنطقة الزمنية في هذا الحاسوب، وستُرسل التغييرات تلقائيًا بعد ذلك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s clock is ahead: correct the date and time</source>
        <translation>ساعة هذا الحاسوب متقدمة: صحّح التاريخ والوقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is about {amount} ahead: correct the date and time</source>
        <translation>ساعة هذا الحاسوب متقدمة بنحو {amount}: صحّح التاريخ والوقت</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This account may not change that branch&apos;s data.</source>
        <translation>لا يحق لهذا الحساب تغيير بيانات ذلك الفرع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this kind of record.</source>
        <translation>لا يعرف الخادم هذا النوع من السجلات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know one of the changed fields.</source>
        <translation>لا يعرف الخادم أحد الحقول المتغيرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record does not exist on the server.</source>
        <translation>السجل غير موجود على الخادم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value was not accepted.</source>
        <translation>لم تُقبل إحدى القيم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record was deleted on another desk.</source>
        <translation>حُذف السجل على مكتب آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not let a desk make this change (people, branches and queues are changed by the administrator).</source>
        <translation>لا يسمح الخادم لمكتب بإجراء هذا التغيير (الأشخاص والفروع وقوائم الانتظار يغيّرها المسؤول).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s clock is ahead of the server&apos;s, so the server refused the change. Set the correct date, time and time zone on this computer; the change is kept here.</source>
        <translation>ساعة هذا الحاسوب متقدمة على ساعة الخادم، لذلك رفض الخادم التغيير. اضبط التاريخ والوقت والمنطقة الزمنية الصحيحة على هذا الحاسوب؛ التغيير محفوظ هنا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: {code}</source>
        <translation>مرفوض: {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused this change: your role does not allow it.</source>
        <translation>رفض الخادم هذا التغيير: دورك لا يسمح به.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket history</source>
        <translation>سجل التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>معدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>فرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue member</source>
        <translation>عضو قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base article</source>
        <translation>مقالة في قاعدة المعرفة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_conflicts_dialog.py" line="-239"/>
        <location filename="../desk_app/ui/sync_texts.py" line="+15"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_texts.py" line="+89"/>
        <source>Enter the server&apos;s address, for example https://maktab.example.org</source>
        <translation>أدخل عنوان الخادم، مثل ⁦https://maktab.example.org⁩</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+281"/>
        <source>The server address is not valid.</source>
        <translation>عنوان الخادم غير صالح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https:// or http://.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ ⁦https://⁩ أو ⁦http://⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address has no valid host name.</source>
        <translation>لا يحتوي عنوان الخادم على اسم مضيف صالح.</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../desk_app/ui/sync_status.py" line="+57"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln تغيير معلق</numerusform>
            <numerusform>تغيير واحد معلق</numerusform>
            <numerusform>تغييران معلقان</numerusform>
            <numerusform>%Ln تغييرات معلقة</numerusform>
            <numerusform>%Ln تغييرًا معلقًا</numerusform>
            <numerusform>%Ln تغيير معلق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>تغيير واحد مرفوض</numerusform>
            <numerusform>تغييران مرفوضان</numerusform>
            <numerusform>%Ln تغييرات مرفوضة</numerusform>
            <numerusform>%Ln تغييرًا مرفوضًا</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location line="-31"/>
        <source>Not connected to a server</source>
        <translation>غير متصل بخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to the server</source>
        <translation>لم يتم تسجيل الدخول إلى الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — retrying</source>
        <translation>دون اتصال — إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not syncing — see why</source>
        <translation>لا تتم المزامنة — انظر السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at {time}</source>
        <translation>تمت المزامنة الساعة {time}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> · </source>
        <comment>between the parts of the sync state</comment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last synced: {time}</source>
        <translation>آخر مزامنة: {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never synced yet</source>
        <translation>لم تتم أي مزامنة بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk works on its own database. Changes are kept in the outbox and sent once you sign in to a server.</source>
        <translation>يعمل هذا المكتب على قاعدة بياناته الخاصة. تُحفظ التغييرات في صندوق الصادر وتُرسل بعد تسجيل الدخول إلى خادم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes waiting to be sent: {pending}; refused: {rejected}</source>
        <translation>تغييرات بانتظار الإرسال: {pending}؛ مرفوضة: {rejected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts to review: {count}</source>
        <translation>تعارضات بانتظار المراجعة: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to see them.</source>
        <translation>انقر لعرضها.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../desk_app/ui/sync_actions.py" line="+187"/>
        <source>S&amp;ync now</source>
        <translation>مزامنة &amp;الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;in to server…</source>
        <translation>&amp;تسجيل الدخول إلى الخادم…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;صندوق الصادر…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;مراجعة التعارضات…</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>&amp;Conflicts to review (%Ln)…</source>
        <translation>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
            <numerusform>&amp;مراجعة التعارضات (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <location filename="../desk_app/ui/levels_targets.py" line="+27"/>
        <source>Targets per priority (working time)</source>
        <translation>الأهداف حسب الأولوية (بوقت العمل)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written reply</source>
        <translation>الرد المكتوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>التحديث التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{priority}, {target}</source>
        <translation>{priority}، {target}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../desk_app/ui/letter_template_form.py" line="+97"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Insert placeholder</source>
        <translation>أ&amp;درج العنصر النائب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the chosen placeholder where the cursor is in a subject or text</source>
        <translation>يضع العنصر النائب المختار حيث المؤشر في موضوع أو نص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Placeholder:</source>
        <translation>العن&amp;صر النائب:</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../desk_app/ui/admin_templates_page.py" line="+75"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add template</source>
        <translation>أ&amp;ضف قالبًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove template</source>
        <translation>اح&amp;ذف القالب</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Templates</source>
        <translation>ال&amp;قوالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nippets</source>
        <translation>النصوص ال&amp;جاهزة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;vert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save templates</source>
        <translation>احف&amp;ظ القوالب</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+156"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The starter templates: not saved here yet</source>
        <translation>القوالب المبدئية: لم تُحفظ هنا بعد</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The templates cannot be saved yet: {reason}</source>
        <translation>لا يمكن حفظ القوالب بعد: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not saved yet.</source>
        <translation>تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>see the marked templates ({names}).</source>
        <translation>انظر القوالب المعلَّمة ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the marked snippets.</source>
        <translation>انظر النصوص الجاهزة المعلَّمة.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Templates saved; new letters use them now.</source>
        <translation>حُفظت القوالب؛ وتستخدمها الخطابات الجديدة الآن.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone saved the templates meanwhile (version {version}); they are shown now. Make your change again.</source>
        <translation>حفظ شخص آخر القوالب في أثناء ذلك (الإصدار {version})؛ وهي معروضة الآن. أعد إجراء تغييرك.</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_detail_panel.py" line="+96"/>
        <source>Co&amp;mplaint or angry customer</source>
        <translation>&amp;شكوى أو عميل غاضب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee</source>
        <translation>الم&amp;كلف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>اكتب ملاحظة… (Ctrl+Enter لإضافتها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>أ&amp;ضف ملاحظة</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No queue</source>
        <translation>بلا قائمة انتظار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Every %Ln day(s), next %1</source>
        <translation>
            <numerusform>كل %Ln يوم، والتالي %1</numerusform>
            <numerusform>كل يوم، والتالي %1</numerusform>
            <numerusform>كل يومين، والتالي %1</numerusform>
            <numerusform>كل %Ln أيام، والتالي %1</numerusform>
            <numerusform>كل %Ln يومًا، والتالي %1</numerusform>
            <numerusform>كل %Ln يوم، والتالي %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{score} of {top}</source>
        <translation>{score} من {top}</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/ticket_facts.py" line="+113"/>
        <source>No ticket selected. Choose one in the list to read it here.</source>
        <translation>لم تُحدَّد أي تذكرة. اختر تذكرة من القائمة لعرضها هنا.</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <location filename="../desk_app/ui/ticket_header.py" line="+36"/>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../desk_app/ui/ticket_list_panel.py" line="+68"/>
        <source>Search subject, description, customer, number, phone, email… (Ctrl+F)</source>
        <translation>ابحث في الموضوع والوصف والعميل والرقم والهاتف والبريد الإلكتروني… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narrows the chosen view</source>
        <translation>يضيّق العرض المختار</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Any queue</source>
        <translation>أي قائمة انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queues</source>
        <translation>قوائم انتظاري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Reset columns</source>
        <translation>إعادة الأعمدة الافتراضية</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desk_app/ui/ticket_model.py" line="+80"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المكلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>فات الموعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused, missed</source>
        <translation>متوقف، فات الموعد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue {late}</source>
        <translation>متأخرة {late}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clocks are paused while the ticket waits</source>
        <translation>عدّادات مستوى الخدمة متوقفة ما دامت التذكرة في الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A target was missed before the ticket began waiting; the clocks are paused</source>
        <translation>فات موعد أحد أهداف مستوى الخدمة قبل أن تدخل التذكرة في الانتظار، والعدّادات الآن متوقفة</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Complaint: {subject}</source>
        <translation>شكوى: {subject}</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Due {when}</source>
        <translation>الموعد {when}</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
</context>
<context>
    <name>TierGlanceDialog</name>
    <message>
        <location filename="../desk_app/ui/tier_glance_dialog.py" line="+38"/>
        <source>Tiers at a glance</source>
        <translation>لمحة عن المستويات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier and queue</source>
        <translation>المستوى وقائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaching</source>
        <translation>متجاوزة الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated in today</source>
        <translation>صُعّدت إليها اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated out today</source>
        <translation>صُعّدت منها اليوم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tiers and their queues:</source>
        <translation>ال&amp;مستويات وقوائم انتظارها:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;حدّث</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In no queue</source>
        <translation>خارج قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queues yet.</source>
        <translation>لا توجد قوائم انتظار بعد.</translation>
    </message>
</context>
<context>
    <name>TopForm</name>
    <message>
        <location filename="../desk_app/ui/catalogue_top_form.py" line="+37"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default &amp;queue:</source>
        <translation>&amp;قائمة الانتظار الافتراضية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;priority:</source>
        <translation>الأ&amp;ولوية الافتراضية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority &amp;matrix</source>
        <translation>مصفوفة الأو&amp;لوية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact / urgency</source>
        <translation>الأثر / الإلحاح</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact {impact}, urgency {urgency}</source>
        <translation>الأثر {impact}، الإلحاح {urgency}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue ru&amp;les</source>
        <translation>قوا&amp;عد قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue rules</source>
        <translation>قواعد قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category code</source>
        <translation>رمز الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places (separated by ;)</source>
        <translation>الأماكن (تفصل بينها ؛)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add rul&amp;e</source>
        <translation>أ&amp;ضف قاعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rem&amp;ove rule</source>
        <translation>أ&amp;زل القاعدة</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desk_app/services/messages.py" line="+49"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: {length} characters, at most {limit} are allowed.</source>
        <translation>النص طويل جدًا: عدد أحرفه {length}، والحد الأقصى المسموح به {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>رقم الهاتف غير صالح. استخدم الأرقام فقط، ويمكن أن يبدأ بعلامة +.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose one of the offered values.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists.</source>
        <translation>لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains characters that cannot be stored.</source>
        <translation>يحتوي على أحرف لا يمكن حفظها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>أدخل عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The extra fields could not be read.</source>
        <translation>تعذّرت قراءة الحقول الإضافية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a view with this name.</source>
        <translation>لديك عرض بهذا الاسم من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/links.py" line="+43"/>
        <source>A ticket cannot be linked or merged with itself.</source>
        <translation>لا يمكن ربط التذكرة أو دمجها مع نفسها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These tickets are linked already.</source>
        <translation>هاتان التذكرتان مرتبطتان بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These tickets are not linked.</source>
        <translation>هاتان التذكرتان غير مرتبطتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was merged into {number} already.</source>
        <translation>دُمجت هذه التذكرة في {number} من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} was merged into this ticket; merge the other way round.</source>
        <translation>دُمجت {number} في هذه التذكرة؛ ادمج في الاتجاه المعاكس.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ticket has the number {number}.</source>
        <translation>لا توجد تذكرة بالرقم {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several tickets end in {number}; type more of the number.</source>
        <translation>تنتهي عدة تذاكر بـ {number}؛ اكتب جزءًا أكبر من الرقم.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/catalogue.py" line="+84"/>
        <source>The category catalogue {path} cannot be used: {reason}. The built-in catalogue is used instead.</source>
        <translation>لا يمكن استخدام دليل الفئات {path}: {reason}. يُستخدم الدليل المدمج بدلًا منه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>أدخل رقمًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number of at least {low}.</source>
        <translation>أدخل رقمًا لا يقل عن {low}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number of at most {high}.</source>
        <translation>أدخل رقمًا لا يزيد على {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>أدخل تاريخًا صحيحًا بالصيغة سنة-شهر-يوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is of the wrong kind for this field.</source>
        <translation>نوع هذه القيمة لا يناسب هذا الحقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in category catalogue {path} cannot be used: {reason}. Tickets are saved without categories until Maktab is reinstalled.</source>
        <translation>لا يمكن استخدام دليل الفئات المدمج {path}: {reason}. تُحفظ التذاكر دون فئات إلى أن يُعاد تثبيت مكتب.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/priority.py" line="+18"/>
        <source>This priority is not used for the chosen category.</source>
        <translation>هذه الأولوية غير مستخدمة للفئة المختارة.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/contacts.py" line="+33"/>
        <source>A contact lasts less than a day.</source>
        <translation>مدة التواصل أقل من يوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time that is still to come.</source>
        <translation>اختر وقتًا لم يأتِ بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is resolved; reopen it to plan a follow-up.</source>
        <translation>التذكرة محلولة؛ أعد فتحها لتخطيط متابعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/resolution.py" line="+33"/>
        <source>The ticket is resolved already.</source>
        <translation>التذكرة محلولة بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was merged into another; resolve that one.</source>
        <translation>دُمجت هذه التذكرة في أخرى؛ حُلّ تلك التذكرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a resolved or closed ticket can be reopened.</source>
        <translation>لا يُعاد فتح إلا تذكرة محلولة أو مغلقة.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/bulk.py" line="+39"/>
        <source>Resolved or closed: reopen it first.</source>
        <translation>محلولة أو مغلقة: أعد فتحها أولًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/messages.py" line="-25"/>
        <source>Too few digits for a phone number ({count} typed).</source>
        <translation>رقم الهاتف ناقص: عدد أرقامه {count} فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many digits for a phone number ({count} typed).</source>
        <translation>رقم الهاتف أطول من اللازم: عدد أرقامه {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code: after the + comes the code of the country.</source>
        <translation>رمز الدولة غير معروف: بعد علامة + يأتي رمز الدولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid email address: check the characters typed.</source>
        <translation>عنوان البريد الإلكتروني غير صالح: تحقّق من الأحرف المكتوبة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has one @ between a name and a domain.</source>
        <translation>في عنوان البريد الإلكتروني علامة @ واحدة بين الاسم والنطاق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has no spaces.</source>
        <translation>لا مسافات في عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the @ comes a domain name with a dot in it; check that part.</source>
        <translation>بعد علامة @ يأتي اسم نطاق فيه نقطة؛ تحقّق من هذا الجزء.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/people.py" line="+46"/>
        <source>A PIN is made of digits only.</source>
        <translation>الرمز السري أرقام فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN has {low} to {high} digits.</source>
        <translation>الرمز السري من {low} إلى {high} أرقام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name has no spaces.</source>
        <translation>لا مسافات في اسم المستخدم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone already has this user name.</source>
        <translation>اسم المستخدم هذا مستعمل لشخص آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot do this to yourself: ask another administrator.</source>
        <translation>لا يمكنك فعل هذا بنفسك: اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a pause: {left}.</source>
        <translation>الرمز السري خطأ. المحاولات الباقية قبل الإيقاف المؤقت: {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Minutes to wait before trying again: {minutes}.</source>
        <translation>أخطأت في الرمز السري مرات كثيرة. الدقائق الباقية قبل المحاولة مجددًا: {minutes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person has no PIN yet: an administrator sets one under People.</source>
        <translation>ليس لهذا الشخص رمز سري بعد: يعيّنه المسؤول في صفحة الأشخاص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person may no longer use the desk.</source>
        <translation>لم يعد لهذا الشخص أن يستعمل المكتب.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/queues.py" line="+34"/>
        <source>Another queue of this branch already has this name.</source>
        <translation>لقائمة انتظار أخرى في هذا الفرع الاسم نفسه.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/branch_levels.py" line="+78"/>
        <source>Give at least one period of working hours.</source>
        <translation>أدخِل فترة واحدة على الأقل من ساعات العمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period of working hours ends before it starts.</source>
        <translation>تنتهي إحدى فترات العمل قبل أن تبدأ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two periods of working hours overlap.</source>
        <translation>فترتان من ساعات العمل متداخلتان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at least one working day in the week.</source>
        <translation>اترك يوم عمل واحدًا على الأقل في الأسبوع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekday is numbered 1 (Monday) to 7 (Sunday).</source>
        <translation>تُرقَّم أيام الأسبوع من ١ (الاثنين) إلى ٧ (الأحد).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A holiday falls in a year from 1900 to 2200.</source>
        <translation>تقع العطلة في سنة من ١٩٠٠ إلى ٢٢٠٠.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This day is already in the list.</source>
        <translation>هذا اليوم موجود في القائمة من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep at most {limit} holidays.</source>
        <translation>لا تزِد العطلات على {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A target is a whole number of minutes from 1 to {limit}.</source>
        <translation>الهدف عدد صحيح من الدقائق من ١ إلى {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorities are numbered 1 to 4.</source>
        <translation>تُرقَّم الأولويات من ١ إلى ٤.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation.py" line="+73"/>
        <source>The ticket is already in this queue.</source>
        <translation>التذكرة موجودة في قائمة الانتظار هذه بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not send the ticket to this queue this way.</source>
        <translation>لا يمكنك إرسال التذكرة إلى قائمة الانتظار هذه بهذه الطريقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a team lead or supervisor.</source>
        <translation>اختر قائد فريق أو مشرفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person cannot receive tickets.</source>
        <translation>لا يمكن لهذا الشخص استلام التذاكر.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/escalation_policy.py" line="+28"/>
        <source>An escalation rule fires at 75 or 100 percent with a known action.</source>
        <translation>تعمل قاعدة التصعيد عند ٧٥ أو ١٠٠ بالمئة بإجراء معروف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two escalation rules of a priority are the same.</source>
        <translation>قاعدتا تصعيد لهذه الأولوية متطابقتان.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_edit.py" line="+36"/>
        <source>Write the title and the text in Arabic, in English, or in both.</source>
        <translation>اكتب العنوان والنص بالعربية أو بالإنجليزية أو بكلتيهما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This title has no text: write its text.</source>
        <translation>هذا العنوان بلا نص: اكتب نصه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text has no title: give it a title.</source>
        <translation>هذا النص بلا عنوان: أعطه عنوانًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review date has passed: choose a later day.</source>
        <translation>تاريخ المراجعة مضى: اختر يومًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/knowledge_tier0.py" line="+30"/>
        <source>This article is not published, so it cannot answer a call.</source>
        <translation>هذه المقالة غير منشورة، فلا يمكن أن تجيب عن اتصال.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letter_templates.py" line="+43"/>
        <source>Unknown placeholder {{{{{name}}}}}: use one from the list.</source>
        <translation>عنصر نائب غير معروف {{{{{name}}}}}: اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A placeholder is not closed: write it as {{{{name}}}}.</source>
        <translation>عنصر نائب غير مُغلق: اكتبه بالشكل {{{{name}}}}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template needs its Arabic or English text.</source>
        <translation>يحتاج القالب إلى نصه العربي أو الإنجليزي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template code is lower-case Latin letters, digits, - and _.</source>
        <translation>رمز القالب حروف لاتينية صغيرة وأرقام والعلامتان - و _.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two templates have the code {code}.</source>
        <translation>لقالبين الرمز نفسه {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of letter.</source>
        <translation>نوع خطاب غير معروف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} templates are allowed.</source>
        <translation>لا يُسمح بأكثر من {limit} من القوالب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a library of letter templates.</source>
        <translation>هذه ليست مكتبة قوالب خطابات.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/saved_reports.py" line="+44"/>
        <source>The last day comes before the first.</source>
        <translation>اليوم الأخير يسبق اليوم الأول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} days in one report.</source>
        <translation>لا يزيد التقرير الواحد على {limit} يوم.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachment_types.py" line="+19"/>
        <source>The file is too big: {size} MB; at most {limit} MB can be attached.</source>
        <translation>الملف كبير جدًا: {size} ميغابايت، والحد الأقصى للمرفق {limit} ميغابايت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs cannot be attached: this file is an executable or a script.</source>
        <translation>لا يمكن إرفاق البرامج: هذا الملف برنامج تنفيذي أو نص برمجي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of file cannot be attached. Attach a PDF, an image (PNG, JPEG, TIFF, GIF), a text file, or an Office or OpenDocument file.</source>
        <translation>لا يمكن إرفاق هذا النوع من الملفات. أرفق مستند بي دي إف، أو صورة، أو ملفًا نصيًا، أو مستند أوفيس أو أوبن دوكيومنت.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/attachments.py" line="+51"/>
        <source>Attach the file to a ticket or a register entry.</source>
        <translation>أرفق الملف بتذكرة أو بقيد في سجل المراسلات.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_out.py" line="+38"/>
        <source>E-mail is not set up on this desk: ask an administrator.</source>
        <translation>البريد الإلكتروني غير مُعدّ في هذا المكتب: اطلب ذلك من المسؤول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server did not accept the letter; it was not sent.</source>
        <translation>لم يقبل خادم البريد الخطاب؛ ولم يُرسل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server could not be reached; the letter was not sent.</source>
        <translation>تعذّر الوصول إلى خادم البريد؛ ولم يُرسل الخطاب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the user name or password kept on this computer.</source>
        <translation>رفض خادم البريد اسم المستخدم أو كلمة المرور المحفوظة في هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/email_settings.py" line="+34"/>
        <source>Give the mail server&apos;s name or address.</source>
        <translation>أدخل اسم خادم البريد أو عنوانه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server name has letters, digits, dots and hyphens only.</source>
        <translation>يتكوّن اسم الخادم من حروف وأرقام ونقاط وشرطات فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the address letters are sent from.</source>
        <translation>أدخل العنوان الذي تُرسل منه الخطابات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring to keep the password in: mail cannot be set up here.</source>
        <translation>لا توجد في هذا الحاسوب حافظة مفاتيح لحفظ كلمة المرور: لا يمكن إعداد البريد هنا.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/letters.py" line="+55"/>
        <source>This template has no text in the language chosen: choose another template or language.</source>
        <translation>ليس لهذا القالب نص باللغة المختارة: اختر قالبًا آخر أو لغة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no postal address: add it to the customer, or send it another way.</source>
        <translation>ليس للعميل عنوان بريدي: أضفه إلى بيانات العميل، أو أرسل بطريقة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no e-mail address: add it to the customer, or send it another way.</source>
        <translation>ليس للعميل عنوان بريد إلكتروني: أضفه إلى بيانات العميل، أو أرسل بطريقة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the fax goes: a fax number.</source>
        <translation>حدّد وجهة الفاكس: رقم الفاكس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer to write to: choose the customer first.</source>
        <translation>ليس لهذه التذكرة عميل يُكتب إليه: اختر العميل أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter has no text: write it before saving.</source>
        <translation>الخطاب بلا نص: اكتبه قبل الحفظ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template is no longer in the library.</source>
        <translation>لم يعد هذا القالب في المكتبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a memo template: a letter template is for customers.</source>
        <translation>اختر قالب مذكرة: قالب الخطاب للعملاء.</translation>
    </message>
    <message>
        <location filename="../desk_app/services/register.py" line="+87"/>
        <source>A memo is internal: register letters, faxes and e-mails as incoming or outgoing.</source>
        <translation>المذكرة داخلية: سجّل الخطابات والفاكسات والرسائل الإلكترونية على أنها واردة أو صادرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An internal entry is a memo.</source>
        <translation>القيد الداخلي مذكرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say whom the memo is for: a person, a queue or a department.</source>
        <translation>حدّد لمن المذكرة: شخص أو قائمة انتظار أو قسم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply answers an incoming item: choose a received letter, fax or e-mail.</source>
        <translation>الرد يجيب عن وارد: اختر خطابًا أو فاكسًا أو رسالة إلكترونية مستلمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an outgoing item can be a reply.</source>
        <translation>لا يكون ردًّا إلا الصادر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Arabic or English.</source>
        <translation>اختر العربية أو الإنجليزية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future: check it.</source>
        <translation>هذا التاريخ في المستقبل: تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/register_record_dialog.py" line="-157"/>
        <source>This file cannot be read: check it is still there.</source>
        <translation>تعذّرت قراءة الملف: تأكد أنه ما زال موجودًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/snippets.py" line="+28"/>
        <source>A snippet&apos;s name is one word of letters, digits, - and _.</source>
        <translation>اسم النص الجاهز كلمة واحدة من حروف وأرقام والعلامتين - و _.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two snippets are called {name}.</source>
        <translation>نصّان جاهزان بالاسم نفسه {name}.</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <location filename="../desk_app/ui/view_dialogs.py" line="-50"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
</context>
<context>
    <name>WeekendBox</name>
    <message>
        <location filename="../desk_app/ui/levels_hours.py" line="+100"/>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desk_app/ui/admin_audit_page.py" line="-187"/>
        <source>Export the audit log</source>
        <translation>صدّر سجل التدقيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
</TS>
