<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>أين تريد حفظ النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>النسخة الاحتياطية ملف واحد فيه كل معلوماتك. هو مقفل بكلمة سر خاصة بالنسخة الاحتياطية. احفظ الملف في مكان آمن، مثلًا عند شخص تثق به.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>اختر كلمة سر للنسخة الاحتياطية تختلف عن رقمك السري. بدونها لا يستطيع أحد فتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>كلمة سر النسخة الاحتياطية (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>اكتب كلمة سر النسخة الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>The backup is saved.</source>
        <translation>تم حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>اختر مكان الحفظ</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة السر</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرقم السري</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>كلمة السر الحالية</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>الرقم السري الحالي</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة سر جديدة (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>رقم سري جديد (6 أرقام على الأقل)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>اكتب كلمة السر مرة أخرى</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>اكتب الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>تم. من الآن استخدم الجديد.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة (%Ln).</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين (%Ln).</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>جارٍ التغيير. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>استخدم رقمًا سريًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>استخدم كلمة سر بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>هذا الجزء ليس جاهزًا بعد. سيأتي في تحديث قادم. لا يُحفَظ هنا أي شيء حتى الآن.</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>لا يستطيع تطبيق Samen فتح معلوماتك</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>المعلومات المحفوظة تالفة.</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>لم يغيّر تطبيق Samen أي شيء ولم يحذف شيئًا.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>احذف كل شيء وابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>هنا سترى تواريخك المهمة، مثل آخر يوم لتقديم الطلب. سيذكّرك Samen في الوقت المناسب.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>هنا ستجيب عن أسئلة بسيطة، سؤالًا بعد سؤال. ثم يُظهر لك Samen مَن مِن عائلتك يمكنه القدوم، وآخر موعد لتقديم الطلب.</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</source>
        <translation>هذا يحذف كل معلوماتك من Samen: الإجابات والعائلة والوثائق والتواريخ. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>أنشئ نسخة احتياطية أولًا، حتى تستطيع استعادة معلوماتك لاحقًا.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>أنشئ نسخة احتياطية أولًا</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>أفهم أنه لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>جارٍ الحذف.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>العائلة والوثائق</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>هنا ستضيف أفراد عائلتك. لكل شخص سترى الأوراق المطلوبة. يمكنك حفظ صور الأوراق بأمان داخل هذا التطبيق.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>هل نسيت رقمك السري؟</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>بدون رقمك السري لا يستطيع تطبيق Samen فتح معلوماتك. لا أحد يستطيع، ولا حتى صانعو Samen.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>يمكنك حذف كل شيء والبدء من جديد. إذا كنت قد أنشأت نسخة احتياطية، يمكنك استعادتها بعد ذلك بكلمة سرها.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>احذف كل شيء وابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>اعرضه على مساعد</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>هنا ستعرض ملخصًا قصيرًا باللغة الهولندية على متطوع أو محامٍ، ليستطيع مساعدتك بسرعة.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>أحضِر عائلتك إلى هولندا، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>أجب عن أسئلة بسيطة حول عائلتك.</translation>
    </message>
    <message>
        <source>Family and documents</source>
        <translation>العائلة والوثائق</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>الأوراق التي يحتاجها كل شخص.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Apply in time. Samen reminds you.</source>
        <translation>قدّم طلبك في الوقت المناسب. Samen يذكّرك.</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>اعرضه على مساعد</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>ملخص قصير باللغة الهولندية لمتطوع.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>اللغة، ومعلومات عن هذا التطبيق.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>اضغط على لغتك. يمكنك تغييرها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>طلب لمّ شمل العائلة</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>قرار IND</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>الاعتراض</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>استلام تأشيرة mvv</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>السفر بتأشيرة mvv</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>أول زيارة لطبيب العائلة</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>الرد على رسالة من IND</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>لديك موعد عليك أن تتحقق منه.</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1: اليوم.</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1: اليوم، %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1: بقي %n يوم.</numerusform>
            <numerusform>%1: بقي يوم واحد (%n).</numerusform>
            <numerusform>%1: بقي يومان (%n).</numerusform>
            <numerusform>%1: بقيت %n أيام.</numerusform>
            <numerusform>%1: بقي %n يومًا.</numerusform>
            <numerusform>%1: بقي %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: بقي %n يوم، حتى %2.</numerusform>
            <numerusform>%1: بقي يوم واحد (%n)، حتى %2.</numerusform>
            <numerusform>%1: بقي يومان (%n)، حتى %2.</numerusform>
            <numerusform>%1: بقيت %n أيام، حتى %2.</numerusform>
            <numerusform>%1: بقي %n يومًا، حتى %2.</numerusform>
            <numerusform>%1: بقي %n يوم، حتى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>تطبيق Samen: موعد للتحقق</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>اختر ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>هذا يستبدل كل المعلومات في Samen بالمعلومات الموجودة في النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>ملف النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>كلمة سر النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>عادت معلوماتك.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>جارٍ فحص النسخة الاحتياطية واستعادتها.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>عن Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>يعمل Samen بدون إنترنت. لا يرسل معلوماتك إلى أي مكان.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>معلوماتك مقفلة على هذا الهاتف. يقفل Samen نفسه عندما تخرج من التطبيق أو لا تستخدمه مدة 5 دقائق.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>اقفل Samen الآن</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة السر</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرقم السري</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>حذف كل شيء</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>احمِ معلوماتك</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>اختر كلمة سر. يطلبها Samen كل مرة تفتح فيها التطبيق. كل ما تحفظه يبقى مقفلًا على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>اختر رقمًا سريًا من 6 أرقام على الأقل. يطلبه Samen كل مرة تفتح فيها التطبيق. كل ما تحفظه يبقى مقفلًا على هذا الهاتف.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة سر جديدة (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>رقم سري جديد (6 أرقام على الأقل)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>اكتب كلمة السر مرة أخرى</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>اكتب الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>مهم: إذا نسيت رقمك السري فلن يستطيع أحد فتح معلوماتك، ولا حتى صانعو Samen. أنشئ نسخة احتياطية من الإعدادات، حتى تستطيع استعادتها.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>اقفل معلوماتي</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>جارٍ قفل معلوماتك. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>استخدم رقمًا سريًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>استخدم كلمة سر بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>سهلة التخمين. أضف كلمات أو أرقامًا أكثر.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>جيدة. كلمة السر الأطول أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>كلمة سر قوية.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>تطبيق Samen مقفل</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة (%Ln).</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين (%Ln).</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>جارٍ الفتح. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>نسيت كلمة السر</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>نسيت الرقم السري</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>لم يستطع تطبيق Samen قراءة ملفاته أو كتابتها. تأكد أن في الهاتف مساحة فارغة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>هذا الرقم السري قصير جدًا. استخدم 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>كلمة السر هذه قصيرة جدًا. استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>كلمة السر هذه غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>هذا الرقم السري غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>محاولات خاطئة كثيرة. انتظر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>لا يستطيع تطبيق Samen فتح معلوماتك: مفتاحه تالف. يمكنك حذف كل شيء والبدء من جديد، ثم استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>رقمك السري صحيح، لكن المعلومات المحفوظة تالفة. استعد نسخة احتياطية لاسترجاعها.</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>كلمة سر النسخة الاحتياطية غير صحيحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup password is too short. Use at least 8 characters.</source>
        <translation>كلمة سر النسخة الاحتياطية قصيرة جدًا. استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Samen. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>هذه النسخة الاحتياطية صُنعت بإصدار أحدث من Samen. حدّث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>ملف النسخة الاحتياطية هذا تالف أو ناقص. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>افتح Samen برقمك السري أولًا.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>تعذّرت قراءة الملف أو كتابته. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>تطبيق Samen مُعدّ مسبقًا على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>تعذّر حذف كل شيء. حاول مرة أخرى.</translation>
    </message>
</context>
</TS>
