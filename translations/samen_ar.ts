<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddDeadlinePage</name>
    <message>
        <source>Whole family</source>
        <translation>كل العائلة</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>إضافة تاريخ من رسالة IND</translation>
    </message>
    <message>
        <source>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</source>
        <translation>غالبًا تطلب IND أن تجيب قبل تاريخ معيّن. يُرجى كتابة هذا التاريخ هنا. سيذكّرك Samen‏.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>لمن؟</translation>
    </message>
    <message>
        <source>What does the letter ask?</source>
        <translation>ماذا تطلب الرسالة؟</translation>
    </message>
    <message>
        <source>For example: send the DNA form</source>
        <translation>مثلًا: إرسال استمارة DNA</translation>
    </message>
    <message>
        <source>Only you see these words. Reminders never show them.</source>
        <translation>أنت فقط ترى هذه الكلمات. التذكيرات لا تُظهرها أبدًا.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>الإجابة قبل</translation>
    </message>
</context>
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
        <translation>النسخة الاحتياطية ملف واحد فيه كل معلوماتك. هو مقفل بكلمة سر خاصة بالنسخة الاحتياطية. يُرجى حفظ الملف في مكان آمن، مثلًا عند شخص تثق به.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>يُرجى اختيار كلمة سر للنسخة الاحتياطية تختلف عن رقمك السري. بدونها لا يستطيع أحد فتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>كلمة سر النسخة الاحتياطية (٨ أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>كتابة كلمة سر النسخة الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>اختيار مكان الحفظ</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The backup is saved: %1</source>
        <translation>تم حفظ النسخة الاحتياطية: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Take a photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</source>
        <translation>لا يجد Samen كاميرا على هذا الجهاز. يُرجى استخدام «إضافة صورة أو ملف» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Put the paper on a table in good light. Make sure all corners are in the picture.</source>
        <translation>يُرجى وضع الوثيقة على طاولة في ضوء جيد، والتأكد من أن كل الزوايا داخل الصورة.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>التقاط الصورة</translation>
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
        <translation>كلمة سر جديدة (٨ أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>رقم سري جديد (٦ أرقام على الأقل)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>كتابة كلمة السر مرة أخرى</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>كتابة الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>تم. من الآن يُستخدم الجديد.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة (%Ln)‏.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين (%Ln)‏.</numerusform>
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
        <translation>استخدام رقم سري بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>استخدام كلمة سر بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</source>
        <translation>تغيير، مع إعطاء معلوماتك مفتاحًا جديدًا أيضًا (أكثر أمانًا إن كان أحد قد نسخ الهاتف؛ يستغرق وقتًا أطول)</translation>
    </message>
</context>
<context>
    <name>ChooserFit</name>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <translation>حذف كل شيء والبدء من جديد</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</source>
        <translation>بعض الأمور في الطريق تكلّف مالًا. يعرض Samen مبلغًا فقط حين يذكره مصدر رسمي. وحين تختلف الأسعار، يقول ذلك.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>القواعد والأرقام محدّثة حتى %1.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>المبلغ: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Solar calendar (Hijri shamsi)</source>
        <translation>التقويم الهجري الشمسي</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>التقويم الإثيوبي</translation>
    </message>
    <message>
        <source>This month has only %1 days in that year. Please choose another day.</source>
        <translation>هذا الشهر فيه %1 يومًا فقط في تلك السنة. يُرجى اختيار يوم آخر.</translation>
    </message>
    <message>
        <source>This year has only %1 months.</source>
        <translation>هذه السنة فيها %1 شهرًا فقط.</translation>
    </message>
    <message>
        <source>This year is not possible. Please check it.</source>
        <translation>هذه السنة غير ممكنة. يُرجى التحقق منها.</translation>
    </message>
    <message>
        <source>Gregorian (European) calendar</source>
        <translation>التقويم الميلادي (الأوروبي)</translation>
    </message>
    <message>
        <source>This day is after today. Please check the year.</source>
        <translation>هذا اليوم بعد اليوم الحالي. يُرجى التحقق من السنة.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>استخدام هذا التاريخ</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>يمكنك تقديم الطلب من: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخر يوم: %1</translation>
    </message>
    <message>
        <source>This date is from your IND letter.</source>
        <translation>هذا التاريخ من رسالة IND التي وصلتك.</translation>
    </message>
    <message>
        <source>Reminders are paused for now.</source>
        <translation>التذكيرات متوقفة الآن.</translation>
    </message>
    <message>
        <source>I did this</source>
        <translation>فعلت هذا</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>التذكير غدًا</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>التذكير بعد أسبوع</translation>
    </message>
    <message>
        <source>Delete this date</source>
        <translation>حذف هذا التاريخ</translation>
    </message>
    <message>
        <source>The IND must decide by this day. You do not need to do anything for it.</source>
        <translation>يجب أن تقرّر IND حتى هذا اليوم. لا يلزمك فعل شيء من أجل ذلك.</translation>
    </message>
    <message>
        <source>I sent the application: enter the date</source>
        <translation>أرسلت الطلب: إدخال التاريخ</translation>
    </message>
    <message>
        <source>This happened: enter the date</source>
        <translation>حدث هذا: إدخال التاريخ</translation>
    </message>
    <message>
        <source>Undo: not done yet (removes the date of this step)</source>
        <translation>تراجع: لم يتم بعد (يحذف تاريخ هذه الخطوة)</translation>
    </message>
    <message>
        <source>Undo: not done yet</source>
        <translation>تراجع: لم يتم بعد</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>بحسب إجابتك عن الأسئلة عن عائلتك، تم إرسال الطلب. لتغيير ذلك، يُرجى تغيير تلك الإجابة.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</source>
        <translation>هنا ترى تواريخك المهمة، مثل آخر يوم لتقديم الطلب. يُرجى أولًا الإجابة عن الأسئلة عن عائلتك. عندها يعرف Samen تواريخك ويذكّرك في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>بدء الأسئلة</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>خطوات الإجراء</translation>
    </message>
    <message>
        <source>Enter the dates of each step. Samen counts the deadlines.</source>
        <translation>يُرجى كتابة تاريخ كل خطوة. Samen يحسب المواعيد النهائية.</translation>
    </message>
    <message>
        <source>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</source>
        <translation>لا توجد تواريخ بعد. يُرجى كتابة التاريخ الموجود على رسالة IND في الأسئلة، أو تواريخ الخطوات.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>إضافة تاريخ من رسالة IND</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>إضافة إلى تقويمي</translation>
    </message>
    <message>
        <source>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</source>
        <translation>يحفظ Samen ملف تقويم. هذا الملف غير مقفل: أي شخص معه هاتفك يمكنه قراءته. يُظهر فقط «تطبيق Samen‏: موعد للتحقق»، إلا إذا اخترت تفاصيل أكثر في الإعدادات.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>إضافة ملاحظاتي</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>The dates are saved. Open the file with your calendar.</source>
        <translation>تم حفظ التواريخ. يمكنك فتح الملف بتطبيق التقويم.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete this date? Samen will not remind you of it any more.</source>
        <translation>هل تريد حذف هذا التاريخ؟ لن يذكّرك Samen به بعد الآن.</translation>
    </message>
    <message>
        <source>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</source>
        <translation>هذا يحذف تاريخ هذه الخطوة (للمهلة: يوم إرسال الطلب)‏. ويبدأ العدّ من جديد. هل أنت متأكد؟</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>حذف التاريخ</translation>
    </message>
    <message>
        <source>Yes, remove the date</source>
        <translation>نعم، حذف التاريخ</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo with example data. PIN: %1</source>
        <translation>عرض تجريبي ببيانات مثال. الرقم السري: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>This page could not be deleted. Try again.</source>
        <translation>تعذّر حذف هذه الصفحة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The page is deleted.</source>
        <translation>تم حذف الصفحة.</translation>
    </message>
    <message>
        <source>This file cannot be opened. Choose another file.</source>
        <translation>لا يمكن فتح هذا الملف. يُرجى اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>هذا الملف فارغ. يُرجى اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>This file is too big. The limit is %1 MB.</source>
        <translation>هذا الملف كبير جدًا. الحد الأقصى %1 ميغابايت.</translation>
    </message>
    <message>
        <source>This picture is too large. Choose a smaller picture or take a photo.</source>
        <translation>هذه الصورة كبيرة جدًا. يُرجى اختيار صورة أصغر أو التقاط صورة.</translation>
    </message>
    <message>
        <source>This kind of file cannot be added. Choose a photo or a PDF file.</source>
        <translation>لا يمكن إضافة هذا النوع من الملفات. يُرجى اختيار صورة أو ملف PDF‏.</translation>
    </message>
    <message>
        <source>This picture is damaged. Choose another file or take a new photo.</source>
        <translation>هذه الصورة تالفة. يُرجى اختيار ملف آخر أو التقاط صورة جديدة.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Choose another file.</source>
        <translation>ملف PDF هذا تالف. يُرجى اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>The file could not be saved. Try again.</source>
        <translation>تعذّر حفظ الملف. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The page is added.</source>
        <translation>تمت إضافة الصفحة.</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>لا يوجد شيء للحفظ بعد.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>The copies could not be saved there. Choose another folder.</source>
        <translation>تعذّر حفظ النسخ هناك. يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies saved. Delete them after you have uploaded them.</source>
        <translation>
            <numerusform>حُفظت %n نسخة. يُرجى حذفها بعد رفعها.</numerusform>
            <numerusform>حُفظت %n نسخة. يُرجى حذفها بعد رفعها.</numerusform>
            <numerusform>حُفظت %n نسختان. يُرجى حذفهما بعد رفعهما.</numerusform>
            <numerusform>حُفظت %n نسخ. يُرجى حذفها بعد رفعها.</numerusform>
            <numerusform>حُفظت %n نسخة. يُرجى حذفها بعد رفعها.</numerusform>
            <numerusform>حُفظت %n نسخة. يُرجى حذفها بعد رفعها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilesPage</name>
    <message>
        <source>Photos and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>اختيار صورة أو ملف PDF</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>صور وملفات PDF</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>أين تريد حفظ النسخ؟</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>النسخ غير مقفلة. يمكن لأي شخص يستخدم هذا الهاتف أن يراها. يُرجى حذف النسخ بعد رفعها إلى موقع IND‏.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>فهمت. اختيار مجلد</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>هل تريد حذف هذه الصفحة؟ لا يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>حذف الصفحة</translation>
    </message>
    <message>
        <source>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</source>
        <translation>لا توجد وثائق هنا بعد. يُرجى أولًا الإجابة عن الأسئلة حول عائلتك. ثم يُظهر لك Samen الوثائق التي يحتاجها كل شخص، ويمكنك إضافة صورها هنا.</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>الإجابة عن الأسئلة</translation>
    </message>
    <message>
        <source>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</source>
        <translation>الصور والملفات التي تضيفها هنا مقفلة داخل Samen‏. لا توضع في معرض صور هاتفك.</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>لا توجد صور أو ملفات لهذه الوثيقة بعد.</translation>
    </message>
    <message>
        <source>Working on it. This can take a moment.</source>
        <translation>جارٍ العمل. قد يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>إضافة صورة أو ملف</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Save copies of all papers of this person</source>
        <translation>حفظ نسخ من كل وثائق هذا الشخص</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>اختيار هذا المجلد</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>This person needs no papers for now.</source>
        <translation>هذا الشخص لا يحتاج إلى وثائق الآن.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>لـ: %1</translation>
    </message>
    <message>
        <source>Where is this paper now?</source>
        <translation>أين هذه الوثيقة الآن؟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <source>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</source>
        <translation>يمكنك هنا حفظ صورة أو ملف PDF لهذه الوثيقة. تبقى مقفلة داخل هذا التطبيق، وليس في معرض الصور.</translation>
    </message>
    <message>
        <source>See the photos and files</source>
        <translation>عرض الصور والملفات</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>إضافة صورة أو ملف</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>وثيقة</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>A passport or ID card shows who this person is. The IND needs a copy.</source>
        <translation>جواز السفر أو بطاقة الهوية يُظهر من هو هذا الشخص. تحتاج IND إلى نسخة منه.</translation>
    </message>
    <message>
        <source>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</source>
        <translation>الوثيقة الرسمية لزواجك. تُظهر أنكما تزوجتما قبل أن تأتي إلى هولندا.</translation>
    </message>
    <message>
        <source>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</source>
        <translation>أنتما غير متزوجين. يُرجى إثبات أنكما كنتما زوجين قبل مجيئك، مثلًا بصور أو رسائل أو وثائق عليها اسماكما.</translation>
    </message>
    <message>
        <source>The birth certificate shows who the parents are. It proves that you are family.</source>
        <translation>شهادة الميلاد تُظهر من هما الوالدان. وهي تثبت أنكم عائلة.</translation>
    </message>
    <message>
        <source>The official papers of the adoption. They show that the child is legally yours.</source>
        <translation>الوثائق الرسمية للتبني. تُظهر أن الطفل طفلك قانونيًا.</translation>
    </message>
    <message>
        <source>Papers or other proof that the child already lived with your family before you fled.</source>
        <translation>وثائق أو إثباتات أخرى أن الطفل كان يعيش مع عائلتك قبل أن تهرب.</translation>
    </message>
    <message>
        <source>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</source>
        <translation>الوالد الآخر للطفل يبقى هناك. يجب أن يكتب ويوقّع أن الطفل يمكنه الذهاب إلى هولندا.</translation>
    </message>
    <message>
        <source>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</source>
        <translation>من عمر ١٢ سنة قد تطلب IND وثيقة من الشرطة. تقول إن كان لهذا الشخص سجل جنائي.</translation>
    </message>
    <message>
        <source>From age 15, the IND may ask for a paper that says if this person is married or not.</source>
        <translation>من عمر ١٥ سنة قد تطلب IND وثيقة تقول إن كان هذا الشخص متزوجًا أم لا.</translation>
    </message>
    <message>
        <source>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</source>
        <translation>الوثائق التي ليست بالهولندية أو الإنجليزية أو الفرنسية أو الألمانية يجب أن يترجمها مترجم محلّف.</translation>
    </message>
    <message>
        <source>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</source>
        <translation>لا توجد وثائق؟ يُرجى إرسال إثبات آخر لمن هو هذا الشخص، مثل هوية قديمة أو وثيقة مدرسية أو تسجيل في مخيم، وإخبار IND لماذا لا يوجد جواز سفر.</translation>
    </message>
    <message>
        <source>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</source>
        <translation>لا توجد وثائق؟ يُرجى إرسال إثبات آخر أنكم عائلة، مثل صور أو دفتر تطعيم أو تسجيل في مخيم. قد تعرض IND فحص DNA أو مقابلة.</translation>
    </message>
    <message>
        <source>From Syria: the Syrian ID card or a passport.</source>
        <translation>من سوريا: البطاقة الشخصية السورية أو جواز سفر.</translation>
    </message>
    <message>
        <source>From Eritrea: the Eritrean ID card or a passport.</source>
        <translation>من إريتريا: بطاقة الهوية الإريترية أو جواز سفر.</translation>
    </message>
    <message>
        <source>From Afghanistan: the tazkira (ID paper) or a passport.</source>
        <translation>من أفغانستان: التذكرة (وثيقة الهوية) أو جواز سفر.</translation>
    </message>
    <message>
        <source>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>من الصومال: جواز سفر أو بطاقة هوية إن وُجدت. إن لم توجد، يُرجى قراءة «لا توجد وثائق؟».</translation>
    </message>
    <message>
        <source>From Yemen: a passport or ID card.</source>
        <translation>من اليمن: جواز سفر أو بطاقة هوية.</translation>
    </message>
    <message>
        <source>From Syria: the marriage certificate and the family booklet.</source>
        <translation>من سوريا: عقد الزواج ودفتر العائلة.</translation>
    </message>
    <message>
        <source>From Afghanistan: the nikah-nama (marriage paper).</source>
        <translation>من أفغانستان: النكاح‌نامه (وثيقة الزواج)‏.</translation>
    </message>
    <message>
        <source>From Eritrea: the marriage paper or a certificate from the church.</source>
        <translation>من إريتريا: وثيقة الزواج أو شهادة من الكنيسة.</translation>
    </message>
    <message>
        <source>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>من الصومال: عقد زواج إن وُجد. إن لم يوجد، يُرجى قراءة «لا توجد وثائق؟».</translation>
    </message>
    <message>
        <source>From Yemen: the marriage certificate.</source>
        <translation>من اليمن: عقد الزواج.</translation>
    </message>
    <message>
        <source>From Syria: the birth certificate and the family booklet.</source>
        <translation>من سوريا: شهادة الميلاد ودفتر العائلة.</translation>
    </message>
    <message>
        <source>From Eritrea: the birth certificate or a certificate from the church.</source>
        <translation>من إريتريا: شهادة الميلاد أو شهادة من الكنيسة.</translation>
    </message>
    <message>
        <source>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>من الصومال: شهادة ميلاد إن وُجدت. إن لم توجد، يُرجى قراءة «لا توجد وثائق؟».</translation>
    </message>
    <message>
        <source>From Yemen: the birth certificate.</source>
        <translation>من اليمن: شهادة الميلاد.</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>جواز السفر أو بطاقة الهوية</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>عقد الزواج</translation>
    </message>
    <message>
        <source>Proof of your relationship</source>
        <translation>إثبات العلاقة</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>شهادة الميلاد</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>وثائق التبني</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>إثبات الكفالة (الرعاية)</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>موافقة الوالد الآخر</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>شهادة السجل العدلي (من الشرطة)</translation>
    </message>
    <message>
        <source>Proof of marital status</source>
        <translation>شهادة الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Sworn translations</source>
        <translation>ترجمات محلّفة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>طلبتُها</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>عندي</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>مترجَمة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>من أفغانستان: شهادة ميلاد إن وُجدت. إن لم توجد، يُرجى قراءة «لا توجد وثائق؟».</translation>
    </message>
    <message>
        <source>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</source>
        <translation>الطريق العادي له رسوم (leges)‏. لمّ الشمل (nareis) مجاني. موقع IND يذكر المبلغ؛ Samen لا يذكره، لأنه يتغيّر.</translation>
    </message>
    <message>
        <source>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</source>
        <translation>في الطريق العادي قد يحتاج فرد عائلتك أولًا إلى النجاح في امتحان الاندماج في الخارج (basisexamen inburgering buitenland)‏.</translation>
    </message>
    <message>
        <source>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</source>
        <translation>في الطريق العادي يجب أن تُثبت أن لديك دخلًا كافيًا خاصًا بك وبيتًا. يُرجى الاحتفاظ بقسائم الراتب وعقد الإيجار.</translation>
    </message>
    <message>
        <source>On the regular route your family member needs health insurance from the day of arrival.</source>
        <translation>في الطريق العادي يحتاج فرد عائلتك إلى تأمين صحي من يوم وصوله.</translation>
    </message>
    <message>
        <source>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</source>
        <translation>في الطريق العادي تطلب IND عادةً وثائق مصدّقة: أختام من البلد الذي أصدر الوثيقة ومن السفارة الهولندية.</translation>
    </message>
    <message>
        <source>Fee for the regular route</source>
        <translation>رسوم الطريق العادي</translation>
    </message>
    <message>
        <source>Civic integration exam abroad</source>
        <translation>امتحان الاندماج في الخارج</translation>
    </message>
    <message>
        <source>Proof of income and a home</source>
        <translation>إثبات الدخل والسكن</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>التأمين الصحي</translation>
    </message>
    <message>
        <source>Legalised documents</source>
        <translation>وثائق مصدّقة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</source>
        <translation>يُرجى إثبات أنكما كنتما تعيشان معًا قبل مجيئك، مثلًا بصور أو رسائل إلى العنوان نفسه أو عقد إيجار.</translation>
    </message>
    <message>
        <source>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</source>
        <translation>لا يمكن الحصول عليها، مثلًا لأن الوالد الآخر تُوفّي أو لا يمكن العثور عليه؟ يُرجى كتابة السبب، وإرسال ما يُثبت ذلك، مثل شهادة الوفاة.</translation>
    </message>
    <message>
        <source>Proof that you lived together</source>
        <translation>إثبات العيش معًا</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>يُرجى الإجابة عن أسئلة بسيطة، سؤالًا بعد سؤال. بعدها يُظهر لك تطبيق Samen من يستطيع القدوم من عائلتك، وقبل أي تاريخ يجب أن تقدّم الطلب.</translation>
    </message>
    <message>
        <source>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</source>
        <translation>إذا كنت لا تعرف الجواب، يُرجى اختيار «لا أعرف». يمكنك الرجوع وتغيير أي جواب في أي وقت.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>بدء الأسئلة</translation>
    </message>
    <message>
        <source>Go on where you stopped</source>
        <translation>المتابعة من حيث توقفت</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>عرض النتيجة</translation>
    </message>
    <message>
        <source>Change answers or add a person</source>
        <translation>تغيير الأجوبة أو إضافة شخص</translation>
    </message>
    <message>
        <source>Start again (delete all answers)</source>
        <translation>البدء من جديد (حذف كل الأجوبة)</translation>
    </message>
    <message>
        <source>All your answers will be deleted. Are you sure?</source>
        <translation>ستُحذف كل أجوبتك. هل أنت متأكد؟</translation>
    </message>
    <message>
        <source>Yes, delete all answers</source>
        <translation>نعم، حذف كل الأجوبة</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>يُرجى إنشاء نسخة احتياطية أولًا، حتى تستطيع استعادة معلوماتك لاحقًا.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>إنشاء نسخة احتياطية أولًا</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>أفهم أنه لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>جارٍ الحذف.</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</source>
        <translation>هذا يحذف كل معلوماتك من Samen‏: الإجابات والعائلة والوثائق والتواريخ. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>FamilyController</name>
    <message>
        <source>Not in the eligibility questions</source>
        <translation>لم يرد في الأسئلة</translation>
    </message>
    <message>
        <source>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</source>
        <translation>يبلغ ١٨ سنة في %1. من الأفضل إرسال الطلب قبل ذلك اليوم إن أمكن: العمر يوم تقديم الطلب هو الذي يُحسب.</translation>
    </message>
    <message>
        <source>No papers on the list</source>
        <translation>لا توجد وثائق في القائمة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 papers ready</source>
        <translation>
            <numerusform>%1 من %2 وثيقة جاهزة</numerusform>
            <numerusform>%1 من %2 وثيقة جاهزة</numerusform>
            <numerusform>%1 من %2 وثيقتين جاهزة</numerusform>
            <numerusform>%1 من %2 وثائق جاهزة</numerusform>
            <numerusform>%1 من %2 وثيقة جاهزة</numerusform>
            <numerusform>%1 من %2 وثيقة جاهزة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s place in the family, then their name</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FamilyEmptyState</name>
    <message>
        <source>No family members yet. Add them with the questions about your family. Then you see here which papers each person needs.</source>
        <translation>لا يوجد أفراد من العائلة بعد. يمكنك إضافتهم من خلال الأسئلة عن عائلتك. بعدها ترى هنا الوثائق التي يحتاجها كل شخص.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>إضافة فرد من العائلة</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Tap a person to see which papers they need.</source>
        <translation>يُرجى الضغط على شخص لرؤية الوثائق التي يحتاجها.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>إضافة فرد من العائلة</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>العائلة والوثائق</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
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
        <translation>بدون رقمك السري لا يستطيع تطبيق Samen فتح معلوماتك. لا أحد يستطيع، ولا حتى صانعو Samen‏.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>يمكنك حذف كل شيء والبدء من جديد. إذا كنت قد أنشأت نسخة احتياطية، يمكنك استعادتها بعد ذلك بكلمة سرها.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>حذف كل شيء والبدء من جديد</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Dutch words</source>
        <translation>كلمات هولندية</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>البحث عن كلمة</translation>
    </message>
    <message>
        <source>No word found. Try fewer letters.</source>
        <translation>لم يتم العثور على كلمة. يُرجى تجربة حروف أقل.</translation>
    </message>
    <message>
        <source>These words are in Dutch on your letters. Here they are explained.</source>
        <translation>هذه الكلمات مكتوبة بالهولندية في الرسائل التي تصلك. هنا شرحها.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and contacts</source>
        <translation>المساعدة وجهات الاتصال</translation>
    </message>
    <message>
        <source>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</source>
        <translation>هذه المنظمات يمكنها مساعدتك. يعرض Samen رقم هاتف أو أوقات عمل فقط حين يذكرها مصدر رسمي.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>القواعد والأرقام محدّثة حتى %1.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>This device cannot make calls. Copy the number and call it from a phone.</source>
        <translation>لا يمكن الاتصال من هذا الجهاز. يُرجى نسخ الرقم والاتصال به من هاتف.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>نسخ الرقم</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>نسخ رقم %1</translation>
    </message>
    <message>
        <source>The number is copied. You can paste it in the phone app.</source>
        <translation>تم نسخ الرقم. يمكن لصقه في تطبيق الهاتف.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>أوقات العمل:</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>تم التحقق في %1.</translation>
    </message>
</context>
<context>
    <name>HelperController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>يُرجى فتح Samen برقمك السري أولًا.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>العرض على مساعد</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>أين تريد حفظ ملف PDF؟</translation>
    </message>
    <message>
        <source>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</source>
        <translation>يمكنك عرض ملخّص قصير عن عائلتك ومواعيدك ووثائقك على متطوّع أو مرشد اجتماعي أو محامٍ. الملخّص بالهولندية أو الإنجليزية. يمكنهم قراءته فقط.</translation>
    </message>
    <message>
        <source>To close the summary, your PIN is needed. So you can give your phone to the helper.</source>
        <translation>لإغلاق الملخّص يلزم رقمك السري. لذلك يمكنك أن تعطي هاتفك للمساعد.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>يُرجى فتح Samen برقمك السري أولًا.</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>عرض الملخّص</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>ملف PDF غير مقفل برقمك السري. أي شخص لديه الملف يمكنه قراءته. يُرجى حفظه فقط في المكان الذي تختاره، وحذفه عندما لا تحتاجه.</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>تم حفظ ملف PDF‏.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>HelperViewPage</name>
    <message>
        <source>Close the summary (PIN needed)</source>
        <translation>إغلاق الملخّص (يلزم الرقم السري)</translation>
    </message>
    <message>
        <source>Type your password to close the summary</source>
        <translation>كتابة كلمة السر لإغلاق الملخّص</translation>
    </message>
    <message>
        <source>Type your PIN to close the summary</source>
        <translation>كتابة الرقم السري لإغلاق الملخّص</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>إغلاق الملخّص</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>إحضار عائلتك إلى هولندا، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>الإجابة عن أسئلة بسيطة حول عائلتك.</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>الوثائق التي يحتاجها كل شخص.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>العرض على مساعد</translation>
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
    <message>
        <source>What now?</source>
        <translation>ماذا أفعل الآن؟</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>التاريخ القادم: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخر يوم: %1</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>عرض كل التواريخ</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>يمكنك تقديم الطلب من: %1</translation>
    </message>
    <message numerus="yes">
        <source>Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.</source>
        <translation>
            <numerusform>يُرجى الإجابة عن %n سؤال جديد. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
            <numerusform>يُرجى الإجابة عن %n سؤال جديد. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
            <numerusform>يُرجى الإجابة عن سؤالين جديدين (%n)‏. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
            <numerusform>يُرجى الإجابة عن %n أسئلة جديدة. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
            <numerusform>يُرجى الإجابة عن %n سؤالًا جديدًا. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
            <numerusform>يُرجى الإجابة عن %n سؤال جديد. بعدها يتحقق Samen مرة أخرى مما تعنيه القواعد الجديدة لعائلتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</source>
        <translation>يبقى الجواب السابق في صفحة كل شخص. يُرجى عرض هذا على متطوع أو محامٍ.</translation>
    </message>
    <message>
        <source>Answer the new questions</source>
        <translation>الإجابة عن الأسئلة الجديدة</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>قرأتُ هذا</translation>
    </message>
    <message>
        <source>See the papers</source>
        <translation>عرض الوثائق</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>العائلة والوثائق</translation>
    </message>
    <message>
        <source>A letter from the IND came</source>
        <translation>وصلت رسالة من IND</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) still missing.</source>
        <translation>
            <numerusform>لا تزال %Ln وثيقة ناقصة.</numerusform>
            <numerusform>لا تزال وثيقة واحدة (%Ln) ناقصة.</numerusform>
            <numerusform>لا تزال وثيقتان (%Ln) ناقصتين.</numerusform>
            <numerusform>لا تزال %Ln وثائق ناقصة.</numerusform>
            <numerusform>لا تزال %Ln وثيقة ناقصة.</numerusform>
            <numerusform>لا تزال %Ln وثيقة ناقصة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>تذكير: %1</translation>
    </message>
    <message>
        <source>Help, words and costs</source>
        <translation>المساعدة والكلمات والتكاليف</translation>
    </message>
    <message>
        <source>Who can help, Dutch words explained, what costs money.</source>
        <translation>من يمكنه المساعدة، وشرح الكلمات الهولندية، وما يكلّف مالًا.</translation>
    </message>
    <message>
        <source>Everything in time. Samen reminds you.</source>
        <translation>كل شيء في وقته. Samen يذكّرك.</translation>
    </message>
</context>
<context>
    <name>HomeStatus</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>آخر واحد (%Ln)</numerusform>
            <numerusform>آخران (%Ln)</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <source>Samen can keep up to %1 people. Remove a person before you add another one.</source>
        <translation>يستطيع Samen حفظ %1 شخص كحدٍّ أقصى. يُرجى حذف شخص قبل إضافة شخص آخر.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>The rules could not be loaded. Please install the app again.</source>
        <translation>تعذّر تحميل القواعد. ثبّت التطبيق من جديد من فضلك.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>عن: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Who do you want to bring?</source>
        <translation>من تريد أن تُحضر؟</translation>
    </message>
    <message>
        <source>Choose one person. You can add more people after the questions about this person.</source>
        <translation>يُرجى اختيار شخص واحد. يمكنك إضافة أشخاص آخرين بعد الأسئلة عن هذا الشخص.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>عرض النتيجة</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>اختيار شخص</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>إضافة شخص آخر</translation>
    </message>
    <message>
        <source>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</source>
        <translation>تمت إضافة هؤلاء الأشخاص. يُرجى الضغط على شخص لمراجعة إجاباته أو تغييرها، أو إضافة شخص آخر، أو عرض النتيجة.</translation>
    </message>
    <message>
        <source>Name of %1 (you may leave it empty)</source>
        <translation>اسم %1 (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملف من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، وصورة أو ملفًا واحدًا (%Ln) من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، وصورتين أو ملفين (%Ln) من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صور أو ملفات من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملفًا من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملف من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>هذا يحذف %1 مع إجاباته ووثائقه وتواريخه وتذكيراته. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
            <numerusform>حذف هذا الشخص وصورة واحدة (%Ln)</numerusform>
            <numerusform>حذف هذا الشخص وصورتين (%Ln)</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صور</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>نعم، حذف هذا الشخص</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>Family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <source>Rules as of %1</source>
        <translation>القواعد كما في %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>تم التحقق في %1</translation>
    </message>
    <message>
        <source>You applied on %1. That was after the 3 months, which ended on %2.</source>
        <translation>قدّمت الطلب في %1. كان ذلك بعد الأشهر الثلاثة التي انتهت في %2.</translation>
    </message>
    <message>
        <source>You applied on %1, within the 3 months.</source>
        <translation>قدّمت الطلب في %1، خلال الأشهر الثلاثة.</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</source>
        <translation>انتهت الأشهر الثلاثة في %1. هذا خبر صعب، لكن ما زالت هناك طرق. يستطيع الزوج أو الزوجة أو الطفل القدوم عبر الطريق العادي (بشرط الدخل)، ويستطيع محامٍ أن يتحقق إن كانت IND قد تقبل طلبًا متأخرًا. يُرجى التحدث مع متطوع قريبًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left. Last day to apply: %1.</source>
        <translation>
            <numerusform>بقي %Ln يوم. آخر يوم لتقديم الطلب: %1.</numerusform>
            <numerusform>بقي يوم واحد (%Ln). آخر يوم لتقديم الطلب: %1.</numerusform>
            <numerusform>بقي يومان (%Ln). آخر يوم لتقديم الطلب: %1.</numerusform>
            <numerusform>بقيت %Ln أيام. آخر يوم لتقديم الطلب: %1.</numerusform>
            <numerusform>بقي %Ln يومًا. آخر يوم لتقديم الطلب: %1.</numerusform>
            <numerusform>بقي %Ln يوم. آخر يوم لتقديم الطلب: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</source>
        <translation>تنتهي الأشهر الثلاثة في %1. هذا اليوم سبت أو أحد أو عطلة رسمية، لذلك ينتقل آخر يوم إلى يوم العمل التالي. يُرجى عدم الانتظار حتى ذلك اليوم، وتقديم الطلب قبل %1 إن أمكن.</translation>
    </message>
    <message>
        <source>Apply today. Today is the last day.</source>
        <translation>يُرجى تقديم الطلب اليوم. اليوم هو آخر يوم.</translation>
    </message>
    <message>
        <source>The rules changed on 12 June 2026. The day you apply decides which rules count for your family.</source>
        <translation>تغيّرت القواعد في ١٢ حزيران / يونيو (٦) ٢٠٢٦. يوم تقديم الطلب يحدّد أي القواعد تنطبق على عائلتك.</translation>
    </message>
    <message>
        <source>When were you born?</source>
        <translation>متى وُلدت؟</translation>
    </message>
    <message>
        <source>Some rules depend on your age. Young people who came alone have extra rights.</source>
        <translation>بعض القواعد تتعلق بعمرك. الشباب الذين جاؤوا وحدهم لهم حقوق إضافية.</translation>
    </message>
    <message>
        <source>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</source>
        <translation>هل جئت إلى هولندا وحدك قبل أن تبلغ ١٨ سنة؟ وحدك يعني بدون أبيك أو أمك.</translation>
    </message>
    <message>
        <source>A child who came alone may bring their parents and their young brothers and sisters.</source>
        <translation>الطفل الذي جاء وحده يمكنه أن يُحضر والديه وإخوته وأخواته الصغار.</translation>
    </message>
    <message>
        <source>On which day did you ask for asylum in the Netherlands?</source>
        <translation>في أي يوم طلبت اللجوء في هولندا؟</translation>
    </message>
    <message>
        <source>Which date is on the IND letter that gave you asylum?</source>
        <translation>ما التاريخ المكتوب على رسالة دائرة الهجرة والتجنيس (IND) التي منحتك اللجوء؟</translation>
    </message>
    <message>
        <source>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</source>
        <translation>لديك ٣ أشهر من هذا التاريخ لتقديم طلب لمّ الشمل (nareis) لعائلتك. بعدها يصبح الأمر أصعب بكثير.</translation>
    </message>
    <message>
        <source>Which protection did you get?</source>
        <translation>ما نوع الحماية التي حصلت عليها؟</translation>
    </message>
    <message>
        <source>Which country are you from?</source>
        <translation>من أي بلد أنت؟</translation>
    </message>
    <message>
        <source>Each country has its own papers. We use this to tell you which papers your family can get.</source>
        <translation>لكل بلد وثائقه الخاصة. نستخدم هذا لنقول لك أي الوثائق تستطيع عائلتك الحصول عليها.</translation>
    </message>
    <message>
        <source>Who is this person to you?</source>
        <translation>ما صلة هذا الشخص بك؟</translation>
    </message>
    <message>
        <source>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</source>
        <translation>القواعد مختلفة للزوج أو الزوجة، والطفل، والأب أو الأم، والأخ أو الأخت.</translation>
    </message>
    <message>
        <source>When was this person born?</source>
        <translation>متى وُلد هذا الشخص؟</translation>
    </message>
    <message>
        <source>Nareis is only for family that already existed before you came.</source>
        <translation>لمّ الشمل (nareis) هو فقط للعائلة التي كانت موجودة قبل مجيئك.</translation>
    </message>
    <message>
        <source>Is this the husband, wife or partner you choose to bring?</source>
        <translation>هل هذا هو الزوج أو الزوجة أو الشريك الذي تختار أن تُحضره؟</translation>
    </message>
    <message>
        <source>The law lets only one husband, wife or partner come. You choose who.</source>
        <translation>القانون يسمح بقدوم زوج أو زوجة أو شريك واحد فقط. أنت تختار من.</translation>
    </message>
    <message>
        <source>Who is the other parent of this child?</source>
        <translation>من هو الوالد الآخر لهذا الطفل؟</translation>
    </message>
    <message>
        <source>For a child of a partner who cannot come, you may need advice.</source>
        <translation>لطفل شريك لا يستطيع القدوم، قد تحتاج إلى نصيحة.</translation>
    </message>
    <message>
        <source>Is this person married?</source>
        <translation>هل هذا الشخص متزوج؟</translation>
    </message>
    <message>
        <source>A child who is 18 or older and married cannot come with nareis.</source>
        <translation>الابن أو البنت بعمر ١٨ أو أكثر والمتزوج لا يستطيع القدوم عن طريق لمّ الشمل (nareis)‏.</translation>
    </message>
    <message>
        <source>Does this person have a partner of their own?</source>
        <translation>هل لهذا الشخص شريك حياة خاص به؟</translation>
    </message>
    <message>
        <source>A child who is 18 or older and has a partner cannot come with nareis.</source>
        <translation>الابن أو البنت بعمر ١٨ أو أكثر وله شريك لا يستطيع القدوم عن طريق لمّ الشمل (nareis)‏.</translation>
    </message>
    <message>
        <source>Does the other parent of this child stay behind?</source>
        <translation>هل يبقى الوالد الآخر لهذا الطفل في البلد؟</translation>
    </message>
    <message>
        <source>Then that parent must give written permission for the child to come. We put it on the list of papers.</source>
        <translation>عندها يجب أن يعطي ذلك الوالد إذنًا مكتوبًا بقدوم الطفل. نضع ذلك في قائمة الوثائق.</translation>
    </message>
    <message>
        <source>Did you tell the IND about this person during your asylum procedure?</source>
        <translation>هل أخبرت IND عن هذا الشخص خلال إجراءات لجوئك؟</translation>
    </message>
    <message>
        <source>If the IND never heard of this person, they may doubt that you are family.</source>
        <translation>إذا لم تسمع IND عن هذا الشخص أبدًا، فقد تشكّ في أنكم عائلة.</translation>
    </message>
    <message>
        <source>Only one husband, wife or partner can come. You chose someone else.</source>
        <translation>يستطيع زوج أو زوجة أو شريك واحد فقط القدوم. أنت اخترت شخصًا آخر.</translation>
    </message>
    <message>
        <source>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</source>
        <translation>هذا طفلك، لكن والده الآخر شريك لا يستطيع القدوم. القانون غير واضح هنا.</translation>
    </message>
    <message>
        <source>This child is not your own, and their parent is a partner who cannot come.</source>
        <translation>هذا الطفل ليس طفلك، ووالده شريك لا يستطيع القدوم.</translation>
    </message>
    <message>
        <source>A husband or wife can only come when both of you are 18 or older.</source>
        <translation>يستطيع الزوج أو الزوجة القدوم فقط إذا كان عمر كل منكما ١٨ سنة أو أكثر.</translation>
    </message>
    <message>
        <source>You married after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>تزوجت بعد مجيئك إلى هولندا. عندها يبقى الطريق العادي فقط.</translation>
    </message>
    <message>
        <source>You were married before you came, and you are both 18 or older.</source>
        <translation>كنتما متزوجين قبل مجيئك، وعمر كل منكما ١٨ سنة أو أكثر.</translation>
    </message>
    <message>
        <source>Your relationship started after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>بدأت علاقتكما بعد مجيئك إلى هولندا. عندها يبقى الطريق العادي فقط.</translation>
    </message>
    <message>
        <source>The child is under 18 and belonged to your family before you came.</source>
        <translation>عمر الطفل أقل من ١٨ سنة، وكان من عائلتك قبل مجيئك.</translation>
    </message>
    <message>
        <source>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</source>
        <translation>عمر الابن أو البنت ١٨ سنة أو أكثر، وهو متزوج أو له شريك. لا يستطيع القدوم عن طريق لمّ الشمل (nareis)‏.</translation>
    </message>
    <message>
        <source>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</source>
        <translation>لم تخبر IND عن هذا الشخص خلال إجراءات لجوئك. قد تشكّ IND في أنكم عائلة.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</source>
        <translation>مرّت الأشهر الثلاثة بعد رسالة IND‏. الآن يبقى الطريق العادي فقط، إلا إذا قبلت IND سببًا جيدًا للتأخير.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</source>
        <translation>مرّت الأشهر الثلاثة بعد رسالة IND‏. للوالدين والإخوة والأخوات لا يوجد طريق عادي.</translation>
    </message>
    <message>
        <source>Parents and brothers and sisters can only come with nareis when you came alone as a child.</source>
        <translation>يستطيع الوالدان والإخوة والأخوات القدوم عن طريق لمّ الشمل (nareis) فقط إذا جئت وحدك وأنت طفل.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your parents may come. This is true even if you are 18 now.</source>
        <translation>جئت وحدك وأنت طفل، لذلك يمكن لوالديك القدوم. هذا صحيح حتى لو كان عمرك الآن ١٨ سنة.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your brothers and sisters under 18 may come.</source>
        <translation>جئت وحدك وأنت طفل، لذلك يمكن لإخوتك وأخواتك الذين عمرهم أقل من ١٨ سنة القدوم.</translation>
    </message>
    <message>
        <source>This brother or sister is 18 or older. The law is not clear for them.</source>
        <translation>عمر هذا الأخ أو الأخت ١٨ سنة أو أكثر. القانون غير واضح بالنسبة لهم.</translation>
    </message>
    <message>
        <source>You have refugee status. You were married before you came, and you are both 18 or older.</source>
        <translation>لديك صفة لاجئ. كنتما متزوجين قبل مجيئك، وعمر كل منكما ١٨ سنة أو أكثر.</translation>
    </message>
    <message>
        <source>You have refugee status. The child is under 18 and belonged to your family before you came.</source>
        <translation>لديك صفة لاجئ. عمر الطفل أقل من ١٨ سنة، وكان من عائلتك قبل مجيئك.</translation>
    </message>
    <message>
        <source>You came alone as a child and have subsidiary protection. The new law is not clear for this.</source>
        <translation>جئت وحدك وأنت طفل ولديك حماية فرعية. القانون الجديد غير واضح في هذا.</translation>
    </message>
    <message>
        <source>We do not know who this person is to you.</source>
        <translation>لا نعرف ما صلة هذا الشخص بك.</translation>
    </message>
    <message>
        <source>We do not know which protection you have. It is in your IND letter.</source>
        <translation>لا نعرف نوع الحماية التي لديك. هو مكتوب في رسالة IND‏.</translation>
    </message>
    <message>
        <source>We do not know the date of your IND letter, so we cannot count the 3 months.</source>
        <translation>لا نعرف تاريخ رسالة IND‏، لذلك لا نستطيع حساب الأشهر الثلاثة.</translation>
    </message>
    <message>
        <source>We do not know your age.</source>
        <translation>لا نعرف عمرك.</translation>
    </message>
    <message>
        <source>We do not know how old you were when you asked for asylum.</source>
        <translation>لا نعرف كم كان عمرك عندما طلبت اللجوء.</translation>
    </message>
    <message>
        <source>We do not know if you came alone as a child.</source>
        <translation>لا نعرف إن كنت جئت وحدك وأنت طفل.</translation>
    </message>
    <message>
        <source>We do not know the age of this person.</source>
        <translation>لا نعرف عمر هذا الشخص.</translation>
    </message>
    <message>
        <source>We do not know if you were already family before you came.</source>
        <translation>لا نعرف إن كنتم عائلة قبل مجيئك.</translation>
    </message>
    <message>
        <source>We do not know if you told the IND about this person.</source>
        <translation>لا نعرف إن كنت أخبرت IND عن هذا الشخص.</translation>
    </message>
    <message>
        <source>We do not know if this person is married.</source>
        <translation>لا نعرف إن كان هذا الشخص متزوجًا.</translation>
    </message>
    <message>
        <source>We do not know if this person has a partner of their own.</source>
        <translation>لا نعرف إن كان لهذا الشخص شريك خاص به.</translation>
    </message>
    <message>
        <source>We do not know which husband, wife or partner you choose.</source>
        <translation>لا نعرف أي زوج أو زوجة أو شريك تختار.</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>يُرجى تقديم الطلب خلال ٣ أشهر بعد التاريخ المكتوب على رسالة IND‏.</translation>
    </message>
    <message>
        <source>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</source>
        <translation>يُرجى النظر في رسالة IND التي تقول إنك تستطيع البقاء (بالهولندية: beschikking)‏. التاريخ في أعلى الصفحة الأولى، تحت عنوان IND‏. ليس هو التاريخ على بطاقة الإقامة: ذلك هو يوم طلبك اللجوء.</translation>
    </message>
    <message>
        <source>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</source>
        <translation>هذا التاريخ مكتوب على بطاقة الإقامة، بعد «صالح من» (بالهولندية: geldig vanaf)‏.</translation>
    </message>
    <message>
        <source>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</source>
        <translation>هذا مكتوب في رسالة IND‏. كلمة «Vluchteling» تعني صفة لاجئ. و«Subsidiaire bescherming» تعني حماية فرعية.</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>صفة لاجئ (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>حماية فرعية (b-status)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>بلد آخر</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>شريك (غير متزوج)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>طفل متبنّى</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>طفل في رعايتك</translation>
    </message>
    <message>
        <source>Child of your partner</source>
        <translation>طفل شريكك</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>الأب أو الأم</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Can come with nareis</source>
        <translation>يستطيع القدوم بلمّ الشمل (nareis)</translation>
    </message>
    <message>
        <source>Only the regular route</source>
        <translation>الطريق العادي فقط</translation>
    </message>
    <message>
        <source>Must wait</source>
        <translation>يجب الانتظار</translation>
    </message>
    <message>
        <source>Cannot come with nareis</source>
        <translation>لا يستطيع القدوم بلمّ الشمل (nareis)</translation>
    </message>
    <message>
        <source>Ask for advice</source>
        <translation>طلب النصيحة</translation>
    </message>
    <message>
        <source>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</source>
        <translation>يُرجى تقديم الطلب قبل الموعد النهائي. لمّ الشمل (nareis) مجاني ولا يُشترط دخل. يُرجى البدء بجمع الوثائق الآن.</translation>
    </message>
    <message>
        <source>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</source>
        <translation>الطريق العادي يطلب دخلًا ورسومًا وتأمينًا صحيًا. يُرجى التحدث مع متطوع أو محامٍ قبل تقديم الطلب.</translation>
    </message>
    <message>
        <source>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</source>
        <translation>لا يمكنك تقديم الطلب بعد. يُرجى تجهيز وثائقك، والتحدث مع متطوع عن الدخل والسكن.</translation>
    </message>
    <message>
        <source>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</source>
        <translation>إذا كان وضعك خاصًا، يستطيع محامٍ أن يتحقق منه. يمكنك أن تجد محاميًا عن طريق Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</source>
        <translation>القواعد غير واضحة لهذا الوضع. يُرجى عرض هذه الشاشة على متطوع من VluchtelingenWerk‏، أو على محامٍ عن طريق Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>This date is after the day you apply. Please check it.</source>
        <translation>هذا التاريخ بعد يوم تقديم الطلب. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>You already chose another husband, wife or partner. Only one can come.</source>
        <translation>اخترت من قبل زوجًا أو زوجة أو شريكًا آخر. يستطيع واحد فقط القدوم.</translation>
    </message>
    <message>
        <source>This date does not fit with a date you gave before. Please check both dates.</source>
        <translation>هذا التاريخ لا يتوافق مع تاريخ أعطيته من قبل. يُرجى التحقق من التاريخين.</translation>
    </message>
    <message>
        <source>This answer does not fit. Please check it.</source>
        <translation>هذا الجواب غير مناسب. يُرجى التحقق منه.</translation>
    </message>
    <message numerus="yes">
        <source>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</source>
        <translation>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي %Ln يوم. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي يوم واحد (%Ln)‏. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي يومين (%Ln)‏. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي %Ln أيام. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي %Ln يومًا. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
            <numerusform>يمكنك تقديم الطلب ابتداءً من حوالي %1، أي بعد حوالي %Ln يوم. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can apply from about %1. Check the exact date with a lawyer.</source>
        <translation>يمكنك تقديم الطلب ابتداءً من حوالي %1. يُرجى التحقق من التاريخ الدقيق مع محامٍ.</translation>
    </message>
    <message>
        <source>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</source>
        <translation>إذا جئت وحدك وأنت طفل، فالمهم هو عمرك في ذلك اليوم. وللابن أو البنت الذي عمره الآن ١٨ سنة أو أكثر، المهم هو عمره في ذلك اليوم: من كان عمره أقل من ١٨ سنة حينها قد يُحسب طفلًا حتى الآن.</translation>
    </message>
    <message>
        <source>Some rules depend on age: under 18, or 18 and older.</source>
        <translation>بعض القواعد تتعلق بالعمر: أقل من ١٨، أو ١٨ وأكثر.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ تطبّق IND القواعد الجديدة الأشدّ أيضًا على الطلبات التي لم تكن قد قرّرت فيها بعد. وكون IND قد قرّرت قبل ذلك اليوم أو لا يغيّر القواعد التي تنطبق على عائلتك.</translation>
    </message>
    <message>
        <source>On which day did the IND decide on the application for your family?</source>
        <translation>في أي يوم قرّرت IND في طلب عائلتك؟</translation>
    </message>
    <message>
        <source>A decision from before 12 June 2026 was made under the old rules. A later decision may use the new rules.</source>
        <translation>القرار الصادر قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦ اتُّخذ حسب القواعد القديمة. القرار الذي صدر بعد ذلك قد يستخدم القواعد الجديدة.</translation>
    </message>
    <message>
        <source>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</source>
        <translation>هل حصلت على تصريح إقامتك عن طريق لمّ الشمل (nareis)‏، لأن فردًا من عائلتك في هولندا قدّم طلبًا لك؟</translation>
    </message>
    <message>
        <source>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</source>
        <translation>من جاء عن طريق لمّ الشمل (nareis) لا يستطيع أن يُحضر عائلة عن طريق لمّ الشمل (nareis)‏. في هذه الحالة يجب أن ينظر محامٍ في وضعك.</translation>
    </message>
    <message>
        <source>Do you live together with a new partner here in the Netherlands?</source>
        <translation>هل تعيش مع شريك جديد هنا في هولندا؟</translation>
    </message>
    <message>
        <source>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</source>
        <translation>إذا كنت تعيش مع شريك جديد هنا، قد لا تسمح IND للزوج أو الزوجة أو الشريك من الخارج بالقدوم عن طريق لمّ الشمل (nareis)‏. جوابك يبقى على هذا الهاتف. لا أحد غيرك يراه.</translation>
    </message>
    <message>
        <source>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</source>
        <translation>هل لديك الآن زوج أو زوجة أو شريك أو طفل خاص بك هنا في هولندا؟</translation>
    </message>
    <message>
        <source>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</source>
        <translation>جئت وحدك وأنت طفل. إذا كانت لديك الآن عائلة خاصة بك هنا، فقد تتغيّر القواعد لإحضار والديك. عندها تحتاج إلى نصيحة.</translation>
    </message>
    <message>
        <source>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</source>
        <translation>هل زواجك مسجّل لدى الحكومة، بعقد زواج رسمي؟ الزواج في المسجد أو الكنيسة فقط، أو بين العائلتين فقط، ليس مسجّلًا.</translation>
    </message>
    <message>
        <source>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</source>
        <translation>حسب القواعد الجديدة، الزواج المسجّل فقط يُحسب زواجًا. للزواج الديني أو التقليدي تحتاج إلى نصيحة.</translation>
    </message>
    <message>
        <source>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</source>
        <translation>جئت أنت نفسك إلى هولندا عن طريق لمّ الشمل (nareis)‏. لذلك لا تستطيع أن تُحضر عائلة عن طريق لمّ الشمل (nareis)‏. يجب أن ينظر محامٍ في وضعك.</translation>
    </message>
    <message>
        <source>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</source>
        <translation>تعيش مع شريك جديد في هولندا. عندها قد لا تسمح IND للزوج أو الزوجة أو الشريك من الخارج بالقدوم. يجب أن ينظر محامٍ في ذلك.</translation>
    </message>
    <message>
        <source>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</source>
        <translation>جئت وحدك وأنت طفل، والآن لديك عائلة خاصة بك هنا. قد تقول IND إن الرابطة مع والديك انقطعت. يُرجى طلب النصيحة.</translation>
    </message>
    <message>
        <source>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</source>
        <translation>عمر الابن أو البنت الآن ١٨ سنة أو أكثر، لكنه كان أقل من ١٨ سنة في يوم طلبك اللجوء، وأنت تقدّم الطلب خلال الأشهر الثلاثة. عندها يبقى محسوبًا طفلًا (محكمة العدل الأوروبية، القضية C-279/20)‏.</translation>
    </message>
    <message>
        <source>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</source>
        <translation>عمر الابن أو البنت ١٨ سنة أو أكثر. لا تقول IND نعم إلا إذا كان يعتمد عليك أكثر بكثير من المعتاد. وتنظر IND أيضًا في أسباب ضد ذلك: أنه يعيش وحده، أو يكسب ماله بنفسه، أو لديه طفل خاص به.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ يُحسب الزواج المسجّل فقط. الزواج الديني أو التقليدي الذي لم يُسجَّل أبدًا لا يكفي للمّ الشمل (nareis)‏. قد توجد طرق أخرى: يُرجى مراجعة محامٍ.</translation>
    </message>
    <message>
        <source>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</source>
        <translation>جئت وحدك وأنت طفل. ليس من المؤكد بعد إن كان إخوتك وأخواتك ما زالوا يستطيعون القدوم حسب القواعد الجديدة. يُرجى طلب النصيحة.</translation>
    </message>
    <message>
        <source>We do not know if you got your own permit through nareis.</source>
        <translation>لا نعرف إن كنت حصلت على تصريح إقامتك عن طريق لمّ الشمل (nareis)‏.</translation>
    </message>
    <message>
        <source>We do not know if you live with a new partner in the Netherlands.</source>
        <translation>لا نعرف إن كنت تعيش مع شريك جديد في هولندا.</translation>
    </message>
    <message>
        <source>We do not know if you have a family of your own in the Netherlands.</source>
        <translation>لا نعرف إن كانت لديك عائلة خاصة بك في هولندا.</translation>
    </message>
    <message>
        <source>We do not know if your marriage is registered.</source>
        <translation>لا نعرف إن كان زواجك مسجّلًا.</translation>
    </message>
    <message>
        <source>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</source>
        <translation>لا نعرف يوم طلبك اللجوء. للابن أو البنت بعمر ١٨ أو أكثر، المهم هو عمره في ذلك اليوم.</translation>
    </message>
    <message>
        <source>We do not know who the other parent of this child is. Under the new rules this matters.</source>
        <translation>لا نعرف من هو الوالد الآخر لهذا الطفل. حسب القواعد الجديدة هذا مهم.</translation>
    </message>
    <message>
        <source>You apply before 12 June 2026, so the rules from before that day count.</source>
        <translation>تقدّم الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦، لذلك تنطبق القواعد التي كانت قبل ذلك اليوم.</translation>
    </message>
    <message>
        <source>The IND decided on your application before 12 June 2026, so the rules from before that day count.</source>
        <translation>قرّرت IND في طلبك قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦، لذلك تنطبق القواعد التي كانت قبل ذلك اليوم.</translation>
    </message>
    <message>
        <source>You applied before 12 June 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</source>
        <translation>قدّمت الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦، ولم تكن IND قد قرّرت حتى ذلك اليوم. تطبّق IND القواعد الجديدة على مثل هذه الطلبات أيضًا. المحاكم تفحص هذا الأمر.</translation>
    </message>
    <message>
        <source>The IND decided on your application after 12 June 2026. It uses the new rules for such applications too. Courts are testing this.</source>
        <translation>قرّرت IND في طلبك بعد ١٢ حزيران / يونيو (٦) ٢٠٢٦. وهي تطبّق القواعد الجديدة على مثل هذه الطلبات أيضًا. المحاكم تفحص هذا الأمر.</translation>
    </message>
    <message>
        <source>You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</source>
        <translation>لديك حماية فرعية. منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ عليك أن تنتظر حوالي سنتين. ليس من المؤكد بعد من أي يوم تُحسب السنتان (تاريخ رسالة IND أو بداية تصريح إقامتك)‏: يُرجى التحقق من التاريخ الدقيق مع محامٍ. بعدها تحتاج إلى دخل وبيت خاص بك.</translation>
    </message>
    <message>
        <source>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</source>
        <translation>لديك حماية فرعية ومرّت سنتان تقريبًا. الآن تحتاج إلى دخل وبيت خاص بك. يُرجى التحقق مع محامٍ من أن السنتين انتهتا فعلًا.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ لا يستطيع الشريك غير المتزوج منك القدوم عن طريق لمّ الشمل (nareis) من حيث المبدأ. توجد استثناءات: يُرجى مراجعة محامٍ.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ لا يستطيع الابن أو البنت بعمر ١٨ أو أكثر القدوم من حيث المبدأ. وتنظر IND أيضًا إن كان يعيش وحده، أو يكسب مالًا، أو لديه طفل. توجد استثناءات: يُرجى مراجعة محامٍ.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ لا يستطيع الطفل المكفول (طفل الرعاية) القدوم عن طريق لمّ الشمل (nareis) من حيث المبدأ. توجد استثناءات: يُرجى مراجعة محامٍ.</translation>
    </message>
    <message>
        <source>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</source>
        <translation>إذا وصلتك رسالة من IND تقول نعم أو لا لطلب عائلتك (بالهولندية: beschikking)‏، فإن IND قد قرّرت. الرسالة التي تقول فقط إن IND استلمت طلبك ليست قرارًا.</translation>
    </message>
    <message>
        <source>The date is at the top of the first page of the IND letter with the decision.</source>
        <translation>التاريخ موجود في أعلى الصفحة الأولى من رسالة IND التي فيها القرار.</translation>
    </message>
    <message>
        <source>A registered marriage has an official marriage certificate from the government of the country where you married.</source>
        <translation>الزواج المسجّل له عقد زواج رسمي من حكومة البلد الذي تزوجت فيه.</translation>
    </message>
    <message>
        <source>This date is in the future. Please choose a day that has passed.</source>
        <translation>هذا التاريخ في المستقبل. يُرجى اختيار يوم قد مضى.</translation>
    </message>
    <message>
        <source>The IND cannot decide before the day you applied. Please check both dates.</source>
        <translation>لا يمكن أن تقرّر IND قبل يوم تقديم الطلب. يُرجى التحقق من التاريخين.</translation>
    </message>
    <message>
        <source>About you: question %1 of %2</source>
        <translation>عنك: السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Person %1 of %2: question %3 of %4</source>
        <translation>الشخص %1 من %2: السؤال %3 من %4</translation>
    </message>
    <message>
        <source>Have you already sent the application for your family to the IND?</source>
        <translation>هل أرسلت طلب عائلتك إلى IND بالفعل؟</translation>
    </message>
    <message>
        <source>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</source>
        <translation>إذا لم ترسله بعد، نحسب من اليوم. إذا أرسلته، فإن يوم إرساله يحدّد أي القواعد تنطبق على عائلتك.</translation>
    </message>
    <message>
        <source>On which day did you send the application for your family?</source>
        <translation>في أي يوم أرسلت طلب عائلتك؟</translation>
    </message>
    <message>
        <source>Were you already married or together before you came to the Netherlands?</source>
        <translation>هل كنتما متزوجين أو معًا قبل أن تأتي إلى هولندا؟</translation>
    </message>
    <message>
        <source>Was this child already part of your family before you came to the Netherlands?</source>
        <translation>هل كان هذا الطفل من عائلتك قبل أن تأتي إلى هولندا؟</translation>
    </message>
    <message>
        <source>Nareis is only for children who already belonged to your family before you came.</source>
        <translation>لمّ الشمل (nareis) هو فقط للأطفال الذين كانوا من عائلتك قبل مجيئك.</translation>
    </message>
    <message>
        <source>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</source>
        <translation>تجده في الرسالة أو البريد الإلكتروني الذي تؤكد فيه IND طلبك. إذا كنت لا تعرف اليوم، يُرجى اختيار «لا أعرف».</translation>
    </message>
    <message>
        <source>Someone else, who is not in this application</source>
        <translation>شخص آخر ليس في هذا الطلب</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</source>
        <translation>انتهت الأشهر الثلاثة في %1. إذا أُرسل الطلب في ذلك اليوم أو قبله، فقد كان في الوقت المحدد. رسالة IND التي تؤكد طلبك تُظهر اليوم.</translation>
    </message>
    <message>
        <source>You applied within the 3 months, which end on %1.</source>
        <translation>قدّمت الطلب خلال الأشهر الثلاثة، وهي تنتهي في %1.</translation>
    </message>
    <message>
        <source>Since 12 June 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</source>
        <translation>منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦، على من لديه حماية فرعية أن ينتظر حوالي سنتين قبل أن يُحضر عائلته.</translation>
    </message>
    <message>
        <source>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>والد هذا الطفل أو والدته ليس زوجك أو زوجتك بزواج مسجّل في هذا الطلب. منذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ لا يستطيع مثل هذا الطفل القدوم عن طريق لمّ الشمل (nareis) من حيث المبدأ. توجد استثناءات: يُرجى مراجعة محامٍ.</translation>
    </message>
    <message>
        <source>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June 2026. So we show the careful answer: the new rules may count.</source>
        <translation>لا نعرف كل التواريخ التي تحدد أي قواعد تنطبق: متى قُدّم الطلب، أو إن كانت IND قد قرّرت قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦. لذلك نعرض الجواب الحذِر: قد تنطبق القواعد الجديدة.</translation>
    </message>
    <message>
        <source>The partner is under 18. The law is not clear for this. Ask for advice.</source>
        <translation>عمر الشريك أقل من ١٨ سنة. القانون غير واضح في هذا. يُرجى طلب النصيحة.</translation>
    </message>
    <message>
        <source>You were already together before you came.</source>
        <translation>كنتما معًا قبل مجيئك.</translation>
    </message>
    <message>
        <source>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</source>
        <translation>لم يكن الطفل من عائلتك قبل مجيئك. القانون غير واضح في هذا. يُرجى طلب النصيحة.</translation>
    </message>
    <message>
        <source>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</source>
        <translation>لديك حماية فرعية، لذلك لا يمكن تقديم الطلب إلا بعد حوالي سنتين. عندها سيكون عمر هذا الطفل ١٨ سنة أو أكثر، ومنذ ١٢ حزيران / يونيو (٦) ٢٠٢٦ لا يستطيع الطفل الذي عمره ١٨ سنة أو أكثر القدوم من حيث المبدأ. يُرجى مراجعة محامٍ الآن.</translation>
    </message>
    <message>
        <source>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</source>
        <translation>لا نعرف يوم إرسال الطلب. هذا اليوم يحدد أي قواعد تنطبق وإن كان الطلب في الوقت المحدد. رسالة IND التي تؤكد طلبك تُظهره.</translation>
    </message>
    <message>
        <source>Has the IND already decided on your application (a yes or a no)?</source>
        <translation>هل قرّرت IND في طلبك بالفعل (نعم أو لا)؟</translation>
    </message>
    <message>
        <source>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</source>
        <translation>تم إرسال الطلب. يُرجى الرد على كل رسالة من IND قبل التاريخ المذكور فيها، وإبقاء الوثائق جاهزة.</translation>
    </message>
    <message>
        <source>Your application is from 12 June 2026 or later, so the new rules count.</source>
        <translation>طلبك بتاريخ ١٢ حزيران / يونيو (٦) ٢٠٢٦ أو بعده، لذلك تنطبق القواعد الجديدة.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>ينطبق هذا إذا أُرسل الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦ ولم تكن IND قد قرّرت حتى ذلك اليوم. الآن تطبّق IND القواعد الجديدة على مثل هذه الطلبات أيضًا: على من لديه حماية فرعية أن ينتظر حوالي سنتين. المحاكم ما زالت تفحص هذا الأمر. يُرجى مراجعة محامٍ الآن. المساعدة القانونية المجانية ممكنة عن طريق Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>ينطبق هذا إذا أُرسل الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦ ولم تكن IND قد قرّرت حتى ذلك اليوم. الآن تطبّق IND القواعد الجديدة على مثل هذه الطلبات أيضًا: يستطيع القدوم فقط الزوج أو الزوجة من زواج مسجّل والأطفال تحت ١٨ سنة. المحاكم ما زالت تفحص هذا الأمر. يُرجى مراجعة محامٍ الآن. المساعدة القانونية المجانية ممكنة عن طريق Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>ينطبق هذا إذا أُرسل الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦ ولم تكن IND قد قرّرت حتى ذلك اليوم. الآن تطبّق IND القواعد الجديدة على مثل هذه الطلبات أيضًا: الابن أو البنت بعمر ١٨ أو أكثر لا يستطيع القدوم من حيث المبدأ. وتنظر IND أيضًا إن كان يعيش وحده، أو يكسب مالًا، أو لديه طفل. المحاكم ما زالت تفحص هذا الأمر. يُرجى مراجعة محامٍ الآن. المساعدة القانونية المجانية ممكنة عن طريق Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>ينطبق هذا إذا أُرسل الطلب قبل ١٢ حزيران / يونيو (٦) ٢٠٢٦ ولم تكن IND قد قرّرت حتى ذلك اليوم. الآن تطبّق IND القواعد الجديدة على مثل هذه الطلبات أيضًا، وليس من المؤكد إن كان الإخوة والأخوات ما زالوا يستطيعون القدوم. يُرجى مراجعة محامٍ الآن. المساعدة القانونية المجانية ممكنة عن طريق Juridisch Loket‏.</translation>
    </message>
</context>
<context>
    <name>JourneyGuide</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays, e.g. Monday to Friday</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Opening hours: the days (e.g. &quot;Monday to Sunday&quot;), then the opening and closing time.</extracomment>
        <translation>%1: من %2 إلى %3</translation>
    </message>
</context>
<context>
    <name>JourneyListPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Help, words and costs</source>
        <translation>المساعدة والكلمات والتكاليف</translation>
    </message>
    <message>
        <source>This information is in the app. It also works without internet.</source>
        <translation>هذه المعلومات موجودة في التطبيق، وتعمل أيضًا دون إنترنت.</translation>
    </message>
    <message>
        <source>Help and contacts</source>
        <translation>المساعدة وجهات الاتصال</translation>
    </message>
    <message>
        <source>Who can help you, and how to reach them.</source>
        <translation>من يمكنه مساعدتك، وطريقة التواصل معهم.</translation>
    </message>
    <message>
        <source>Dutch words</source>
        <translation>كلمات هولندية</translation>
    </message>
    <message>
        <source>What the words in IND letters mean.</source>
        <translation>معنى الكلمات في رسائل IND.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>What costs money on the way, and who pays.</source>
        <translation>ما الذي يكلّف مالًا في الطريق، ومن يدفع.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>القواعد والأرقام محدّثة حتى %1.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>Application sent</source>
        <translation>تمّ إرسال الطلب</translation>
    </message>
    <message>
        <source>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</source>
        <translation>تمّ إرسال طلب لمّ الشمل لعائلتك. تفحص IND الطلب وترسل إليك رسالة بأنها استلمته (ontvangstbevestiging)‏.</translation>
    </message>
    <message>
        <source>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</source>
        <translation>يُرجى الاحتفاظ بنسخة من كل ما أرسلته، وتسجيل تاريخ الإرسال. ويجب الرد على كل رسالة من IND في موعدها.</translation>
    </message>
    <message>
        <source>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</source>
        <translation>تحتفظ عائلتك بجوازات السفر والوثائق في مكان آمن وجاهزة. قد تطلب IND وثائق أخرى أو فحص DNA أو مقابلة.</translation>
    </message>
    <message>
        <source>Waiting for the IND</source>
        <translation>انتظار قرار IND</translation>
    </message>
    <message>
        <source>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</source>
        <translation>تدرس IND الطلب. لديها ٣ أشهر لتقرّر، ويمكنها أن تمدّدها ٣ أشهر أخرى. قد تصل رسائل في هذه المدة: عن وثائق ناقصة، أو فحص DNA، أو مقابلة.</translation>
    </message>
    <message>
        <source>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</source>
        <translation>يُرجى فتح كل رسالة من IND فورًا والبحث عن التاريخ الذي يجب الرد قبله. هل الرسالة غير مفهومة؟ يمكن لتطبيق Samen أن يشرحها، أو يمكنك عرضها على متطوّع.</translation>
    </message>
    <message>
        <source>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</source>
        <translation>تجيب عائلتك بسرعة عن أسئلة السفارة أو IND. إذا طلبت IND فحص DNA أو مقابلة، تذهب العائلة إلى الموعد في السفارة.</translation>
    </message>
    <message>
        <source>The answer is yes</source>
        <translation>الجواب نعم</translation>
    </message>
    <message>
        <source>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</source>
        <translation>وافقت IND. يمكن لعائلتك الحصول على تأشيرة الدخول (mvv) من السفارة الهولندية.</translation>
    </message>
    <message>
        <source>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</source>
        <translation>يُرجى إخبار عائلتك فورًا وإرسال نسخة من الرسالة إليهم، ومساعدتهم في حجز موعد في السفارة.</translation>
    </message>
    <message>
        <source>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</source>
        <translation>تستلم عائلتك تأشيرة mvv من السفارة خلال ٣ أشهر من تاريخ القرار، ويحضرون معهم جوازات سفرهم.</translation>
    </message>
    <message>
        <source>The answer is no</source>
        <translation>الجواب لا</translation>
    </message>
    <message>
        <source>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</source>
        <translation>رفضت IND الطلب. هذا خبر صعب. يمكنك تقديم اعتراض (bezwaar) خلال ٤ أسابيع من التاريخ المكتوب على الرسالة.</translation>
    </message>
    <message>
        <source>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</source>
        <translation>لا يُنصح بالانتظار. يُرجى التواصل مع محامٍ أو مع Juridisch Loket هذا الأسبوع. قد يكون المحامي مجانيًا إذا كان دخلك منخفضًا.</translation>
    </message>
    <message>
        <source>Your family keeps all their papers. They may be needed for the objection.</source>
        <translation>تحتفظ عائلتك بكل وثائقها، فقد تكون لازمة للاعتراض.</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>تمّ تقديم الاعتراض</translation>
    </message>
    <message>
        <source>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</source>
        <translation>تمّ تقديم اعتراض (bezwaar)‏. تعيد IND النظر في قرارها. لديها ١٩ أسبوعًا لذلك، ويمكنها أن تمدّدها ٦ أسابيع.</translation>
    </message>
    <message>
        <source>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</source>
        <translation>يُرجى البقاء على تواصل مع المحامي، وتسليمه أي وثائق جديدة فور الحصول عليها.</translation>
    </message>
    <message>
        <source>Your family keeps their papers ready and answers questions quickly.</source>
        <translation>تُبقي عائلتك وثائقها جاهزة وتجيب عن الأسئلة بسرعة.</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>قرار بشأن الاعتراض</translation>
    </message>
    <message>
        <source>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</source>
        <translation>قرّرت IND بشأن اعتراضك. إذا بقي الجواب لا، يمكنك الطعن أمام المحكمة (beroep) خلال ٤ أسابيع.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</source>
        <translation>يُرجى التحدث فورًا مع المحامي عن الطعن أمام المحكمة. في الحالات العاجلة يستطيع المحامي أن يطلب من القاضي إجراءً سريعًا (voorlopige voorziening)‏.</translation>
    </message>
    <message>
        <source>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</source>
        <translation>تحتفظ عائلتك بوثائقها. سيخبرك المحامي إذا احتاجت المحكمة شيئًا منهم.</translation>
    </message>
    <message>
        <source>The mvv is ready</source>
        <translation>تأشيرة mvv جاهزة</translation>
    </message>
    <message>
        <source>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</source>
        <translation>حصلت عائلتك على تأشيرة mvv في جواز السفر. يجب أن يسافروا إلى هولندا خلال ٩٠ يومًا.</translation>
    </message>
    <message>
        <source>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</source>
        <translation>يُرجى مساعدة عائلتك في حجز الرحلة، وحجز الموعد في IND Zevenaar فور حجز التذكرة.</translation>
    </message>
    <message>
        <source>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</source>
        <translation>تحجز عائلتك التذاكر وتسافر قبل انتهاء تأشيرة mvv، وتأخذ معها جوازات السفر التي فيها التأشيرة.</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <source>Your family is on the way to the Netherlands with the mvv.</source>
        <translation>عائلتك في الطريق إلى هولندا بتأشيرة mvv.</translation>
    </message>
    <message>
        <source>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</source>
        <translation>يُرجى التأكد من حجز الموعد في IND Zevenaar، والاتفاق على من يستقبل عائلتك عند وصولها.</translation>
    </message>
    <message>
        <source>Your family travels before the mvv ends and keeps their passports with them.</source>
        <translation>تسافر عائلتك قبل انتهاء تأشيرة mvv وتُبقي جوازات السفر معها.</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>الوصول إلى هولندا</translation>
    </message>
    <message>
        <source>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</source>
        <translation>وصلت عائلتك. خلال ٣ أيام يحضرون إلى IND Zevenaar، وهناك يحصلون على تصريح الإقامة ويُسجَّلون في BRP‏.</translation>
    </message>
    <message>
        <source>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</source>
        <translation>يُرجى مرافقة عائلتك إلى IND Zevenaar، وزيارة الطبيب العام (huisarts) معهم خلال أسبوعين. وستطلب منهم GGD فحص السل (TB)‏.</translation>
    </message>
    <message>
        <source>Your family is no longer abroad. Keep the papers they brought in a safe place.</source>
        <translation>لم تعد عائلتك في الخارج. يُرجى حفظ الوثائق التي أحضروها في مكان آمن.</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>العيش معًا</translation>
    </message>
    <message>
        <source>Your family has a residence permit. It depends on yours. The family must live together with you.</source>
        <translation>حصلت عائلتك على تصريح إقامة مرتبط بتصريحك. يجب أن تعيش العائلة معك.</translation>
    </message>
    <message>
        <source>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</source>
        <translation>يُرجى التأكد من تسجيل الجميع على عنوانك لدى البلدية (gemeente) ولدى طبيب عام. في حال الانفصال يجب إبلاغ IND‏.</translation>
    </message>
    <message>
        <source>Nobody needs to do anything abroad any more.</source>
        <translation>لم يعد على أحد في الخارج أن يفعل شيئًا.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إشعار الاستلام</translation>
    </message>
    <message>
        <source>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</source>
        <translation>تخبرك IND بأنها استلمت طلبك. في الرسالة تاريخ الطلب، وقد يكون فيها أيضًا التاريخ الذي تقرّر IND قبله.</translation>
    </message>
    <message>
        <source>Keep this letter and check the date of your application on it. You do not need to answer.</source>
        <translation>يُرجى حفظ هذه الرسالة والتحقق من تاريخ الطلب فيها. لا حاجة إلى الرد.</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>وثائق ناقصة</translation>
    </message>
    <message>
        <source>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</source>
        <translation>تحتاج IND إلى وثائق أو معلومات إضافية قبل أن تقرّر (herstel verzuim)‏. تذكر الرسالة ما هو ناقص.</translation>
    </message>
    <message>
        <source>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</source>
        <translation>يُرجى إرسال ما هو ناقص قبل التاريخ المكتوب في الرسالة. إذا تعذّر الحصول على شيء في الوقت، يُرجى إبلاغ IND قبل ذلك التاريخ مع ذكر السبب.</translation>
    </message>
    <message>
        <source>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</source>
        <translation>إذا لم يصل الرد في الوقت، يمكن أن تتوقف IND عن معالجة الطلب. وإذا كانت مدة الأشهر الثلاثة الخاصة بـ nareis قد انتهت عندها، فقد تفقد عائلتك طريق nareis‏.</translation>
    </message>
    <message>
        <source>DNA test or interview</source>
        <translation>فحص DNA أو مقابلة</translation>
    </message>
    <message>
        <source>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</source>
        <translation>تريد IND التحقق من صلة القرابة بفحص DNA أو بمقابلة (identificerend gehoor) في سفارة هولندية.</translation>
    </message>
    <message>
        <source>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</source>
        <translation>يُرجى إخبار عائلتك فورًا. تحجز العائلة الموعد في السفارة قبل التاريخ المكتوب في الرسالة، وتذهب إليه.</translation>
    </message>
    <message>
        <source>If your family does not go, the IND can refuse the application.</source>
        <translation>إذا لم تذهب عائلتك، يمكن أن ترفض IND الطلب.</translation>
    </message>
    <message>
        <source>Intention to refuse</source>
        <translation>نيّة الرفض</translation>
    </message>
    <message>
        <source>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</source>
        <translation>تنوي IND أن ترفض (voornemen)‏، لكنها لم تقرّر بعد. يمكنك أولًا تقديم ردّك (zienswijze)‏.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</source>
        <translation>يُرجى التواصل فورًا مع محامٍ أو مع Juridisch Loket‏، وإرسال الرد قبل التاريخ المكتوب في الرسالة.</translation>
    </message>
    <message>
        <source>If you do not react in time, the IND decides without your reaction.</source>
        <translation>إذا لم يصل الرد في الوقت، تقرّر IND من دونه.</translation>
    </message>
    <message>
        <source>Decision: yes</source>
        <translation>القرار: نعم</translation>
    </message>
    <message>
        <source>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</source>
        <translation>وافقت IND على طلبك (beschikking)‏. يمكن لعائلتك الحصول على تأشيرة mvv من السفارة الهولندية.</translation>
    </message>
    <message>
        <source>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</source>
        <translation>يُرجى إرسال نسخة إلى عائلتك. يجب أن يستلموا تأشيرة mvv خلال ٣ أشهر من تاريخ هذه الرسالة.</translation>
    </message>
    <message>
        <source>Decision: no</source>
        <translation>القرار: لا</translation>
    </message>
    <message>
        <source>The IND says no to your application (beschikking). The letter explains why.</source>
        <translation>رفضت IND طلبك (beschikking)‏. تشرح الرسالة السبب.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</source>
        <translation>يُرجى التواصل هذا الأسبوع مع محامٍ أو مع Juridisch Loket‏. يمكنك تقديم اعتراض (bezwaar) خلال ٤ أسابيع من تاريخ هذه الرسالة.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer object, and the no becomes final.</source>
        <translation>بعد ٤ أسابيع لا يعود الاعتراض ممكنًا، ويصبح الرفض نهائيًا.</translation>
    </message>
    <message>
        <source>Objection: you are right</source>
        <translation>الاعتراض: مقبول</translation>
    </message>
    <message>
        <source>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</source>
        <translation>قبلت IND اعتراضك (gegrond)‏. تذكر الرسالة ما سيحدث الآن: موافقة، أو قرار جديد.</translation>
    </message>
    <message>
        <source>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</source>
        <translation>يُرجى قراءة الرسالة مع المحامي. إذا كانت موافقة، يُرجى إخبار عائلتك باستلام تأشيرة mvv‏.</translation>
    </message>
    <message>
        <source>Objection: still no</source>
        <translation>الاعتراض: ما زال الجواب لا</translation>
    </message>
    <message>
        <source>The IND keeps its no after your objection (ongegrond).</source>
        <translation>أبقت IND على الرفض بعد اعتراضك (ongegrond)‏.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</source>
        <translation>يُرجى التحدث فورًا مع المحامي. يمكنك الطعن أمام المحكمة (beroep) خلال ٤ أسابيع من تاريخ هذه الرسالة.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer go to court, and the no becomes final.</source>
        <translation>بعد ٤ أسابيع لا يعود الطعن أمام المحكمة ممكنًا، ويصبح الرفض نهائيًا.</translation>
    </message>
    <message>
        <source>mvv ready</source>
        <translation>تأشيرة mvv جاهزة</translation>
    </message>
    <message>
        <source>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</source>
        <translation>يمكن لعائلتك استلام تأشيرة الدخول (mvv, machtiging tot voorlopig verblijf) من السفارة الهولندية.</translation>
    </message>
    <message>
        <source>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</source>
        <translation>يُرجى إخبار عائلتك بحجز موعد في السفارة. يجب أن يستلموا تأشيرة mvv خلال ٣ أشهر من تاريخ القرار.</translation>
    </message>
    <message>
        <source>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</source>
        <translation>متطوعون وموظفون يساعدون اللاجئين في لمّ الشمل. يمكنهم شرح رسائل IND والمساعدة في الاستمارات.</translation>
    </message>
    <message>
        <source>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</source>
        <translation>تدفع كل أتعاب المحامي أو جزءًا منها إذا كان دخلك منخفضًا. يرتّب المحامي أو Juridisch Loket ذلك.</translation>
    </message>
    <message>
        <source>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</source>
        <translation>طبيب العائلة (huisarts)‏. تزور عائلتك الطبيب العام خلال أسبوعين من الوصول. ويمكن للطبيب أيضًا المساعدة في التوتر ومشاكل النوم، وتحويلك إلى رعاية الصحة النفسية.</translation>
    </message>
    <message>
        <source>The public health service. It does the TB check of your family after arrival.</source>
        <translation>دائرة الصحة العامة. تُجري فحص السل (TB) لعائلتك بعد الوصول.</translation>
    </message>
    <message>
        <source>The municipality registers your family in the BRP, and helps with housing and settling in.</source>
        <translation>تسجّل البلدية عائلتك في BRP‏، وتساعد في السكن والاستقرار.</translation>
    </message>
    <message>
        <source>The immigration service decides on the application. Its letters are in Dutch.</source>
        <translation>تقرّر IND بشأن الطلب. رسائلها باللغة الهولندية.</translation>
    </message>
    <message>
        <source>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</source>
        <translation>تذهب عائلتك إلى السفارة الهولندية لفحص DNA أو للمقابلة، ولاستلام تأشيرة mvv‏.</translation>
    </message>
    <message>
        <source>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</source>
        <translation>مركز معرفة هولندي عن صحة اللاجئين. النصائح في Samen عن الانتظار وعن الرفض مبنية على معلوماته.</translation>
    </message>
    <message>
        <source>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</source>
        <translation>دائرة الهجرة والتجنيس الهولندية (Immigratie- en Naturalisatiedienst). تقرّر بشأن طلب عائلتك.</translation>
    </message>
    <message>
        <source>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</source>
        <translation>لمّ الشمل للاجئين. هو مجاني ومن دون شرط دخل، إذا قُدّم الطلب خلال ٣ أشهر.</translation>
    </message>
    <message>
        <source>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</source>
        <translation>تأشيرة الدخول إلى هولندا (machtiging tot voorlopig verblijf)‏. تضعها السفارة في جواز السفر.</translation>
    </message>
    <message>
        <source>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</source>
        <translation>سجل السكان الهولندي. كل من يعيش في هولندا مسجَّل فيه.</translation>
    </message>
    <message>
        <source>An official decision of the IND, on paper.</source>
        <translation>قرار رسمي مكتوب من IND‏.</translation>
    </message>
    <message>
        <source>A letter that something is missing from your application, with a date by which to send it.</source>
        <translation>رسالة بأن شيئًا ناقص في طلبك، مع تاريخ يجب إرساله قبله.</translation>
    </message>
    <message>
        <source>The IND plans to say no, but has not decided yet.</source>
        <translation>تنوي IND الرفض، لكنها لم تقرّر بعد.</translation>
    </message>
    <message>
        <source>Your written reaction to a voornemen.</source>
        <translation>ردّك المكتوب على voornemen‏.</translation>
    </message>
    <message>
        <source>An objection: you ask the IND to look at its decision again.</source>
        <translation>اعتراض: طلب إلى IND أن تعيد النظر في قرارها.</translation>
    </message>
    <message>
        <source>An appeal: you ask a court to look at the decision.</source>
        <translation>الطعن: طلب إلى المحكمة أن تنظر في القرار.</translation>
    </message>
    <message>
        <source>A quick measure a judge can take in an urgent case, while the appeal is running.</source>
        <translation>إجراء سريع يمكن أن يتخذه القاضي في حالة عاجلة، أثناء سير الطعن.</translation>
    </message>
    <message>
        <source>A letter to the IND saying it is late with its decision.</source>
        <translation>رسالة إلى IND بأنها تأخرت في قرارها.</translation>
    </message>
    <message>
        <source>The time the IND has to decide.</source>
        <translation>المدة التي لدى IND لتقرّر.</translation>
    </message>
    <message>
        <source>A letter that the IND has received your application.</source>
        <translation>رسالة بأن IND استلمت طلبك.</translation>
    </message>
    <message>
        <source>The fee for an application. Nareis has no fee; the regular route has one.</source>
        <translation>رسوم الطلب. لا رسوم على nareis‏، أما الطريق العادي ففيه رسوم.</translation>
    </message>
    <message>
        <source>An official stamp that shows a paper from abroad is real.</source>
        <translation>ختم رسمي يُثبت أن وثيقة من الخارج حقيقية.</translation>
    </message>
    <message>
        <source>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</source>
        <translation>مترجم محلَّف. الوثائق التي ليست بالهولندية أو الإنجليزية أو الفرنسية أو الألمانية تحتاج إلى ترجمة من مترجم محلَّف.</translation>
    </message>
    <message>
        <source>The person in the Netherlands who asks for the family to come: you.</source>
        <translation>الشخص في هولندا الذي يطلب قدوم العائلة: أنت.</translation>
    </message>
    <message>
        <source>Refugee status.</source>
        <translation>صفة اللاجئ.</translation>
    </message>
    <message>
        <source>Subsidiary protection.</source>
        <translation>الحماية الفرعية.</translation>
    </message>
    <message>
        <source>A child who came to the Netherlands alone, without father or mother.</source>
        <translation>طفل جاء إلى هولندا وحده، من دون أب أو أم.</translation>
    </message>
    <message>
        <source>The town where family members report to the IND after arrival.</source>
        <translation>المدينة التي يحضر فيها أفراد العائلة إلى IND بعد الوصول.</translation>
    </message>
    <message>
        <source>The regular route for family reunification. It has a fee and asks for an income, among other things.</source>
        <translation>الطريق العادي للمّ الشمل. فيه رسوم، ومن شروطه دخل كافٍ.</translation>
    </message>
    <message>
        <source>The civic integration exam abroad. The regular route asks for it; nareis does not.</source>
        <translation>امتحان الاندماج في الخارج. يطلبه الطريق العادي، ولا يطلبه nareis‏.</translation>
    </message>
    <message>
        <source>A DNA test to show a family bond.</source>
        <translation>فحص DNA لإثبات صلة القرابة.</translation>
    </message>
    <message>
        <source>An interview at the embassy about who someone is and about the family bond.</source>
        <translation>مقابلة في السفارة عن هوية الشخص وصلة القرابة.</translation>
    </message>
    <message>
        <source>The public health service in your region.</source>
        <translation>دائرة الصحة العامة في منطقتك.</translation>
    </message>
    <message>
        <source>A check for tuberculosis (TB) after arrival.</source>
        <translation>فحص السل (TB) بعد الوصول.</translation>
    </message>
    <message>
        <source>The family doctor (GP).</source>
        <translation>طبيب العائلة (الطبيب العام).</translation>
    </message>
    <message>
        <source>The family members must live together with you.</source>
        <translation>يجب أن يعيش أفراد العائلة معك.</translation>
    </message>
    <message>
        <source>An organisation that helps refugees.</source>
        <translation>منظمة تساعد اللاجئين.</translation>
    </message>
    <message>
        <source>The Afghan identity card.</source>
        <translation>بطاقة الهوية الأفغانية.</translation>
    </message>
    <message>
        <source>The Islamic marriage certificate (Afghanistan).</source>
        <translation>عقد الزواج الإسلامي (أفغانستان).</translation>
    </message>
    <message>
        <source>The nareis application itself has no fee (leges).</source>
        <translation>طلب nareis نفسه بلا رسوم (leges)‏.</translation>
    </message>
    <message>
        <source>A sworn translator charges for each translation. The price differs per translator, so ask first.</source>
        <translation>يأخذ المترجم المحلَّف أجرًا عن كل ترجمة. يختلف السعر من مترجم إلى آخر، لذا يُنصح بالسؤال أولًا.</translation>
    </message>
    <message>
        <source>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</source>
        <translation>قد يكلّف التصديق (legalisatie) مالًا في بلد الوثائق وفي السفارة. يختلف السعر من بلد إلى آخر. وليس من المؤكد أن IND تطلبه في nareis‏.</translation>
    </message>
    <message>
        <source>Passports cost money. The price differs per country.</source>
        <translation>جوازات السفر تكلّف مالًا. يختلف السعر من بلد إلى آخر.</translation>
    </message>
    <message>
        <source>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</source>
        <translation>قد يكلّف فحص DNA مالًا. يُرجى السؤال في IND أو في السفارة عمّن يدفع وكم.</translation>
    </message>
    <message>
        <source>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</source>
        <translation>الرحلة إلى هولندا تكلّف مالًا، والأسعار مختلفة. يمكن طلب المساعدة من VluchtelingenWerk عند الحاجة.</translation>
    </message>
    <message>
        <source>The regular route has a fee (leges) for each application. The amount is on the IND website.</source>
        <translation>في الطريق العادي رسوم (leges) على كل طلب. المبلغ مذكور على موقع IND‏.</translation>
    </message>
    <message>
        <source>The wait is long</source>
        <translation>الانتظار طويل</translation>
    </message>
    <message>
        <source>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</source>
        <translation>قد يستمر الانتظار أشهرًا كثيرة، ولا أحد يستطيع أن يقول بالضبط كم. كثير من العائلات تجد ذلك صعبًا جدًا. مشاعرك طبيعية.</translation>
    </message>
    <message>
        <source>Talking with your family</source>
        <translation>الحديث مع عائلتك</translation>
    </message>
    <message>
        <source>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</source>
        <translation>يُنصح بإخبار العائلة بما تعرفه، وبما لا تعرفه بعد أيضًا، والاتفاق على أوقات للحديث. هذا يجعل الانتظار أسهل قليلًا للطرفين.</translation>
    </message>
    <message>
        <source>Pressure and money</source>
        <translation>الضغط والمال</translation>
    </message>
    <message>
        <source>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</source>
        <translation>قد تطلب العائلة في الخارج مالًا، أو تسأل لماذا يطول الأمر. هذا ليس ذنبك. يُنصح بقول ما تستطيع وما لا تستطيع بصدق. يمكن لـ VluchtelingenWerk التفكير معك في ذلك.</translation>
    </message>
    <message>
        <source>Stress and sleep</source>
        <translation>التوتر والنوم</translation>
    </message>
    <message>
        <source>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</source>
        <translation>القلق والتوتر وقلة النوم أمور شائعة أثناء الانتظار. يُنصح بالحديث مع شخص تثق به. يمكن لطبيب العائلة (huisarts) المساعدة، وتحويلك إلى رعاية الصحة النفسية.</translation>
    </message>
    <message>
        <source>A no is hard</source>
        <translation>الرفض صعب</translation>
    </message>
    <message>
        <source>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</source>
        <translation>الرفض خبر صعب جدًا، عليك وعلى عائلتك. يُنصح بأخذ الوقت الكافي، وعدم البقاء وحيدًا مع هذا الخبر، والحديث مع شخص تثق به.</translation>
    </message>
    <message>
        <source>You can object</source>
        <translation>يمكنك الاعتراض</translation>
    </message>
    <message>
        <source>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</source>
        <translation>الرفض ليس دائمًا النهاية. يمكنك تقديم اعتراض (bezwaar) خلال ٤ أسابيع. يُرجى التواصل مع محامٍ أو مع Juridisch Loket هذا الأسبوع.</translation>
    </message>
    <message>
        <source>A lawyer can be free</source>
        <translation>قد يكون المحامي مجانيًا</translation>
    </message>
    <message>
        <source>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</source>
        <translation>إذا كان دخلك منخفضًا، تُدفع تكاليف المحامي كلها أو جزء منها. يمكن السؤال في Juridisch Loket‏.</translation>
    </message>
    <message>
        <source>After the objection</source>
        <translation>بعد الاعتراض</translation>
    </message>
    <message>
        <source>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</source>
        <translation>إذا بقي جواب IND لا بعد اعتراضك، يمكنك الطعن أمام المحكمة (beroep) خلال ٤ أسابيع. المحامي يقوم بذلك عنك.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>الاستمرار في الحياة</translation>
    </message>
    <message>
        <source>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</source>
        <translation>يُنصح بالاستمرار في الدراسة والعمل ودروس اللغة الهولندية أثناء الانتظار. هذا يساعدك الآن، ويساعد عائلتك عند قدومها.</translation>
    </message>
    <message>
        <source>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</source>
        <translation>استشارة قانونية: مجانية في مكاتبهم؛ وعبر الهاتف تكلّف ٢٥ سنتًا في الدقيقة. يمكنهم توجيهك إلى محامٍ.</translation>
    </message>
    <message>
        <source>The nuclear family: husband or wife by a registered marriage, and children under 18.</source>
        <translation>الأسرة الأساسية: الزوج أو الزوجة بزواج مسجّل، والأطفال دون ١٨ سنة.</translation>
    </message>
    <message>
        <source>Legal advice, free at their offices.</source>
        <translation>استشارة قانونية، مجانية في مكاتبهم.</translation>
    </message>
</context>
<context>
    <name>KeptLetterCard</name>
    <message>
        <source>The letter you kept</source>
        <translation>الرسالة المحفوظة</translation>
    </message>
    <message>
        <source>Letter of %1, kept on %2</source>
        <translation>رسالة بتاريخ %1، محفوظة في %2</translation>
    </message>
    <message>
        <source>Kept on %1</source>
        <translation>محفوظة في %1</translation>
    </message>
    <message>
        <source>Show the photo of the letter on the whole screen</source>
        <translation>عرض صورة الرسالة على كامل الشاشة</translation>
    </message>
    <message>
        <source>The text Samen read in the letter (in Dutch, maybe with mistakes):</source>
        <translation>النص الذي قرأه Samen في الرسالة (بالهولندية، وقد يحتوي على أخطاء):</translation>
    </message>
    <message>
        <source>Delete the photo and text</source>
        <translation>حذف الصورة والنص</translation>
    </message>
    <message>
        <source>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</source>
        <translation>هل تريد حذف صورة هذه الرسالة ونصها من هذا الهاتف؟ لا يمكنك التراجع عن ذلك. التواريخ التي حفظتها تبقى.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Photo of the letter</source>
        <translation>صورة الرسالة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>For %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>Family reunification in the Netherlands: what you need to know</source>
        <translation>لمّ شمل العائلة في هولندا: ما تحتاجون إلى معرفته</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in the passport (Latin letters)</source>
        <translation>الاسم في جواز السفر (بالأحرف اللاتينية)</translation>
    </message>
    <message>
        <source>What to bring to the embassy</source>
        <translation>ما يجب إحضاره إلى السفارة</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>التواريخ التي يجب الالتزام بها</translation>
    </message>
    <message>
        <source>Appointment at the embassy</source>
        <translation>الموعد في السفارة</translation>
    </message>
    <message>
        <source>The embassy gives you this date. Write it here:</source>
        <translation>تعطيكم السفارة هذا التاريخ. يُرجى كتابته هنا:</translation>
    </message>
    <message>
        <source>Not known yet. It is counted from this step: %1.</source>
        <translation>غير معروف بعد. يُحسب من هذه الخطوة: %1.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (تم)</translation>
    </message>
    <message>
        <source>The DNA test or the interview</source>
        <translation>فحص DNA أو المقابلة</translation>
    </message>
    <message>
        <source>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</source>
        <translation>أُعدّ بتطبيق Samen في %1. يُرجى التحقق من كل تاريخ في رسائل IND والسفارة.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>يُرجى فتح Samen برقمك السري أولًا.</translation>
    </message>
    <message>
        <source>Send the PDF with</source>
        <translation>إرسال ملف PDF عبر</translation>
    </message>
    <message>
        <source>No app to send it with could be opened. Save it as a PDF instead.</source>
        <translation>تعذّر فتح تطبيق للإرسال. يُرجى حفظه كملف PDF بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Kit for %1</source>
        <translation>ملف معلومات لـ %1</translation>
    </message>
    <message>
        <source>Kit for the family</source>
        <translation>ملف معلومات للعائلة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>أين تريد حفظ ملف PDF؟</translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>لم يعد هذا الشخص في قائمة العائلة.</translation>
    </message>
    <message>
        <source>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</source>
        <translation>صفحة لهذا الفرد من العائلة، باللغة التي يقرأ بها: اسمه، والوثائق المطلوبة للسفارة، والتواريخ التي يجب الالتزام بها.</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>لغة ملف المعلومات</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>ما سيحتويه الملف</translation>
    </message>
    <message>
        <source>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</source>
        <translation>هذا بالضبط ما سيحتويه ملف PDF. فيه بيانات هذا الشخص فقط.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>ملف PDF غير مقفل برقمك السري. أي شخص لديه الملف يمكنه قراءته. يُرجى حفظه فقط في المكان الذي تختاره، وحذفه عندما لا تحتاجه.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>تم حفظ ملف PDF‏.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>ملف PDF غير مقفل برقمك السري. أي شخص لديه الملف يمكنه قراءته. يُرجى إرساله فقط إلى الشخص المقصود، وحفظه فقط في المكان الذي تختاره، وحذفه عندما لا تحتاجه.</translation>
    </message>
    <message>
        <source>Send the PDF</source>
        <translation>إرسال ملف PDF</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>The language could not be saved.</source>
        <translation>تعذّر حفظ اللغة.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>يُرجى الضغط على لغتك. يمكنك تغييرها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>LetterChoice</name>
    <message>
        <source>Chosen</source>
        <translation>تم الاختيار</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Its date starts: %1</source>
        <translation>تاريخها يبدأ: %1</translation>
    </message>
    <message>
        <source>Enter the dates of this letter</source>
        <translation>إدخال تواريخ هذه الرسالة</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>تقرّر IND قبل</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>الإجابة قبل</translation>
    </message>
    <message>
        <source>The letter says before which day the IND decides. Enter that day.</source>
        <translation>تذكر الرسالة اليوم الذي تقرّر IND قبله. يُرجى إدخال ذلك اليوم.</translation>
    </message>
    <message>
        <source>The letter says before which day the IND wants your answer. Enter that day.</source>
        <translation>تذكر الرسالة اليوم الذي تريد IND جوابك قبله. يُرجى إدخال ذلك اليوم.</translation>
    </message>
    <message>
        <source>Saved. Samen reminds you before the date.</source>
        <translation>تم الحفظ. سيذكّرك Samen قبل التاريخ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>عرض الخطوات</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>عرض كل التواريخ</translation>
    </message>
    <message>
        <source>The date at the top of the letter, next to the word &quot;Datum&quot;.</source>
        <translation>التاريخ في أعلى الرسالة، بجانب كلمة «Datum».</translation>
    </message>
    <message>
        <source>Dates to keep:</source>
        <translation>تواريخ يجب تذكّرها:</translation>
    </message>
    <message>
        <source>Keep the photo and text of this letter</source>
        <translation>الاحتفاظ بصورة هذه الرسالة ونصها</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</source>
        <translation>هذا الخيار مُطفأ ما لم تشغّله. عندها يحتفظ Samen بالصورة وبالنص الذي قرأه على هذا الهاتف فقط، مقفلين برقمك السري، ويعرضهما في صفحة هذه الرسالة. يمكنك حذفهما من هناك.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>وصلت رسالة من IND</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>يُرجى أولًا الإجابة عن الأسئلة عن عائلتك. بعدها يمكنك متابعة كل خطوة هنا.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>بدء الأسئلة</translation>
    </message>
    <message>
        <source>For whom is the letter?</source>
        <translation>لمن هذه الرسالة؟</translation>
    </message>
    <message>
        <source>The letter is about everyone in this application</source>
        <translation>الرسالة تخص كل من في هذا الطلب</translation>
    </message>
    <message>
        <source>Which letter is it?</source>
        <translation>ما هي هذه الرسالة؟</translation>
    </message>
    <message>
        <source>Look at the Dutch words at the top of the letter. Choose the same words below.</source>
        <translation>يُرجى النظر إلى الكلمات الهولندية في أعلى الرسالة، ثم اختيار نفس الكلمات في الأسفل.</translation>
    </message>
    <message>
        <source>Not in the list? Add the date the letter asks you to answer by.</source>
        <translation>ليست في القائمة؟ يُرجى إضافة التاريخ الذي تطلب الرسالة الجواب قبله.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>إضافة تاريخ من رسالة IND</translation>
    </message>
    <message>
        <source>Let Samen read it</source>
        <translation>قراءة Samen للرسالة</translation>
    </message>
    <message>
        <source>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</source>
        <translation>يمكن التقاط صورة للرسالة أو اختيار ملفها. يقرأ Samen الرسالة على هذا الهاتف ويقول أي رسالة هي ومتى يجب التصرف.</translation>
    </message>
    <message>
        <source>Let Samen read the letter</source>
        <translation>قراءة الرسالة بواسطة Samen</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in your own language</source>
        <translation>الاسم بلغتك</translation>
    </message>
    <message>
        <source>Name in Latin letters, exactly as in the passport</source>
        <translation>الاسم بالأحرف اللاتينية، تمامًا كما في جواز السفر</translation>
    </message>
    <message>
        <source>Suggest Latin letters</source>
        <translation>اقترح الأحرف اللاتينية</translation>
    </message>
    <message>
        <source>The suggestion is only a guess. Change it so that it is exactly as in the passport.</source>
        <translation>الاقتراح مجرد تخمين. يُرجى تغييره حتى يكون تمامًا كما في جواز السفر.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>%1, with photos or files</source>
        <translation>%1، مع صور أو ملفات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>حذف هذا الشخص</translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>نعم، حذف هذا الشخص</translation>
    </message>
    <message>
        <source>Dates and progress of the application</source>
        <translation>مواعيد الطلب وتقدّمه</translation>
    </message>
    <message>
        <source>Earlier answers (before the rules changed):</source>
        <translation>الأجوبة السابقة (قبل تغيّر القواعد)‏:</translation>
    </message>
    <message numerus="yes">
        <source>This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملف من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، وصورة أو ملفًا واحدًا (%Ln) من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، وصورتين أو ملفين (%Ln) من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صور أو ملفات من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملفًا من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته، و%Ln صورة أو ملف من وثائقه. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>هذا يحذف هذا الشخص مع إجاباته ووثائقه وتواريخه وتذكيراته. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
            <numerusform>حذف هذا الشخص وصورة واحدة (%Ln)</numerusform>
            <numerusform>حذف هذا الشخص وصورتين (%Ln)</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صور</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
            <numerusform>حذف هذا الشخص و%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>لم يعد هذا الشخص في قائمة العائلة.</translation>
    </message>
    <message>
        <source>Kit for %1</source>
        <translation>ملف معلومات لـ %1</translation>
    </message>
</context>
<context>
    <name>NoVoiceNote</name>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>لا يوجد في هذا الهاتف صوت يقرأ هذه اللغة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>Write a note for yourself</source>
        <translation>كتابة ملاحظة لنفسك</translation>
    </message>
</context>
<context>
    <name>OwnNameCard</name>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Your name in your own language (you may leave it empty). A helper sees it on the summary.</source>
        <translation>اسمك بلغتك (يمكنك تركه فارغًا). يراه المساعد في الملخص.</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your residence permit</source>
        <translation>اسمك بالأحرف اللاتينية، كما في تصريح إقامتك</translation>
    </message>
</context>
<context>
    <name>PageTile</name>
    <message>
        <source>Look at page %1</source>
        <translation>عرض الصفحة %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>أضيفت في %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>Where you are now</source>
        <translation>أين وصلت الآن</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>ما يمكنك فعله الآن</translation>
    </message>
    <message>
        <source>What your family abroad does</source>
        <translation>ما تفعله عائلتك في الخارج</translation>
    </message>
</context>
<context>
    <name>PhaseGroup</name>
    <message>
        <source>Next step: %1</source>
        <translation>الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>عرض الخطوات</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة (%Ln)</numerusform>
            <numerusform>سنتان (%Ln)</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد (%Ln)</numerusform>
            <numerusform>شهران (%Ln)</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>أسبوع واحد (%Ln)</numerusform>
            <numerusform>أسبوعان (%Ln)</numerusform>
            <numerusform>%Ln أسابيع</numerusform>
            <numerusform>%Ln أسبوعًا</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد (%Ln)</numerusform>
            <numerusform>يومان (%Ln)</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually up to %1.</source>
        <translation>عادةً حتى %1.</translation>
    </message>
    <message>
        <source>It can take %1 longer.</source>
        <translation>قد يستغرق الأمر %1 إضافية.</translation>
    </message>
    <message>
        <source>Application not sent yet</source>
        <translation>لم يُرسَل الطلب بعد</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>The photo is blurred. Hold the phone still and take it again.</source>
        <translation>الصورة غير واضحة. يُرجى تثبيت الهاتف والتقاط الصورة مرة أخرى.</translation>
    </message>
    <message>
        <source>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</source>
        <translation>ضوء يلمع على الوثيقة ويخفي جزءًا منها. يُرجى تحريك الوثيقة أو الضوء والتقاط الصورة مرة أخرى.</translation>
    </message>
    <message>
        <source>The photo is too dark. Take it again in more light.</source>
        <translation>الصورة مظلمة جدًا. يُرجى التقاطها مرة أخرى في ضوء أكثر.</translation>
    </message>
    <message>
        <source>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</source>
        <translation>جزء من الوثيقة خارج الصورة. يُرجى التقاط الصورة مرة أخرى بحيث تكون زوايا الوثيقة الأربع داخلها.</translation>
    </message>
</context>
<context>
    <name>PhotoCheckPage</name>
    <message>
        <source>Check the photo</source>
        <translation>فحص الصورة</translation>
    </message>
    <message>
        <source>There is no photo to check.</source>
        <translation>لا توجد صورة للفحص.</translation>
    </message>
    <message>
        <source>Making the page straight. This can take a moment.</source>
        <translation>جارٍ تقويم الصفحة. قد يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Checking the photo. This can take a moment.</source>
        <translation>جارٍ فحص الصورة. قد يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>The photo looks clear.</source>
        <translation>الصورة تبدو واضحة.</translation>
    </message>
    <message>
        <source>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</source>
        <translation>يُرجى التحقق من العلامات الدائرية الأربع. يجب أن تكون كل علامة على زاوية من زوايا الوثيقة. إذا لم تكن كذلك، يُرجى سحبها إليها.</translation>
    </message>
    <message>
        <source>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</source>
        <translation>لم يتمكن Samen من العثور على حواف الوثيقة. يُرجى سحب العلامات الدائرية الأربع إلى زوايا الوثيقة.</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Top left corner of the paper</source>
        <translation>الزاوية العليا اليسرى للوثيقة</translation>
    </message>
    <message>
        <source>Top right corner of the paper</source>
        <translation>الزاوية العليا اليمنى للوثيقة</translation>
    </message>
    <message>
        <source>Bottom right corner of the paper</source>
        <translation>الزاوية السفلى اليمنى للوثيقة</translation>
    </message>
    <message>
        <source>Bottom left corner of the paper</source>
        <translation>الزاوية السفلى اليسرى للوثيقة</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>إعادة التقاط الصورة</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>استخدام هذه الصورة</translation>
    </message>
    <message>
        <source>The arrow keys move this mark.</source>
        <translation>مفاتيح الأسهم تحرّك هذه العلامة.</translation>
    </message>
</context>
<context>
    <name>ReadDateCheck</name>
    <message>
        <source>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</source>
        <translation>قرأ Samen هذا في الرسالة: «%1». يُرجى مقارنة التاريخ بالرسالة نفسها، ثم الحفظ.</translation>
    </message>
</context>
<context>
    <name>ReaderFoundDate</name>
    <message>
        <source>From the words in the letter: &quot;%1&quot;</source>
        <translation>من كلمات الرسالة: «%1»</translation>
    </message>
    <message>
        <source>This day has already passed. Ask a helper today what you can still do.</source>
        <translation>لقد مضى هذا اليوم. يُرجى سؤال من يساعدكم اليوم عمّا يمكن فعله بعد.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Let Samen read the letter</source>
        <translation>قراءة الرسالة بواسطة Samen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file of the letter</source>
        <translation>اختيار صورة أو ملف PDF للرسالة</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>صور وملفات PDF</translation>
    </message>
    <message>
        <source>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</source>
        <translation>يقرأ Samen الرسالة على هذا الهاتف. لا يُرسل أي شيء إلى أي مكان، ولا يُحفظ شيء إلا إذا اخترتم ذلك.</translation>
    </message>
    <message>
        <source>Put the letter flat on a table, in good light. The whole first page must be in the photo.</source>
        <translation>يُرجى وضع الرسالة مسطّحة على طاولة، في ضوء جيد. يجب أن تظهر الصفحة الأولى كاملة في الصورة.</translation>
    </message>
    <message>
        <source>Take a photo of the letter</source>
        <translation>التقاط صورة للرسالة</translation>
    </message>
    <message>
        <source>Choose a photo or PDF of the letter</source>
        <translation>اختيار صورة أو ملف PDF للرسالة</translation>
    </message>
    <message>
        <source>Choose the letter from the list yourself</source>
        <translation>اختيار الرسالة من القائمة بأنفسكم</translation>
    </message>
    <message>
        <source>Samen is reading the letter. This can take up to a minute.</source>
        <translation>يقرأ Samen الرسالة الآن. قد يستغرق هذا حتى دقيقة.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>This does not look like an IND letter.</source>
        <translation>لا يبدو هذا رسالة من IND.</translation>
    </message>
    <message>
        <source>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</source>
        <translation>ربما الصورة غير واضحة، أو هذه رسالة من نوع آخر. يمكن تجربة صورة أخرى، أو اختيار الرسالة من القائمة حسب الكلمات الهولندية في أعلاها.</translation>
    </message>
    <message>
        <source>Try another photo or file</source>
        <translation>تجربة صورة أو ملف آخر</translation>
    </message>
    <message>
        <source>Samen read the letter. Check what it found against the paper before you continue.</source>
        <translation>قرأ Samen الرسالة. يُرجى مقارنة ما وجده بالرسالة نفسها قبل المتابعة.</translation>
    </message>
    <message>
        <source>Samen is not sure about this letter. Check everything below against the paper.</source>
        <translation>ليس Samen متأكدًا من هذه الرسالة. يُرجى مقارنة كل ما يلي بالرسالة نفسها.</translation>
    </message>
    <message>
        <source>Which letter it seems to be</source>
        <translation>الرسالة التي تبدو أنها هي</translation>
    </message>
    <message>
        <source>Which of these is it?</source>
        <translation>أيّ واحدة منها هي؟</translation>
    </message>
    <message>
        <source>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</source>
        <translation>لم يستطع Samen التمييز بين هذه الرسائل. يُرجى البحث عن هذه الكلمات الهولندية في الرسالة ثم الاختيار.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter. You can enter it on the next page.</source>
        <translation>لم يجد Samen تاريخ الرسالة. يمكن إدخاله في الصفحة التالية.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>الإجابة قبل</translation>
    </message>
    <message>
        <source>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</source>
        <translation>لم يجد Samen يومًا للإجابة قبله. يُرجى البحث في الرسالة عن كلمات مثل «binnen» وعن تاريخ.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>تقرّر IND قبل</translation>
    </message>
    <message>
        <source>V-number: %1</source>
        <translation>رقم V: %1</translation>
    </message>
    <message>
        <source>Continue: check the dates and save</source>
        <translation>متابعة: التحقق من التواريخ والحفظ</translation>
    </message>
    <message>
        <source>It is another letter: choose from the list</source>
        <translation>إنها رسالة أخرى: الاختيار من القائمة</translation>
    </message>
    <message>
        <source>Read another photo or file</source>
        <translation>قراءة صورة أو ملف آخر</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>This file is empty. Choose another photo or file of the letter.</source>
        <translation>هذا الملف فارغ. يُرجى اختيار صورة أو ملف آخر للرسالة.</translation>
    </message>
    <message>
        <source>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</source>
        <translation>هذا الملف كبير جدًا للقراءة. يُرجى التقاط صورة جديدة للرسالة، أو اختيار ملف أصغر.</translation>
    </message>
    <message>
        <source>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</source>
        <translation>يستطيع Samen قراءة الصور (JPEG وPNG) وملفات PDF. يُرجى اختيار صورة أو ملف PDF للرسالة.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be one letter. Choose the PDF of one letter.</source>
        <translation>ملف PDF هذا فيه صفحات كثيرة جدًا لرسالة واحدة. يُرجى اختيار ملف PDF لرسالة واحدة.</translation>
    </message>
    <message>
        <source>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</source>
        <translation>قارئ الرسائل غير موجود في هذا التثبيت من Samen‏. يُرجى اختيار الرسالة من القائمة.</translation>
    </message>
    <message>
        <source>This file cannot be read. Take a new photo of the letter, or choose another file.</source>
        <translation>لا يمكن قراءة هذا الملف. يُرجى التقاط صورة جديدة للرسالة، أو اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>Samen could not find which letter this is.</source>
        <translation>لم يستطع Samen معرفة أي رسالة هذه.</translation>
    </message>
    <message>
        <source>The letter has words of two kinds of letters.</source>
        <translation>في الرسالة كلمات من نوعين من الرسائل.</translation>
    </message>
    <message>
        <source>Samen could not read whether the objection was accepted or not.</source>
        <translation>لم يستطع Samen قراءة هل قُبل الاعتراض أم لا.</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter.</source>
        <translation>لم يجد Samen تاريخ الرسالة.</translation>
    </message>
    <message>
        <source>The letter has more than one date that could be meant.</source>
        <translation>في الرسالة أكثر من تاريخ قد يكون هو المقصود.</translation>
    </message>
    <message>
        <source>The date of the letter is long ago. Check that Samen read it right.</source>
        <translation>تاريخ الرسالة قديم جدًا. يُرجى التحقق من أن Samen قرأه بشكل صحيح.</translation>
    </message>
    <message>
        <source>The date of the letter is after today. Check that Samen read it right.</source>
        <translation>تاريخ الرسالة بعد اليوم. يُرجى التحقق من أن Samen قرأه بشكل صحيح.</translation>
    </message>
    <message>
        <source>A date in the letter was hard to read.</source>
        <translation>كان أحد التواريخ في الرسالة صعب القراءة.</translation>
    </message>
    <message>
        <source>Samen did not find by when you must answer.</source>
        <translation>لم يجد Samen متى يجب الرد.</translation>
    </message>
    <message>
        <source>The letter gives a period, but Samen is not sure from which day it counts.</source>
        <translation>تذكر الرسالة مدة، لكن Samen غير متأكد من أي يوم تبدأ.</translation>
    </message>
    <message>
        <source>A date Samen read is before the date of the letter. Check it against the paper.</source>
        <translation>تاريخ قرأه Samen يقع قبل تاريخ الرسالة. يُرجى مقارنته بالرسالة نفسها.</translation>
    </message>
    <message>
        <source>The day to answer by is far away. Check that Samen read it right.</source>
        <translation>يوم الرد بعيد جدًا. يُرجى التحقق من أن Samen قرأه بشكل صحيح.</translation>
    </message>
    <message>
        <source>The V-number was hard to read.</source>
        <translation>كان رقم V صعب القراءة.</translation>
    </message>
    <message>
        <source>The photo was hard to read. A sharper photo in good light helps.</source>
        <translation>كانت الصورة صعبة القراءة. صورة أوضح في ضوء جيد تساعد.</translation>
    </message>
    <message>
        <source>Samen is not sure about part of this letter.</source>
        <translation>ليس Samen متأكدًا من جزء من هذه الرسالة.</translation>
    </message>
    <message>
        <source>Samen did not find the day by which the IND decides.</source>
        <translation>لم يجد Samen اليوم الذي تقرّر IND قبله.</translation>
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
            <numerusform>%1: بقي يوم واحد (%n)‏.</numerusform>
            <numerusform>%1: بقي يومان (%n)‏.</numerusform>
            <numerusform>%1: بقيت %n أيام.</numerusform>
            <numerusform>%1: بقي %n يومًا.</numerusform>
            <numerusform>%1: بقي %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: بقي %n يوم، حتى %2.</numerusform>
            <numerusform>%1: بقي يوم واحد (%n)‏، حتى %2.</numerusform>
            <numerusform>%1: بقي يومان (%n)‏، حتى %2.</numerusform>
            <numerusform>%1: بقيت %n أيام، حتى %2.</numerusform>
            <numerusform>%1: بقي %n يومًا، حتى %2.</numerusform>
            <numerusform>%1: بقي %n يوم، حتى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>تطبيق Samen‏: موعد للتحقق</translation>
    </message>
    <message>
        <source>End of the waiting time</source>
        <translation>نهاية مدة الانتظار</translation>
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
        <translation>اختيار ملف النسخة الاحتياطية</translation>
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
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</source>
        <translation>سيُستبدَل كل ما في Samen الآن بما في النسخة الاحتياطية. ما أُضيف أو غُيِّر بعد عمل النسخة الاحتياطية سيضيع. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Yes, replace it with the backup</source>
        <translation>نعم، الاستبدال بالنسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation>نتيجتك</translation>
    </message>
    <message>
        <source>There is no result yet. First answer the questions about you and your family.</source>
        <translation>لا توجد نتيجة بعد. يُرجى أولًا الإجابة عن الأسئلة عنك وعن عائلتك.</translation>
    </message>
    <message>
        <source>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</source>
        <translation>من يستطيع المساعدة: متطوع من VluchtelingenWerk في مركز اللجوء (AZC) أو في مدينتك، أو محامٍ عن طريق Juridisch Loket‏. يُرجى عرض هذه الشاشة عليهم. تطبيق Samen ليس محاميًا.</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>تغيير أجوبتي</translation>
    </message>
    <message>
        <source>Next: the papers for each person</source>
        <translation>التالي: وثائق كل شخص</translation>
    </message>
</context>
<context>
    <name>RulesChangeNotice</name>
    <message>
        <source>Samen&apos;s rules were updated (rules as of %1).</source>
        <translation>تم تحديث قواعد Samen (القواعد كما في %1)‏.</translation>
    </message>
    <message>
        <source>For %1 the answer is now: %2. Before it was: %3.</source>
        <translation>بالنسبة إلى %1 الجواب الآن: %2. وكان من قبل: %3.</translation>
    </message>
    <message>
        <source>Until %1 the answer was: %2 (rules as of %3).</source>
        <translation>حتى %1 كان الجواب: %2 (القواعد كما في %3)‏.</translation>
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
    <message>
        <source>Hide: %1</source>
        <translation>إخفاء: %1</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>إظهار: %1</translation>
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
        <translation>معلوماتك مقفلة على هذا الهاتف. يقفل Samen نفسه عندما تخرج من التطبيق أو لا تستخدمه مدة ٥ دقائق.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>قفل Samen الآن</translation>
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
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Say which date in reminders</source>
        <translation>ذكر التاريخ في التذكيرات</translation>
    </message>
    <message>
        <source>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</source>
        <translation>مطفأ: يقول التذكير فقط «لديك موعد عليك أن تتحقق منه.» مشغّل: يقول أيضًا أي تاريخ ومتى. قد يرى الآخرون التذكيرات على شاشتك.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Also show dates in the Ethiopian calendar (E.C.)</source>
        <translation>عرض التواريخ أيضًا بالتقويم الإثيوبي</translation>
    </message>
    <message>
        <source>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</source>
        <translation>يعرض Samen دائمًا التاريخ الميلادي (الأوروبي) أولًا، كما تكتبه IND‏. ويأتي التاريخ الإثيوبي بعده.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>يعمل الرقم السري مع مفتاح في الشريحة الآمنة لهذا الهاتف. لا يمكن فتح نسخة من ملفات Samen على جهاز آخر.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>يعمل الرقم السري مع مفتاح في مخزن مفاتيح Android (ليس في هذا الهاتف شريحة آمنة منفصلة لذلك). لا يمكن فتح نسخة من ملفات Samen على جهاز آخر.</translation>
    </message>
    <message>
        <source>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</source>
        <translation>على هذا الحاسوب، الرقم السري وحده يحمي نسخة من ملفات Samen. سلسلة مفاتيح الحاسوب تحفظ عدد المحاولات الخاطئة، فلا يستطيع أحد إعادته إلى الصفر.</translation>
    </message>
    <message>
        <source>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</source>
        <translation>على هذا الجهاز، الرقم السري وحده يحمي نسخة من ملفات Samen، وعدد المحاولات الخاطئة محفوظ في ملف عادي. يُرجى اختيار رقم سري لا يستطيع أحد تخمينه.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the buttons that make text smaller or larger</comment>
        <translation>أ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Tap the speaker to hear how Samen reads a text aloud.</source>
        <translation>يُرجى الضغط على السمّاعة لسماع كيف يقرأ تطبيق Samen النص بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Read slowly</source>
        <translation>القراءة ببطء</translation>
    </message>
    <message>
        <source>Looking for a voice on this phone …</source>
        <translation>جارٍ البحث عن صوت في هذا الهاتف …</translation>
    </message>
    <message>
        <source>This phone has a voice for your language.</source>
        <translation>في هذا الهاتف صوت لهذه اللغة.</translation>
    </message>
    <message>
        <source>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</source>
        <translation>لا يوجد في هذا الهاتف صوت للغة الدارية. تُقرأ النصوص بصوت فارسي، وهو يبدو مختلفًا قليلًا.</translation>
    </message>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>لا يوجد في هذا الهاتف صوت يقرأ هذه اللغة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>The first tap on a speaker also checks whether this phone has a voice for your language.</source>
        <translation>عند أول ضغطة على سمّاعة يتحقق التطبيق أيضًا من وجود صوت لهذه اللغة في هذا الهاتف.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>حماية معلوماتك</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>يُرجى اختيار كلمة سر. يطلبها Samen كل مرة تفتح فيها التطبيق. كل ما تحفظه يبقى مقفلًا على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>يُرجى اختيار رقم سري من ٦ أرقام على الأقل. يطلبه Samen كل مرة تفتح فيها التطبيق. كل ما تحفظه يبقى مقفلًا على هذا الهاتف.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة سر جديدة (٨ أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>رقم سري جديد (٦ أرقام على الأقل)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>كتابة كلمة السر مرة أخرى</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>كتابة الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>الاثنان غير متطابقين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>مهم: إذا نسيت رقمك السري فلن يستطيع أحد فتح معلوماتك، ولا حتى صانعو Samen‏. يُرجى إنشاء نسخة احتياطية من الإعدادات، حتى تستطيع استعادتها.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>قفل معلوماتي</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>جارٍ قفل معلوماتك. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>استخدام رقم سري بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>استخدام كلمة سر بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Stop reading: %1</source>
        <translation>إيقاف القراءة: %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>قراءة بصوت عالٍ: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Date in the IND letter</source>
        <translation>التاريخ في رسالة IND</translation>
    </message>
    <message>
        <source>Same date for everyone in this application</source>
        <translation>نفس التاريخ لكل من في هذا الطلب</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>حذف هذا التاريخ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StageStep</name>
    <message>
        <source>No date yet</source>
        <translation>لا يوجد تاريخ بعد</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>تغيير التاريخ</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>إدخال التاريخ</translation>
    </message>
</context>
<context>
    <name>StepDateEntry</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>وصلت رسالة من IND</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>كل الخطوات</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>قصيرة جدًا: يلزم ٨ أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>سهلة التخمين. يُرجى إضافة كلمات أو أرقام أكثر.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>جيدة. كلمة السر الأطول أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>كلمة سر قوية.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>هذا الرقم السري سهل التخمين: فهو يتكرر، أو يتسلسل صعودًا أو نزولًا، أو شائع جدًا، أو يشبه سنة. يُرجى اختيار ٦ أرقام بلا نمط.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>تعذّر حفظ الملف. يُرجى اختيار مكان آخر.</translation>
    </message>
    <message>
        <source>Family reunification: summary</source>
        <translation>لمّ شمل العائلة: ملخّص</translation>
    </message>
    <message>
        <source>Person in the Netherlands (referent)</source>
        <translation>الشخص في هولندا (referent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Date of the IND decision</source>
        <translation>تاريخ قرار IND</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>آخر خطوة</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>كل العائلة</translation>
    </message>
    <message>
        <source>Note by the user (own words, not checked)</source>
        <translation>ملاحظة من المستخدم (بكلماته، غير مدقّقة)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No family members entered yet.</source>
        <translation>لم تُدخَل أسماء أفراد العائلة بعد.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>لا توجد مواعيد نهائية مفتوحة.</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>القواعد بتاريخ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</source>
        <translation>صُنع بتطبيق Samen من إجابات المستخدم نفسه. ليس وثيقة رسمية: يُرجى التحقق من المعلومات في رسائل IND‏.</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>شريك (غير متزوج)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>طفل متبنّى</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>طفل في رعايتك</translation>
    </message>
    <message>
        <source>Child of the partner</source>
        <translation>طفل الشريك</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>الأب أو الأم</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Nareis possible</source>
        <translation>لمّ الشمل (nareis) ممكن</translation>
    </message>
    <message>
        <source>Regular route only (income requirement)</source>
        <translation>الطريق العادي فقط (شرط الدخل)</translation>
    </message>
    <message>
        <source>Must wait (b-status)</source>
        <translation>يجب الانتظار (b-status)</translation>
    </message>
    <message>
        <source>Not eligible for nareis</source>
        <translation>لا يحق له لمّ الشمل (nareis)</translation>
    </message>
    <message>
        <source>Unclear: needs advice from a lawyer</source>
        <translation>غير واضح: يحتاج إلى نصيحة محامٍ</translation>
    </message>
    <message>
        <source>Not known: the questions are not finished</source>
        <translation>غير معروف: الأسئلة لم تنتهِ</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>جواز السفر أو بطاقة الهوية</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>عقد الزواج</translation>
    </message>
    <message>
        <source>Proof of the relationship</source>
        <translation>إثبات العلاقة</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>شهادة الميلاد</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>وثائق التبني</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>إثبات الكفالة (الرعاية)</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>موافقة الوالد الآخر</translation>
    </message>
    <message>
        <source>Police record statement</source>
        <translation>شهادة السجل العدلي (من الشرطة)</translation>
    </message>
    <message>
        <source>Marital status statement</source>
        <translation>شهادة الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>ترجمة محلّفة</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>in hand, not translated</source>
        <translation>موجود، غير مترجم</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>تم تقديم الطلب</translation>
    </message>
    <message>
        <source>Extra questions from the IND</source>
        <translation>أسئلة إضافية من IND</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>تمت الموافقة على الطلب</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>تم رفض الطلب</translation>
    </message>
    <message>
        <source>MVV visa issued</source>
        <translation>صدرت تأشيرة MVV</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>سافر</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>وصل إلى هولندا</translation>
    </message>
    <message>
        <source>Appointment at IND Zevenaar</source>
        <translation>موعد في IND Zevenaar</translation>
    </message>
    <message>
        <source>Registered in the municipality (BRP)</source>
        <translation>مسجّل في البلدية (BRP)</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>لم يُقدَّم الطلب بعد</translation>
    </message>
    <message>
        <source>Last day to apply for nareis (3 months)</source>
        <translation>آخر يوم لطلب لمّ الشمل (٣ أشهر)</translation>
    </message>
    <message>
        <source>IND decision due (may be extended)</source>
        <translation>موعد قرار IND (قد يُمدَّد)</translation>
    </message>
    <message>
        <source>Last day to object (bezwaar)</source>
        <translation>آخر يوم للاعتراض (bezwaar)</translation>
    </message>
    <message>
        <source>Collect the MVV at the embassy</source>
        <translation>استلام تأشيرة MVV من السفارة</translation>
    </message>
    <message>
        <source>Travel to the Netherlands (MVV valid until)</source>
        <translation>السفر إلى هولندا (MVV صالحة حتى)</translation>
    </message>
    <message>
        <source>First visit to a GP</source>
        <translation>أول زيارة لطبيب العائلة</translation>
    </message>
    <message>
        <source>End of the 2-year wait (b-status)</source>
        <translation>نهاية انتظار السنتين (b-status)</translation>
    </message>
    <message>
        <source>Date from a letter</source>
        <translation>تاريخ من رسالة</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>صفة لاجئ (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>حماية فرعية (b-status)</translation>
    </message>
    <message>
        <source>Regular route: fee (leges)</source>
        <translation>الطريق العادي: الرسوم (leges)</translation>
    </message>
    <message>
        <source>Regular route: civic integration exam abroad</source>
        <translation>الطريق العادي: امتحان الاندماج في الخارج</translation>
    </message>
    <message>
        <source>Regular route: proof of income and housing</source>
        <translation>الطريق العادي: إثبات الدخل والسكن</translation>
    </message>
    <message>
        <source>Regular route: health insurance</source>
        <translation>الطريق العادي: التأمين الصحي</translation>
    </message>
    <message>
        <source>Regular route: legalised documents</source>
        <translation>الطريق العادي: وثائق مصدّقة</translation>
    </message>
    <message>
        <source>Objection (bezwaar) filed</source>
        <translation>تمّ تقديم الاعتراض (bezwaar)</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>القرار في الاعتراض</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>تمّ حجز التذكرة</translation>
    </message>
    <message>
        <source>TB screening at the GGD</source>
        <translation>فحص السل (TB) في GGD</translation>
    </message>
    <message>
        <source>First GP visit</source>
        <translation>أول زيارة لطبيب العائلة</translation>
    </message>
    <message>
        <source>IND decision on the objection due</source>
        <translation>موعد قرار IND في الاعتراض</translation>
    </message>
    <message>
        <source>Last day to appeal (beroep)</source>
        <translation>آخر يوم للطعن أمام المحكمة (beroep)</translation>
    </message>
    <message>
        <source>Report to IND Zevenaar (3 days after arrival)</source>
        <translation>الحضور إلى IND Zevenaar (٣ أيام بعد الوصول)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Papers ready</source>
        <translation>الوثائق الجاهزة</translation>
    </message>
    <message>
        <source>Papers not ready yet</source>
        <translation>الوثائق غير الجاهزة بعد</translation>
    </message>
    <message>
        <source>Appointment at the embassy (mvv)</source>
        <translation>موعد في السفارة (mvv)</translation>
    </message>
    <message>
        <source>Proof of living together</source>
        <translation>إثبات العيش المشترك</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>%1

Who can help: %2</source>
        <translation>%1

من يمكنه المساعدة: %2</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>This day does not exist. Please check the date.</source>
        <translation>هذا اليوم غير موجود. يُرجى التحقق من التاريخ.</translation>
    </message>
    <message>
        <source>This date is too long ago. Please check the year.</source>
        <translation>هذا التاريخ قديم جدًا. يُرجى التحقق من السنة.</translation>
    </message>
    <message>
        <source>This date is in the future. Choose the day it happened.</source>
        <translation>هذا التاريخ في المستقبل. يُرجى اختيار اليوم الذي حدث فيه.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>لم ينجح هذا. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This date is before the day you sent the application. Please check both dates.</source>
        <translation>هذا التاريخ قبل يوم إرسال الطلب. يُرجى التحقق من التاريخين.</translation>
    </message>
    <message>
        <source>First enter the day you sent the application.</source>
        <translation>يُرجى أولًا كتابة يوم إرسال الطلب.</translation>
    </message>
    <message>
        <source>This day has passed. Choose the date in the letter.</source>
        <translation>هذا اليوم مضى. يُرجى اختيار التاريخ الموجود في الرسالة.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>تعذّر حفظ الملف. يُرجى اختيار مكان آخر.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>كل العائلة</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>يبدأ: %1</translation>
    </message>
    <message>
        <source>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</source>
        <translation>هذا التاريخ لا يتوافق مع تاريخ الخطوة «%1». يُرجى التحقق من التاريخين.</translation>
    </message>
    <message>
        <source>Answer the letter: %1</source>
        <translation>الرد على الرسالة: %1</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>بحسب إجابتك عن الأسئلة عن عائلتك، تم إرسال الطلب. لتغيير ذلك، يُرجى تغيير تلك الإجابة.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>خطوات الإجراء</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>يُرجى أولًا الإجابة عن الأسئلة عن عائلتك. بعدها يمكنك متابعة كل خطوة هنا.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>بدء الأسئلة</translation>
    </message>
    <message>
        <source>Date in the IND letter</source>
        <translation>التاريخ في رسالة IND</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>لمن؟</translation>
    </message>
    <message>
        <source>The IND decides before the date in its letter.</source>
        <translation>تقرّر IND قبل التاريخ المذكور في رسالتها.</translation>
    </message>
    <message>
        <source>Did the IND send a letter that says before which day it decides? Enter that day.</source>
        <translation>هل أرسلت IND رسالة تقول قبل أي يوم ستقرّر؟ يُرجى كتابة ذلك اليوم.</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>تغيير التاريخ</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>إدخال التاريخ</translation>
    </message>
    <message>
        <source>Use 90 days again</source>
        <translation>استخدام ٩٠ يومًا مرة أخرى</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Application sent</source>
        <translation>تم إرسال الطلب</translation>
    </message>
    <message>
        <source>IND asks for more (DNA test or interview)</source>
        <translation>تطلب IND المزيد (فحص DNA أو مقابلة)</translation>
    </message>
    <message>
        <source>Yes from the IND</source>
        <translation>موافقة من IND</translation>
    </message>
    <message>
        <source>No from the IND</source>
        <translation>رفض من IND</translation>
    </message>
    <message>
        <source>Visa (mvv) ready</source>
        <translation>التأشيرة (mvv) جاهزة</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>سافروا</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>وصلوا إلى هولندا</translation>
    </message>
    <message>
        <source>Appointment at the IND in Zevenaar</source>
        <translation>موعد في IND في Zevenaar</translation>
    </message>
    <message>
        <source>Registered at the town hall</source>
        <translation>تسجّلوا في البلدية</translation>
    </message>
    <message>
        <source>You sent the application for your family to the IND.</source>
        <translation>أرسلت طلب عائلتك إلى IND‏.</translation>
    </message>
    <message>
        <source>The IND wants more papers, a DNA test or an interview.</source>
        <translation>تريد IND وثائق أكثر، أو فحص DNA أو مقابلة.</translation>
    </message>
    <message>
        <source>The IND says yes. Your family may come.</source>
        <translation>تقول IND نعم. يمكن لعائلتك أن تأتي.</translation>
    </message>
    <message>
        <source>The IND says no. You can object to this.</source>
        <translation>تقول IND لا. يمكنك الاعتراض على ذلك.</translation>
    </message>
    <message>
        <source>Your family has the visa (mvv) from the embassy.</source>
        <translation>حصلت عائلتك على التأشيرة (mvv) من السفارة.</translation>
    </message>
    <message>
        <source>Your family is on the way.</source>
        <translation>عائلتك في الطريق.</translation>
    </message>
    <message>
        <source>Your family is in the Netherlands.</source>
        <translation>عائلتك في هولندا.</translation>
    </message>
    <message>
        <source>Your family is registered at the town hall (BRP).</source>
        <translation>عائلتك مسجّلة في البلدية (BRP)‏.</translation>
    </message>
    <message>
        <source>Apply for your family</source>
        <translation>تقديم الطلب لعائلتك</translation>
    </message>
    <message>
        <source>The IND decides</source>
        <translation>تقرّر IND</translation>
    </message>
    <message>
        <source>Object to the no</source>
        <translation>الاعتراض على الرفض</translation>
    </message>
    <message>
        <source>Collect the visa (mvv)</source>
        <translation>استلم التأشيرة (mvv)</translation>
    </message>
    <message>
        <source>Travel to the Netherlands</source>
        <translation>السفر إلى هولندا</translation>
    </message>
    <message>
        <source>First visit to the doctor (GP)</source>
        <translation>أول زيارة للطبيب (الطبيب العام)</translation>
    </message>
    <message>
        <source>The waiting time ends</source>
        <translation>تنتهي مدة الانتظار</translation>
    </message>
    <message>
        <source>Answer the IND letter</source>
        <translation>الرد على رسالة IND</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>يُرجى تقديم الطلب خلال ٣ أشهر بعد التاريخ المكتوب على رسالة IND‏.</translation>
    </message>
    <message>
        <source>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</source>
        <translation>لديك ٤ أسابيع للاعتراض على الرفض. يُرجى التحدث بسرعة مع محامٍ أو مع VluchtelingenWerk‏.</translation>
    </message>
    <message>
        <source>Your family must collect the visa at the embassy within 3 months.</source>
        <translation>يجب أن تستلم عائلتك التأشيرة من السفارة خلال ٣ أشهر.</translation>
    </message>
    <message>
        <source>The visa is valid for 90 days. Your family must come before it ends.</source>
        <translation>التأشيرة صالحة لمدة ٩٠ يومًا. يجب أن تأتي عائلتك قبل أن تنتهي.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</source>
        <translation>يُرجى زيارة الطبيب العام خلال أسبوعين. عندها يكون المترجم مجانيًا.</translation>
    </message>
    <message>
        <source>A date from a letter of the IND.</source>
        <translation>تاريخ من رسالة من IND‏.</translation>
    </message>
    <message>
        <source>Send the application for your family before the deadline.</source>
        <translation>إرسال طلب عائلتك قبل الموعد النهائي.</translation>
    </message>
    <message>
        <source>Wait for the IND. Answer every IND letter in time.</source>
        <translation>انتظار IND‏، والرد على كل رسالة من IND في وقتها.</translation>
    </message>
    <message>
        <source>Do what the IND asks, before the date in the letter.</source>
        <translation>يُرجى فعل ما تطلبه IND‏، قبل التاريخ الموجود في الرسالة.</translation>
    </message>
    <message>
        <source>Your family collects the visa (mvv) at the embassy.</source>
        <translation>تستلم عائلتك التأشيرة (mvv) من السفارة.</translation>
    </message>
    <message>
        <source>Object within 4 weeks. Ask a lawyer for help.</source>
        <translation>الاعتراض خلال ٤ أسابيع، بمساعدة محامٍ.</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>اليوم هو آخر يوم</translation>
    </message>
    <message numerus="yes">
        <source>Passed %Ln days ago</source>
        <translation>
            <numerusform>انتهى منذ %Ln يوم</numerusform>
            <numerusform>انتهى منذ يوم واحد (%Ln)</numerusform>
            <numerusform>انتهى منذ يومين (%Ln)</numerusform>
            <numerusform>انتهى منذ %Ln أيام</numerusform>
            <numerusform>انتهى منذ %Ln يومًا</numerusform>
            <numerusform>انتهى منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>بقي %Ln يوم</numerusform>
            <numerusform>بقي يوم واحد (%Ln)</numerusform>
            <numerusform>بقي يومان (%Ln)</numerusform>
            <numerusform>بقيت %Ln أيام</numerusform>
            <numerusform>بقي %Ln يومًا</numerusform>
            <numerusform>بقي %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection sent (bezwaar)</source>
        <translation>أُرسل الاعتراض (bezwaar)</translation>
    </message>
    <message>
        <source>IND decided on the objection</source>
        <translation>قرّرت IND في الاعتراض</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>تمّ حجز التذكرة</translation>
    </message>
    <message>
        <source>TB check at the GGD</source>
        <translation>فحص السل (TB) في GGD</translation>
    </message>
    <message>
        <source>You sent an objection (bezwaar) against the no of the IND.</source>
        <translation>أرسلت اعتراضًا (bezwaar) على رفض IND‏.</translation>
    </message>
    <message>
        <source>The IND sent its decision on your objection.</source>
        <translation>أرسلت IND قرارها في اعتراضك.</translation>
    </message>
    <message>
        <source>The ticket is booked. Now book the appointment with the IND in Zevenaar.</source>
        <translation>تمّ حجز التذكرة. يُرجى الآن حجز الموعد مع IND في Zevenaar‏.</translation>
    </message>
    <message>
        <source>Your family reported to the IND in Zevenaar and got their residence permit.</source>
        <translation>حضرت عائلتك إلى IND في Zevenaar وحصلت على تصريح الإقامة.</translation>
    </message>
    <message>
        <source>Your family had the check for tuberculosis (TB) at the GGD.</source>
        <translation>أجرت عائلتك فحص السل (TB) في GGD‏.</translation>
    </message>
    <message>
        <source>Your family visited a doctor (GP).</source>
        <translation>زارت عائلتك الطبيب (الطبيب العام)‏.</translation>
    </message>
    <message>
        <source>The IND decides on the objection</source>
        <translation>تقرّر IND في الاعتراض</translation>
    </message>
    <message>
        <source>Go to court (appeal)</source>
        <translation>الذهاب إلى المحكمة (الطعن)</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar</source>
        <translation>الحضور إلى IND في Zevenaar</translation>
    </message>
    <message>
        <source>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</source>
        <translation>يجب أن تقرّر IND خلال ٣ أشهر. قد تأخذ ٣ أشهر إضافية. إذا كان في رسالة IND تاريخ، فيُرجى استخدام ذلك التاريخ.</translation>
    </message>
    <message>
        <source>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</source>
        <translation>يجب أن تقرّر IND في اعتراضك خلال ١٩ أسبوعًا. قد تأخذ ٦ أسابيع إضافية.</translation>
    </message>
    <message>
        <source>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</source>
        <translation>هل ما زال الجواب على اعتراضك لا؟ لديك ٤ أسابيع للطعن أمام المحكمة (beroep)‏. المحامي يقوم بذلك عنك.</translation>
    </message>
    <message>
        <source>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</source>
        <translation>يجب أن تحضر عائلتك إلى IND في Zevenaar خلال ٣ أيام بعد الوصول، ما دامت التأشيرة صالحة.</translation>
    </message>
    <message>
        <source>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</source>
        <translation>مع الحماية الفرعية تنتظر حوالي سنتين. ليس من المؤكد بعد من أي يوم تُحسبان: يُرجى التحقق من التاريخ مع محامٍ.</translation>
    </message>
    <message>
        <source>Still a no? Go to court within 4 weeks. Ask your lawyer now.</source>
        <translation>ما زال الجواب لا؟ يجب الذهاب إلى المحكمة خلال ٤ أسابيع. يُرجى سؤال المحامي الآن.</translation>
    </message>
    <message>
        <source>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</source>
        <translation>يُرجى حجز التذكرة. يجب أن تسافر عائلتك خلال ٩٠ يومًا. بعد حجز التذكرة مباشرةً، يُرجى حجز الموعد مع IND في Zevenaar‏.</translation>
    </message>
    <message>
        <source>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</source>
        <translation>يُرجى الآن حجز الموعد مع IND في Zevenaar‏، ليكون خلال ٣ أيام بعد الوصول.</translation>
    </message>
    <message>
        <source>After arriving, your family must report to the IND in Zevenaar within 3 days.</source>
        <translation>بعد الوصول، يجب أن تحضر عائلتك إلى IND في Zevenaar خلال ٣ أيام.</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</source>
        <translation>يُرجى الحضور إلى IND في Zevenaar خلال ٣ أيام. يُرجى زيارة طبيب خلال أسبوعين.</translation>
    </message>
    <message>
        <source>Register your family at the town hall (BRP) and make the TB check at the GGD.</source>
        <translation>يُرجى تسجيل عائلتك في البلدية (BRP) وإجراء فحص السل (TB) في GGD‏.</translation>
    </message>
    <message>
        <source>Make the TB check at the GGD and visit a doctor (GP).</source>
        <translation>يُرجى إجراء فحص السل (TB) في GGD وزيارة الطبيب (الطبيب العام)‏.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks after arrival.</source>
        <translation>يُرجى زيارة الطبيب العام خلال أسبوعين بعد الوصول.</translation>
    </message>
    <message>
        <source>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</source>
        <translation>انتهت كل الخطوات. أهلًا وسهلًا! تذكير: تصريح إقامة عائلتك مرتبط بتصريحك، ويجب أن تعيشوا معًا. يُرجى إخبار IND إذا تغيّر ذلك.</translation>
    </message>
    <message>
        <source>Appointment at the embassy for the visa (mvv)</source>
        <translation>موعد في السفارة لاستلام التأشيرة (mvv)</translation>
    </message>
    <message>
        <source>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</source>
        <translation>لدى عائلتك موعد في السفارة الهولندية. هناك توضع التأشيرة (mvv) في جواز السفر.</translation>
    </message>
    <message>
        <source>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</source>
        <translation>يُرجى إحضار جوازات السفر والوثائق التي تطلبها السفارة. يجب استلام التأشيرة (mvv) خلال ٣ أشهر بعد الموافقة.</translation>
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
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة (%Ln)‏.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين (%Ln)‏.</numerusform>
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
    <message>
        <source>Preparing the example data. This takes a few seconds.</source>
        <translation>جارٍ تجهيز بيانات المثال. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>لم يستطع تطبيق Samen قراءة ملفاته أو كتابتها. يُرجى التأكد من وجود مساحة فارغة في الهاتف، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>هذا الرقم السري قصير جدًا. يلزم ٦ أرقام على الأقل.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>كلمة السر هذه قصيرة جدًا. يلزم ٨ أحرف على الأقل.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>كلمة السر هذه غير صحيحة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>هذا الرقم السري غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>محاولات خاطئة كثيرة. يُرجى الانتظار، ثم المحاولة مرة أخرى.</translation>
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
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Samen‏. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>هذه النسخة الاحتياطية صُنعت بإصدار أحدث من Samen‏. حدّث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>ملف النسخة الاحتياطية هذا تالف أو ناقص. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>يُرجى فتح Samen برقمك السري أولًا.</translation>
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
        <translation>تعذّر حذف كل شيء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>هذا الرقم السري سهل التخمين: فهو يتكرر، أو يتسلسل صعودًا أو نزولًا، أو شائع جدًا، أو يشبه سنة. يُرجى اختيار ٦ أرقام بلا نمط.</translation>
    </message>
    <message>
        <source>This backup password is too short or too easy to guess. Use a few words that only you would put together.</source>
        <translation>كلمة سر النسخة الاحتياطية هذه قصيرة جدًا أو سهلة التخمين. يُرجى استخدام بضع كلمات بترتيب لا يختاره أحد غيرك.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from the PIN or password that opens Samen.</source>
        <translation>يُرجى اختيار كلمة سر للنسخة الاحتياطية تختلف عن الرقم السري أو كلمة السر التي تفتح Samen‏.</translation>
    </message>
    <message>
        <source>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</source>
        <translation>لا يستطيع Samen الوصول إلى مخزن المفاتيح في هذا الجهاز، وهو الذي يعدّ المحاولات الخاطئة. لم يتم فحص أو تغيير أي شيء. يُرجى إعادة تشغيل الجهاز (في الحاسوب: فتح سلسلة المفاتيح)، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This phone is too slow to open this backup. Nothing was changed.</source>
        <translation>هذا الهاتف بطيء جدًا لفتح هذه النسخة الاحتياطية. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Where does this rule come from?</source>
        <translation>من أين تأتي هذه القاعدة؟</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>أين تريد حفظ النسخ؟</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>النسخ غير مقفلة. يمكن لأي شخص يستخدم هذا الهاتف أن يراها. يُرجى حذف النسخ بعد رفعها إلى موقع IND‏.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>فهمت. اختيار مجلد</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>هل تريد حذف هذه الصفحة؟ لا يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>حذف الصفحة</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>لا توجد صور أو ملفات لهذه الوثيقة بعد.</translation>
    </message>
    <message>
        <source>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</source>
        <translation>هذا ملف PDF‏. لا يستطيع Samen عرضه هنا. يمكنك حفظ نسخة لفتحها في تطبيق آخر.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>حذف هذه الصفحة</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>اختيار هذا المجلد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>VoiceAdvice</name>
    <message>
        <source>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</source>
        <translation>لإضافة صوت: يُرجى فتح الإعدادات في الهاتف، والبحث عن «تحويل النص إلى كلام»، ثم فتح إعدادات محرّك الكلام وتثبيت صوت لهذه اللغة. بعد ذلك يستطيع تطبيق Samen قراءة النصوص بصوت عالٍ.</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <source>Why do we ask this?</source>
        <translation>لماذا نسأل هذا؟</translation>
    </message>
</context>
</TS>
