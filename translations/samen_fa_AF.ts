<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>AddDeadlinePage</name>
    <message>
        <source>Whole family</source>
        <translation>تمام خانواده</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>یک تاریخ از نامه IND اضافه کنید</translation>
    </message>
    <message>
        <source>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</source>
        <translation>اداره IND اکثراً می‌خواهد که تا یک تاریخ جواب بدهید. آن تاریخ را اینجا وارد کنید. Samen به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>برای چه کسی؟</translation>
    </message>
    <message>
        <source>What does the letter ask?</source>
        <translation>نامه چه می‌خواهد؟</translation>
    </message>
    <message>
        <source>For example: send the DNA form</source>
        <translation>مثلاً: فورم DNA را بفرستید</translation>
    </message>
    <message>
        <source>Only you see these words. Reminders never show them.</source>
        <translation>فقط شما این کلمات را می‌بینید. یادآوری‌ها هرگز آن‌ها را نشان نمی‌دهند.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>جواب بدهید تا</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>ساختن نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>نسخهٔ احتیاطی را کجا ذخیره می‌کنید؟</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>نسخهٔ احتیاطی یک فایل است که همهٔ معلومات شما در آن است. با یک رمز عبور احتیاطی قفل می‌شود. فایل را در یک جای امن نگه دارید، مثلاً نزد کسی که به او اعتماد دارید.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>یک رمز عبور احتیاطی انتخاب کنید که با کود پین شما فرق داشته باشد. بدون آن هیچ کس نمی‌تواند نسخهٔ احتیاطی را باز کند.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>رمز عبور احتیاطی (دست‌کم ۸ حرف)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>رمز عبور احتیاطی را دوباره بنویسید</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>این دو یکی نیستند. دوباره بنویسید.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>جای ذخیره را انتخاب کنید</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>نسخهٔ احتیاطی ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The backup is saved: %1</source>
        <translation>نسخهٔ احتیاطی ذخیره شد: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Take a photo</source>
        <translation>عکس بگیرید</translation>
    </message>
    <message>
        <source>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</source>
        <translation>برنامه Samen در این دستگاه کمره پیدا نمی‌کند. به جای آن از «عکس یا فایل اضافه کنید» استفاده کنید.</translation>
    </message>
    <message>
        <source>Put the paper on a table in good light. Make sure all corners are in the picture.</source>
        <translation>سند را در روشنی خوب روی میز بگذارید. مطمئن شوید که همه گوشه‌ها در عکس هستند.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>عکس را بگیرید</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغییر کود پین</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>رمز عبور فعلی شما</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>کود پین فعلی شما</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>رمز عبور جدید (دست‌کم ۸ حرف)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>کود پین جدید (دست‌کم ۶ عدد)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>رمز عبور را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>کود پین را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>انجام شد. از حالا جدید را استفاده کنید.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>این دو یکی نیستند. دوباره بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>بعد از %Ln ثانیه می‌توانید دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>در حال تغییر. چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>به جای آن کود پین استفاده کنید</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>به جای آن رمز عبور استفاده کنید</translation>
    </message>
    <message>
        <source>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</source>
        <translation>تغییر، و به معلومات تان هم یک کلید نو بدهید (اگر کسی شاید از تلفون کاپی گرفته باشد مطمئن‌تر است؛ وقت بیشتر می‌گیرد)</translation>
    </message>
</context>
<context>
    <name>ChooserFit</name>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>برنامه Samen نمی‌تواند معلومات شما را باز کند</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>معلومات ذخیره‌شده خراب است.</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>برنامه Samen هیچ چیزی را تغییر نداده و پاک نکرده است.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>همه چیز را پاک کنید و از نو شروع کنید</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>هزینه‌ها</translation>
    </message>
    <message>
        <source>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</source>
        <translation>بعضی چیزها در این راه پول مصرف دارد. Samen مبلغ را فقط وقتی نشان می‌دهد که یک منبع رسمی آن را بگوید. اگر قیمت‌ها فرق کند، همین را می‌گوید.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>قوانین و شماره‌ها تا تاریخ %1 بررسی شده‌اند.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>مبلغ: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Solar calendar (Hijri shamsi)</source>
        <translation>تقویم هجری شمسی</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>تقویم اتیوپیایی</translation>
    </message>
    <message>
        <source>This month has only %1 days in that year. Please choose another day.</source>
        <translation>این ماه در آن سال فقط %1 روز دارد. لطفاً روز دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This year has only %1 months.</source>
        <translation>این سال فقط %1 ماه دارد.</translation>
    </message>
    <message>
        <source>This year is not possible. Please check it.</source>
        <translation>این سال ممکن نیست. لطفاً آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>Gregorian (European) calendar</source>
        <translation>تقویم میلادی (اروپایی)</translation>
    </message>
    <message>
        <source>This day is after today. Please check the year.</source>
        <translation>این روز بعد از امروز است. لطفاً سال را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>همین تاریخ را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>می‌توانید درخواست بدهید از: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخرین روز: %1</translation>
    </message>
    <message>
        <source>This date is from your IND letter.</source>
        <translation>این تاریخ از نامه IND شماست.</translation>
    </message>
    <message>
        <source>Reminders are paused for now.</source>
        <translation>یادآوری‌ها فعلاً متوقف هستند.</translation>
    </message>
    <message>
        <source>I did this</source>
        <translation>این را انجام دادم</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>فردا به من یادآوری کنید</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>یک هفته بعد به من یادآوری کنید</translation>
    </message>
    <message>
        <source>Delete this date</source>
        <translation>این تاریخ را پاک کنید</translation>
    </message>
    <message>
        <source>The IND must decide by this day. You do not need to do anything for it.</source>
        <translation>اداره مهاجرت (IND) باید تا این روز تصمیم بگیرد. شما برای آن لازم نیست کاری کنید.</translation>
    </message>
    <message>
        <source>I sent the application: enter the date</source>
        <translation>درخواست را فرستادم: تاریخ را وارد کنید</translation>
    </message>
    <message>
        <source>This happened: enter the date</source>
        <translation>این اتفاق افتاد: تاریخ را وارد کنید</translation>
    </message>
    <message>
        <source>Undo: not done yet (removes the date of this step)</source>
        <translation>برگشت: هنوز انجام نشده (تاریخ این مرحله پاک می‌شود)</translation>
    </message>
    <message>
        <source>Undo: not done yet</source>
        <translation>برگشت: هنوز انجام نشده</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>در سوال‌ها درباره خانواده خود گفته‌اید که درخواست فرستاده شده است. برای تغییر این، همان جواب را تغییر بدهید.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>تاریخ‌ها و مهلت‌ها</translation>
    </message>
    <message>
        <source>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</source>
        <translation>اینجا تاریخ‌های مهم خود را می‌بینید، مثل آخرین روز درخواست. اول به سوال‌ها درباره خانواده خود جواب بدهید. بعد Samen تاریخ‌های شما را می‌داند و به وقتش یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>سوال‌ها را شروع کنید</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>مراحل پروسه</translation>
    </message>
    <message>
        <source>Enter the dates of each step. Samen counts the deadlines.</source>
        <translation>تاریخ هر مرحله را وارد کنید. Samen مهلت‌ها را حساب می‌کند.</translation>
    </message>
    <message>
        <source>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</source>
        <translation>هنوز تاریخی نیست. تاریخ نامه IND را در سوال‌ها وارد کنید، یا تاریخ‌های مراحل را.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>یک تاریخ از نامه IND اضافه کنید</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>به تقویم من اضافه کنید</translation>
    </message>
    <message>
        <source>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</source>
        <translation>برنامه Samen یک فایل تقویم ذخیره می‌کند. این فایل قفل نیست: هر کسی که تلفون شما را دارد می‌تواند آن را بخواند. فقط «برنامه Samen‏: یک تاریخ برای دیدن» را نشان می‌دهد، مگر اینکه در تنظیمات معلومات بیشتر را انتخاب کرده باشید.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>یادداشت‌هایم را هم بگذارید</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>فایل را ذخیره کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <source>The dates are saved. Open the file with your calendar.</source>
        <translation>تاریخ‌ها ذخیره شدند. فایل را با تقویم خود باز کنید.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره کنید</translation>
    </message>
    <message>
        <source>Delete this date? Samen will not remind you of it any more.</source>
        <translation>آیا می‌خواهید این تاریخ را پاک کنید؟ Samen دیگر آن را به شما یادآوری نمی‌کند.</translation>
    </message>
    <message>
        <source>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</source>
        <translation>این کار تاریخ این مرحله را پاک می‌کند (برای مهلت: روزی که درخواست را فرستادید)‏. شمارش دوباره شروع می‌شود. آیا مطمئن هستید؟</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>تاریخ را پاک کنید</translation>
    </message>
    <message>
        <source>Yes, remove the date</source>
        <translation>بلی، تاریخ را پاک کنید</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo with example data. PIN: %1</source>
        <translation>نمایشی با معلومات نمونه. کود پین: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>This page could not be deleted. Try again.</source>
        <translation>این صفحه حذف نشد. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The page is deleted.</source>
        <translation>صفحه حذف شد.</translation>
    </message>
    <message>
        <source>This file cannot be opened. Choose another file.</source>
        <translation>این فایل باز نمی‌شود. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>این فایل خالی است. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This file is too big. The limit is %1 MB.</source>
        <translation>این فایل خیلی بزرگ است. حد آن %1 مگابایت است.</translation>
    </message>
    <message>
        <source>This picture is too large. Choose a smaller picture or take a photo.</source>
        <translation>این عکس خیلی بزرگ است. عکس کوچک‌تری انتخاب کنید یا عکس بگیرید.</translation>
    </message>
    <message>
        <source>This kind of file cannot be added. Choose a photo or a PDF file.</source>
        <translation>این نوع فایل اضافه نمی‌شود. یک عکس یا فایل PDF انتخاب کنید.</translation>
    </message>
    <message>
        <source>This picture is damaged. Choose another file or take a new photo.</source>
        <translation>این عکس خراب است. فایل دیگری انتخاب کنید یا عکس تازه بگیرید.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Choose another file.</source>
        <translation>این فایل PDF خراب است. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file could not be saved. Try again.</source>
        <translation>فایل ذخیره نشد. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The page is added.</source>
        <translation>صفحه اضافه شد.</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>هنوز چیزی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The copies could not be saved there. Choose another folder.</source>
        <translation>کاپی‌ها آنجا ذخیره نشد. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies saved. Delete them after you have uploaded them.</source>
        <translation>
            <numerusform>%n کاپی ذخیره شد. بعد از آپلود آن را حذف کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilesPage</name>
    <message>
        <source>Photos and files</source>
        <translation>عکس‌ها و فایل‌ها</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>یک عکس یا فایل PDF انتخاب کنید</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>عکس‌ها و فایل‌های PDF</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>کاپی‌ها را کجا ذخیره کنید؟</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>کاپی‌ها قفل نیستند. هر کسی که از این تلفون استفاده کند آن‌ها را می‌بیند. بعد از آپلود در ویب‌سایت IND کاپی‌ها را حذف کنید.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>فهمیدم. پوشه انتخاب کنید</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>آیا می‌خواهید این صفحه را حذف کنید؟ این کار برگشت ندارد.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>صفحه را حذف کنید</translation>
    </message>
    <message>
        <source>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</source>
        <translation>هنوز اینجا سندی نیست. اول به سوال‌ها درباره خانواده خود جواب دهید. بعد Samen نشان می‌دهد که هر نفر کدام اسناد را لازم دارد، و شما می‌توانید عکس آن‌ها را اینجا اضافه کنید.</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>به سوال‌ها جواب دهید</translation>
    </message>
    <message>
        <source>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</source>
        <translation>عکس‌ها و فایل‌هایی که اینجا اضافه می‌کنید در داخل Samen قفل هستند. در گالری تلفون شما گذاشته نمی‌شوند.</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>هنوز از این سند عکس یا فایلی نیست.</translation>
    </message>
    <message>
        <source>Working on it. This can take a moment.</source>
        <translation>در حال کار است. این کمی وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>عکس یا فایل اضافه کنید</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>عکس بگیرید</translation>
    </message>
    <message>
        <source>Save copies of all papers of this person</source>
        <translation>کاپی همه اسناد این شخص را ذخیره کنید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>این پوشه را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>This person needs no papers for now.</source>
        <translation>این شخص فعلاً سندی لازم ندارد.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>برای: %1</translation>
    </message>
    <message>
        <source>Where is this paper now?</source>
        <translation>این سند حالا کجاست؟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>عکس‌ها و فایل‌ها</translation>
    </message>
    <message>
        <source>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</source>
        <translation>یک عکس یا فایل PDF این سند را اینجا نگه دارید. داخل این برنامه قفل می‌ماند، نه در گالری شما.</translation>
    </message>
    <message>
        <source>See the photos and files</source>
        <translation>عکس‌ها و فایل‌ها را ببینید</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>یک عکس یا فایل اضافه کنید</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>سند</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>A passport or ID card shows who this person is. The IND needs a copy.</source>
        <translation>پاسپورت یا تذکره نشان می‌دهد که این شخص کیست. اداره IND یک کاپی آن را لازم دارد.</translation>
    </message>
    <message>
        <source>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</source>
        <translation>سند رسمی ازدواج شما. نشان می‌دهد که پیش از آمدن به هالند ازدواج کرده بودید.</translation>
    </message>
    <message>
        <source>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</source>
        <translation>شما ازدواج نکرده‌اید. نشان بدهید که پیش از آمدن با هم زوج بودید، مثلاً با عکس، نامه یا اسنادی که نام هر دوی شما در آن است.</translation>
    </message>
    <message>
        <source>The birth certificate shows who the parents are. It proves that you are family.</source>
        <translation>سند تولد نشان می‌دهد که پدر و مادر کیستند. ثابت می‌کند که شما خانواده هستید.</translation>
    </message>
    <message>
        <source>The official papers of the adoption. They show that the child is legally yours.</source>
        <translation>اسناد رسمی فرزندخواندگی. نشان می‌دهد که کودک از نظر قانون فرزند شماست.</translation>
    </message>
    <message>
        <source>Papers or other proof that the child already lived with your family before you fled.</source>
        <translation>اسناد یا ثبوت دیگر که کودک پیش از فرار شما با خانواده شما زندگی می‌کرد.</translation>
    </message>
    <message>
        <source>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</source>
        <translation>پدر یا مادر دیگر کودک آنجا می‌ماند. او باید بنویسد و امضا کند که کودک می‌تواند به هالند برود.</translation>
    </message>
    <message>
        <source>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</source>
        <translation>از سن ۱۲ سالگی، اداره IND ممکن است یک سند از پولیس بخواهد. این سند می‌گوید که آیا این شخص سابقه جرمی دارد یا نه.</translation>
    </message>
    <message>
        <source>From age 15, the IND may ask for a paper that says if this person is married or not.</source>
        <translation>از سن ۱۵ سالگی، اداره IND ممکن است سندی بخواهد که بگوید این شخص ازدواج کرده یا نه.</translation>
    </message>
    <message>
        <source>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</source>
        <translation>اسنادی که به زبان هالندی، انگلیسی، فرانسوی یا آلمانی نیستند باید توسط یک ترجمان رسمی (سوگندخورده) ترجمه شوند.</translation>
    </message>
    <message>
        <source>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</source>
        <translation>سند ندارید؟ ثبوت دیگری بفرستید که این شخص کیست، مثلاً یک تذکره کهنه، سند مکتب یا ثبت‌نام کمپ. به اداره IND بگویید که چرا پاسپورت نیست.</translation>
    </message>
    <message>
        <source>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</source>
        <translation>سند ندارید؟ ثبوت دیگری بفرستید که شما خانواده هستید، مثلاً عکس، کارت واکسین یا ثبت‌نام کمپ. اداره IND ممکن است آزمایش DNA یا مصاحبه پیشنهاد کند.</translation>
    </message>
    <message>
        <source>From Syria: the Syrian ID card or a passport.</source>
        <translation>از سوریه: کارت هویت سوریه یا پاسپورت.</translation>
    </message>
    <message>
        <source>From Eritrea: the Eritrean ID card or a passport.</source>
        <translation>از اریتره: کارت هویت اریتره یا پاسپورت.</translation>
    </message>
    <message>
        <source>From Afghanistan: the tazkira (ID paper) or a passport.</source>
        <translation>از افغانستان: تذکره یا پاسپورت.</translation>
    </message>
    <message>
        <source>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>از سومالیا: پاسپورت یا کارت هویت، اگر باشد. اگر نیست، «سند ندارید؟» را بخوانید.</translation>
    </message>
    <message>
        <source>From Yemen: a passport or ID card.</source>
        <translation>از یمن: پاسپورت یا کارت هویت.</translation>
    </message>
    <message>
        <source>From Syria: the marriage certificate and the family booklet.</source>
        <translation>از سوریه: نکاح‌خط و دفترچه خانواده.</translation>
    </message>
    <message>
        <source>From Afghanistan: the nikah-nama (marriage paper).</source>
        <translation>از افغانستان: نکاح‌نامه.</translation>
    </message>
    <message>
        <source>From Eritrea: the marriage paper or a certificate from the church.</source>
        <translation>از اریتره: سند ازدواج یا تصدیق از کلیسا.</translation>
    </message>
    <message>
        <source>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>از سومالیا: نکاح‌خط، اگر باشد. اگر نیست، «سند ندارید؟» را بخوانید.</translation>
    </message>
    <message>
        <source>From Yemen: the marriage certificate.</source>
        <translation>از یمن: نکاح‌خط.</translation>
    </message>
    <message>
        <source>From Syria: the birth certificate and the family booklet.</source>
        <translation>از سوریه: سند تولد و دفترچه خانواده.</translation>
    </message>
    <message>
        <source>From Eritrea: the birth certificate or a certificate from the church.</source>
        <translation>از اریتره: سند تولد یا تصدیق از کلیسا.</translation>
    </message>
    <message>
        <source>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>از سومالیا: سند تولد، اگر باشد. اگر نیست، «سند ندارید؟» را بخوانید.</translation>
    </message>
    <message>
        <source>From Yemen: the birth certificate.</source>
        <translation>از یمن: سند تولد.</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>پاسپورت یا تذکره</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>نکاح‌خط</translation>
    </message>
    <message>
        <source>Proof of your relationship</source>
        <translation>ثبوت رابطه شما</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>سند تولد</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>اسناد فرزندخواندگی</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>ثبوت سرپرستی</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>رضایت پدر یا مادر دیگر</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>تصدیق عدم سوء پیشینه (از پولیس)</translation>
    </message>
    <message>
        <source>Proof of marital status</source>
        <translation>تصدیق وضعیت تأهل</translation>
    </message>
    <message>
        <source>Sworn translations</source>
        <translation>ترجمه‌های رسمی</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>نیست</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>درخواست کرده‌ام</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>دارم</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>ترجمه شده</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>از افغانستان: سند تولد، اگر باشد. اگر نیست، «سند ندارید؟» را بخوانید.</translation>
    </message>
    <message>
        <source>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</source>
        <translation>راه عادی فیس (leges) دارد. نارایس (nareis) رایگان است. ویب‌سایت IND مقدار آن را می‌گوید؛ Samen نمی‌گوید، چون تغییر می‌کند.</translation>
    </message>
    <message>
        <source>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</source>
        <translation>در راه عادی شاید عضو خانواده شما اول باید امتحان ادغام در خارج از کشور (basisexamen inburgering buitenland) را پاس کند.</translation>
    </message>
    <message>
        <source>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</source>
        <translation>در راه عادی باید نشان بدهید که درآمد کافی از خودتان و یک خانه دارید. فیش‌های معاش و قرارداد کرایه خانه خود را نگه دارید.</translation>
    </message>
    <message>
        <source>On the regular route your family member needs health insurance from the day of arrival.</source>
        <translation>در راه عادی عضو خانواده شما از روز رسیدن به بیمه صحی نیاز دارد.</translation>
    </message>
    <message>
        <source>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</source>
        <translation>در راه عادی اداره IND معمولاً اسناد تصدیق‌شده می‌خواهد: مهر کشوری که سند را صادر کرده و مهر سفارت هالند.</translation>
    </message>
    <message>
        <source>Fee for the regular route</source>
        <translation>فیس راه عادی</translation>
    </message>
    <message>
        <source>Civic integration exam abroad</source>
        <translation>امتحان ادغام در خارج از کشور</translation>
    </message>
    <message>
        <source>Proof of income and a home</source>
        <translation>ثبوت درآمد و خانه</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>بیمه صحی</translation>
    </message>
    <message>
        <source>Legalised documents</source>
        <translation>اسناد تصدیق‌شده</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</source>
        <translation>نشان بدهید که پیش از آمدن‌تان با هم زندگی می‌کردید، مثلاً با عکس، نامه‌هایی به همان آدرس یا قرارداد کرایه.</translation>
    </message>
    <message>
        <source>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</source>
        <translation>نمی‌توانید آن را بگیرید، مثلاً چون پدر یا مادرِ دیگر فوت کرده یا پیدا نمی‌شود؟ دلیلش را بنویسید، و چیزی را بفرستید که آن را نشان می‌دهد، مثل سند وفات.</translation>
    </message>
    <message>
        <source>Proof that you lived together</source>
        <translation>ثبوت زندگی مشترک شما</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>چه کسی می‌تواند بیاید؟</translation>
    </message>
    <message>
        <source>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>به سوال‌های ساده یکی یکی جواب بدهید. بعد Samen نشان می‌دهد که کدام اعضای خانواده‌تان می‌توانند بیایند و تا چه تاریخی باید درخواست بدهید.</translation>
    </message>
    <message>
        <source>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</source>
        <translation>اگر جواب را نمی‌دانید، «نمی‌دانم» را انتخاب کنید. هر وقت بخواهید می‌توانید برگردید و جواب را تغییر بدهید.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>سوال‌ها را شروع کنید</translation>
    </message>
    <message>
        <source>Go on where you stopped</source>
        <translation>از همان‌جا که ماندید ادامه بدهید</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>نتیجه را ببینید</translation>
    </message>
    <message>
        <source>Change answers or add a person</source>
        <translation>جواب‌ها را تغییر بدهید یا یک نفر اضافه کنید</translation>
    </message>
    <message>
        <source>Start again (delete all answers)</source>
        <translation>دوباره شروع کنید (همه جواب‌ها پاک می‌شود)</translation>
    </message>
    <message>
        <source>All your answers will be deleted. Are you sure?</source>
        <translation>همه جواب‌های شما پاک می‌شود. آیا مطمئن هستید؟</translation>
    </message>
    <message>
        <source>Yes, delete all answers</source>
        <translation>بلی، همه جواب‌ها را پاک کنید</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>پاک کردن همه چیز</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>اول یک نسخهٔ احتیاطی بسازید، تا بعداً بتوانید معلومات خود را پس بگیرید.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>اول نسخهٔ احتیاطی بسازید</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>می‌فهمم که این کار برگشت ندارد.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>در حال پاک کردن.</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</source>
        <translation>این کار همهٔ معلومات شما را از Samen پاک می‌کند: جواب‌ها، خانواده، اسناد و تاریخ‌ها. برگشت ندارد.</translation>
    </message>
</context>
<context>
    <name>FamilyController</name>
    <message>
        <source>Not in the eligibility questions</source>
        <translation>در سوال‌ها نیامده است</translation>
    </message>
    <message>
        <source>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</source>
        <translation>در %1 ۱۸ ساله می‌شود. اگر می‌توانید درخواست را پیش از آن روز بفرستید: سن در روزی که درخواست می‌دهید حساب می‌شود.</translation>
    </message>
    <message>
        <source>No papers on the list</source>
        <translation>هیچ سندی در فهرست نیست</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 papers ready</source>
        <translation>
            <numerusform>%1 از %2 سند آماده است</numerusform>
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
        <translation>هنوز عضو خانواده‌ای نیست. آنها را با سوال‌ها درباره خانواده‌تان اضافه کنید. بعد اینجا می‌بینید که هر نفر کدام اسناد را لازم دارد.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>یک عضو خانواده اضافه کنید</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Tap a person to see which papers they need.</source>
        <translation>روی یک نفر بزنید تا ببینید کدام اسناد را لازم دارد.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>یک عضو خانواده اضافه کنید</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>خانواده و اسناد</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>کود پین خود را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>بدون کود پین شما، برنامه Samen نمی‌تواند معلومات شما را باز کند. هیچ کس نمی‌تواند، حتی سازندگان Samen‏.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>می‌توانید همه چیز را پاک کنید و از نو شروع کنید. اگر نسخهٔ احتیاطی ساخته‌اید، بعد از آن می‌توانید آن را با رمز عبورش بازگردانید.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>همه چیز را پاک کنید و از نو شروع کنید</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Dutch words</source>
        <translation>کلمات هالندی</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>یک کلمه را پیدا کنید</translation>
    </message>
    <message>
        <source>No word found. Try fewer letters.</source>
        <translation>هیچ کلمه‌ای پیدا نشد. حروف کمتری را امتحان کنید.</translation>
    </message>
    <message>
        <source>These words are in Dutch on your letters. Here they are explained.</source>
        <translation>این کلمات در نامه‌های شما به زبان هالندی هستند. اینجا معنای آن‌ها توضیح داده شده است.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and contacts</source>
        <translation>کمک و راه‌های تماس</translation>
    </message>
    <message>
        <source>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</source>
        <translation>این سازمان‌ها می‌توانند به شما کمک کنند. Samen شماره تلفون یا ساعات کاری را فقط وقتی نشان می‌دهد که یک منبع رسمی آن را بگوید.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>قوانین و شماره‌ها تا تاریخ %1 بررسی شده‌اند.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفون: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>زنگ بزنید</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>به %1 زنگ بزنید</translation>
    </message>
    <message>
        <source>This device cannot make calls. Copy the number and call it from a phone.</source>
        <translation>این دستگاه نمی‌تواند زنگ بزند. شماره را کاپی کنید و با یک تلفون به آن زنگ بزنید.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>شماره را کاپی کنید</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>شماره %1 را کاپی کنید</translation>
    </message>
    <message>
        <source>The number is copied. You can paste it in the phone app.</source>
        <translation>شماره کاپی شد. می‌توانید آن را در برنامه تلفون بچسپانید.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>آدرس: %1</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>ساعات کاری:</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>بررسی شده در %1.</translation>
    </message>
</context>
<context>
    <name>HelperController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>اول Samen را با کود پین خود باز کنید.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>به یک کمک‌کننده نشان دهید</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>کجا می‌خواهید PDF را ذخیره کنید؟</translation>
    </message>
    <message>
        <source>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</source>
        <translation>یک خلاصه کوتاه از خانواده، مهلت‌ها و اسناد خود را به یک داوطلب، مددکار اجتماعی یا وکیل نشان دهید. به زبان هالندی یا انگلیسی است. آن‌ها فقط می‌توانند آن را بخوانند.</translation>
    </message>
    <message>
        <source>To close the summary, your PIN is needed. So you can give your phone to the helper.</source>
        <translation>برای بستن خلاصه، کود پین شما لازم است. پس می‌توانید تلفون خود را به کمک‌کننده بدهید.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>اول Samen را با کود پین خود باز کنید.</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>خلاصه را نشان بدهید</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به شکل PDF</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>فایل PDF با کود پین شما قفل نیست. هر کسی که فایل را داشته باشد می‌تواند آن را بخواند. آن را فقط جایی که خودتان انتخاب می‌کنید ذخیره کنید و وقتی دیگر لازم نیست پاکش کنید.</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>فایل PDF ذخیره شد.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>HelperViewPage</name>
    <message>
        <source>Close the summary (PIN needed)</source>
        <translation>بستن خلاصه (کود پین لازم است)</translation>
    </message>
    <message>
        <source>Type your password to close the summary</source>
        <translation>برای بستن خلاصه، رمز عبور خود را بنویسید</translation>
    </message>
    <message>
        <source>Type your PIN to close the summary</source>
        <translation>برای بستن خلاصه، کود پین خود را بنویسید</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>بستن خلاصه</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>خانواده خود را قدم به قدم به هالند بیاورید.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>چه کسی می‌تواند بیاید؟</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>به سوال‌های ساده درباره خانواده‌تان جواب بدهید.</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>اسنادی که هر نفر لازم دارد.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>تاریخ‌ها و مهلت‌ها</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>به یک کمک‌کننده نشان دهید</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>یک خلاصه کوتاه به زبان هالندی برای یک داوطلب.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>زبان، و معلومات درباره این برنامه.</translation>
    </message>
    <message>
        <source>What now?</source>
        <translation>اکنون چه باید کرد؟</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>تاریخ بعدی: %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخرین روز: %1</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>همه تاریخ‌ها را ببینید</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>می‌توانید درخواست بدهید از: %1</translation>
    </message>
    <message numerus="yes">
        <source>Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.</source>
        <translation>
            <numerusform>لطفاً به %n سوال جدید جواب بدهید. بعد Samen دوباره بررسی می‌کند که قوانین جدید برای خانوادهٔ شما چه معنا دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</source>
        <translation>جواب قبلی در صفحهٔ هر شخص می‌ماند. این را به یک داوطلب یا یک وکیل نشان بدهید.</translation>
    </message>
    <message>
        <source>Answer the new questions</source>
        <translation>به سوال‌های جدید جواب بدهید</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>این را خواندم</translation>
    </message>
    <message>
        <source>See the papers</source>
        <translation>اسناد را ببینید</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>خانواده و اسناد</translation>
    </message>
    <message>
        <source>A letter from the IND came</source>
        <translation>یک نامه از IND آمد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) still missing.</source>
        <translation>
            <numerusform>هنوز %Ln سند کم است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>یادآوری: %1</translation>
    </message>
    <message>
        <source>Help, words and costs</source>
        <translation>کمک، کلمات و هزینه‌ها</translation>
    </message>
    <message>
        <source>Who can help, Dutch words explained, what costs money.</source>
        <translation>چه کسی کمک می‌کند، توضیح کلمات هالندی، و چه چیزی پول مصرف دارد.</translation>
    </message>
    <message>
        <source>Everything in time. Samen reminds you.</source>
        <translation>همه چیز به وقتش. Samen به شما یادآوری می‌کند.</translation>
    </message>
</context>
<context>
    <name>HomeStatus</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln نفر دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <source>Samen can keep up to %1 people. Remove a person before you add another one.</source>
        <translation>در Samen تا %1 نفر را می‌توان نگه داشت. پیش از اضافه کردن یک نفر دیگر، یک نفر را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Who can come?</source>
        <translation>چه کسی می‌تواند بیاید؟</translation>
    </message>
    <message>
        <source>The rules could not be loaded. Please install the app again.</source>
        <translation>قوانین باز نشد. لطفاً برنامه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>درباره: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>سوال قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Who do you want to bring?</source>
        <translation>چه کسی را می‌خواهید بیاورید؟</translation>
    </message>
    <message>
        <source>Choose one person. You can add more people after the questions about this person.</source>
        <translation>یک نفر را انتخاب کنید. بعد از سوال‌ها درباره این شخص، می‌توانید کسان دیگری هم اضافه کنید.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>نتیجه را ببینید</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>یک نفر را انتخاب کنید</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>یک نفر دیگر اضافه کنید</translation>
    </message>
    <message>
        <source>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</source>
        <translation>این کسان را اضافه کردید. روی یک نفر بزنید تا جواب‌هایش را ببینید یا تغییر بدهید. یک نفر دیگر اضافه کنید یا نتیجه را ببینید.</translation>
    </message>
    <message>
        <source>Name of %1 (you may leave it empty)</source>
        <translation>نام %1 (می‌توانید خالی بگذارید)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 را حذف کنید</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>این کار %1 را همراه با جواب‌ها، اسناد، تاریخ‌ها و یادآوری‌هایش و %Ln عکس یا فایل اسنادش پاک می‌کند. این کار برگشت ندارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>این کار %1 را همراه با جواب‌ها، اسناد، تاریخ‌ها و یادآوری‌هایش پاک می‌کند. این کار برگشت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>این شخص و %Ln عکس را پاک کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>بلی، این شخص را حذف کنید</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>درباره شما</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>Family member</source>
        <translation>عضو خانواده</translation>
    </message>
    <message>
        <source>Rules as of %1</source>
        <translation>قوانین تا تاریخ %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>بررسی شده در %1</translation>
    </message>
    <message>
        <source>You applied on %1. That was after the 3 months, which ended on %2.</source>
        <translation>شما در %1 درخواست دادید. این بعد از ۳ ماه بود که در %2 تمام شد.</translation>
    </message>
    <message>
        <source>You applied on %1, within the 3 months.</source>
        <translation>شما در %1، در داخل ۳ ماه، درخواست دادید.</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</source>
        <translation>۳ ماه در %1 تمام شد. این خبر سختی است، اما هنوز راه‌هایی هست. شوهر، زن یا فرزند می‌تواند از راه عادی بیاید، و یک وکیل می‌تواند بررسی کند که آیا IND درخواست دیر را قبول می‌کند. زود با یک داوطلب صحبت کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left. Last day to apply: %1.</source>
        <translation>
            <numerusform>%Ln روز مانده است. آخرین روز درخواست: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</source>
        <translation>سه ماه در %1 تمام می‌شود. آن روز شنبه، یکشنبه یا روز رخصتی رسمی است، پس آخرین روز به روز کاری بعدی می‌رود. منتظر آن نمانید: اگر می‌توانید پیش از %1 درخواست بدهید.</translation>
    </message>
    <message>
        <source>Apply today. Today is the last day.</source>
        <translation>امروز درخواست بدهید. امروز آخرین روز است.</translation>
    </message>
    <message>
        <source>The rules changed on 12 June 2026. The day you apply decides which rules count for your family.</source>
        <translation>قوانین در ۱۲ جون (۶) ۲۰۲۶ تغییر کرد. روزی که درخواست می‌دهید تعیین می‌کند کدام قوانین برای خانواده‌تان حساب می‌شود.</translation>
    </message>
    <message>
        <source>When were you born?</source>
        <translation>چه وقت به دنیا آمدید؟</translation>
    </message>
    <message>
        <source>Some rules depend on your age. Young people who came alone have extra rights.</source>
        <translation>بعضی قوانین به سن شما بستگی دارد. جوانانی که تنها آمده‌اند حقوق بیشتری دارند.</translation>
    </message>
    <message>
        <source>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</source>
        <translation>آیا پیش از ۱۸ سالگی تنها به هالند آمدید؟ تنها یعنی بدون پدر یا مادرتان.</translation>
    </message>
    <message>
        <source>A child who came alone may bring their parents and their young brothers and sisters.</source>
        <translation>کودکی که تنها آمده می‌تواند پدر و مادر و برادران و خواهران کوچکش را بیاورد.</translation>
    </message>
    <message>
        <source>On which day did you ask for asylum in the Netherlands?</source>
        <translation>در کدام روز در هالند درخواست پناهندگی دادید؟</translation>
    </message>
    <message>
        <source>Which date is on the IND letter that gave you asylum?</source>
        <translation>تاریخ روی نامه IND (اداره مهاجرت و تابعیت هالند) که به شما پناهندگی داد چیست؟</translation>
    </message>
    <message>
        <source>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</source>
        <translation>از این تاریخ ۳ ماه وقت دارید که برای خانواده‌تان درخواست نارایس (nareis) بدهید. بعد از آن بسیار سخت‌تر است.</translation>
    </message>
    <message>
        <source>Which protection did you get?</source>
        <translation>چه نوع حمایتی گرفتید؟</translation>
    </message>
    <message>
        <source>Which country are you from?</source>
        <translation>از کدام کشور هستید؟</translation>
    </message>
    <message>
        <source>Each country has its own papers. We use this to tell you which papers your family can get.</source>
        <translation>هر کشور اسناد خودش را دارد. با این به شما می‌گوییم خانواده‌تان کدام اسناد را می‌تواند بگیرد.</translation>
    </message>
    <message>
        <source>Who is this person to you?</source>
        <translation>این شخص با شما چه نسبتی دارد؟</translation>
    </message>
    <message>
        <source>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</source>
        <translation>قوانین برای شوهر یا زن، فرزند، پدر یا مادر، و برادر یا خواهر فرق دارد.</translation>
    </message>
    <message>
        <source>When was this person born?</source>
        <translation>این شخص چه وقت به دنیا آمده؟</translation>
    </message>
    <message>
        <source>Nareis is only for family that already existed before you came.</source>
        <translation>نارایس (nareis) فقط برای خانواده‌ای است که پیش از آمدن شما وجود داشت.</translation>
    </message>
    <message>
        <source>Is this the husband, wife or partner you choose to bring?</source>
        <translation>آیا این همان شوهر، زن یا شریکی است که انتخاب می‌کنید بیاورید؟</translation>
    </message>
    <message>
        <source>The law lets only one husband, wife or partner come. You choose who.</source>
        <translation>قانون فقط به یک شوهر، زن یا شریک اجازه آمدن می‌دهد. شما انتخاب می‌کنید چه کسی.</translation>
    </message>
    <message>
        <source>Who is the other parent of this child?</source>
        <translation>پدر یا مادر دیگر این کودک کیست؟</translation>
    </message>
    <message>
        <source>For a child of a partner who cannot come, you may need advice.</source>
        <translation>برای کودکِ شریکی که نمی‌تواند بیاید، شاید به مشوره نیاز داشته باشید.</translation>
    </message>
    <message>
        <source>Is this person married?</source>
        <translation>آیا این شخص ازدواج کرده است؟</translation>
    </message>
    <message>
        <source>A child who is 18 or older and married cannot come with nareis.</source>
        <translation>فرزندی که ۱۸ سال یا بیشتر دارد و ازدواج کرده، نمی‌تواند با نارایس (nareis) بیاید.</translation>
    </message>
    <message>
        <source>Does this person have a partner of their own?</source>
        <translation>آیا این شخص شریک زندگی خودش را دارد؟</translation>
    </message>
    <message>
        <source>A child who is 18 or older and has a partner cannot come with nareis.</source>
        <translation>فرزندی که ۱۸ سال یا بیشتر دارد و شریک زندگی دارد، نمی‌تواند با نارایس (nareis) بیاید.</translation>
    </message>
    <message>
        <source>Does the other parent of this child stay behind?</source>
        <translation>آیا پدر یا مادر دیگر این کودک آنجا می‌ماند؟</translation>
    </message>
    <message>
        <source>Then that parent must give written permission for the child to come. We put it on the list of papers.</source>
        <translation>آنگاه آن پدر یا مادر باید اجازه کتبی بدهد که کودک بیاید. این را در فهرست اسناد می‌گذاریم.</translation>
    </message>
    <message>
        <source>Did you tell the IND about this person during your asylum procedure?</source>
        <translation>آیا در جریان پناهندگی خود درباره این شخص به IND گفتید؟</translation>
    </message>
    <message>
        <source>If the IND never heard of this person, they may doubt that you are family.</source>
        <translation>اگر IND هرگز درباره این شخص چیزی نشنیده باشد، شاید شک کند که شما خانواده هستید.</translation>
    </message>
    <message>
        <source>Only one husband, wife or partner can come. You chose someone else.</source>
        <translation>فقط یک شوهر، زن یا شریک می‌تواند بیاید. شما کس دیگری را انتخاب کردید.</translation>
    </message>
    <message>
        <source>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</source>
        <translation>این فرزند شماست، اما پدر یا مادر دیگرش شریکی است که نمی‌تواند بیاید. قانون اینجا روشن نیست.</translation>
    </message>
    <message>
        <source>This child is not your own, and their parent is a partner who cannot come.</source>
        <translation>این کودک فرزند خودتان نیست، و پدر یا مادرش شریکی است که نمی‌تواند بیاید.</translation>
    </message>
    <message>
        <source>A husband or wife can only come when both of you are 18 or older.</source>
        <translation>شوهر یا زن فقط وقتی می‌تواند بیاید که هر دوی شما ۱۸ سال یا بیشتر داشته باشید.</translation>
    </message>
    <message>
        <source>You married after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>شما بعد از آمدن به هالند ازدواج کردید. در این صورت فقط راه عادی باز است.</translation>
    </message>
    <message>
        <source>You were married before you came, and you are both 18 or older.</source>
        <translation>شما پیش از آمدن ازدواج کرده بودید، و هر دو ۱۸ سال یا بیشتر دارید.</translation>
    </message>
    <message>
        <source>Your relationship started after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>رابطه شما بعد از آمدن به هالند شروع شد. در این صورت فقط راه عادی باز است.</translation>
    </message>
    <message>
        <source>The child is under 18 and belonged to your family before you came.</source>
        <translation>کودک زیر ۱۸ سال است و پیش از آمدن شما جزو خانواده‌تان بود.</translation>
    </message>
    <message>
        <source>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</source>
        <translation>فرزند ۱۸ سال یا بیشتر دارد و ازدواج کرده یا شریک دارد. چنین فرزندی نمی‌تواند با نارایس (nareis) بیاید.</translation>
    </message>
    <message>
        <source>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</source>
        <translation>شما در جریان پناهندگی درباره این شخص به IND چیزی نگفتید. شاید IND شک کند که شما خانواده هستید.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</source>
        <translation>۳ ماه بعد از نامه IND گذشته است. حالا فقط راه عادی باز است، مگر اینکه IND یک دلیل خوب برای دیر شدن را قبول کند.</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</source>
        <translation>۳ ماه بعد از نامه IND گذشته است. برای پدر و مادر و برادران و خواهران راه عادی وجود ندارد.</translation>
    </message>
    <message>
        <source>Parents and brothers and sisters can only come with nareis when you came alone as a child.</source>
        <translation>پدر و مادر و برادران و خواهران فقط وقتی می‌توانند با نارایس (nareis) بیایند که شما در کودکی تنها آمده باشید.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your parents may come. This is true even if you are 18 now.</source>
        <translation>شما در کودکی تنها آمدید، پس پدر و مادرتان می‌توانند بیایند. حتی اگر حالا ۱۸ سال دارید، این درست است.</translation>
    </message>
    <message>
        <source>You came alone as a child, so your brothers and sisters under 18 may come.</source>
        <translation>شما در کودکی تنها آمدید، پس برادران و خواهران زیر ۱۸ سال شما می‌توانند بیایند.</translation>
    </message>
    <message>
        <source>This brother or sister is 18 or older. The law is not clear for them.</source>
        <translation>این برادر یا خواهر ۱۸ سال یا بیشتر دارد. قانون برای او روشن نیست.</translation>
    </message>
    <message>
        <source>You have refugee status. You were married before you came, and you are both 18 or older.</source>
        <translation>شما وضعیت پناهنده دارید. پیش از آمدن ازدواج کرده بودید، و هر دو ۱۸ سال یا بیشتر دارید.</translation>
    </message>
    <message>
        <source>You have refugee status. The child is under 18 and belonged to your family before you came.</source>
        <translation>شما وضعیت پناهنده دارید. کودک زیر ۱۸ سال است و پیش از آمدن شما جزو خانواده‌تان بود.</translation>
    </message>
    <message>
        <source>You came alone as a child and have subsidiary protection. The new law is not clear for this.</source>
        <translation>شما در کودکی تنها آمدید و حمایت فرعی دارید. قانون نو در این باره روشن نیست.</translation>
    </message>
    <message>
        <source>We do not know who this person is to you.</source>
        <translation>نمی‌دانیم این شخص با شما چه نسبتی دارد.</translation>
    </message>
    <message>
        <source>We do not know which protection you have. It is in your IND letter.</source>
        <translation>نمی‌دانیم چه نوع حمایتی دارید. در نامه IND نوشته شده است.</translation>
    </message>
    <message>
        <source>We do not know the date of your IND letter, so we cannot count the 3 months.</source>
        <translation>تاریخ نامه IND را نمی‌دانیم، پس نمی‌توانیم ۳ ماه را حساب کنیم.</translation>
    </message>
    <message>
        <source>We do not know your age.</source>
        <translation>سن شما را نمی‌دانیم.</translation>
    </message>
    <message>
        <source>We do not know how old you were when you asked for asylum.</source>
        <translation>نمی‌دانیم وقتی درخواست پناهندگی دادید چند سال داشتید.</translation>
    </message>
    <message>
        <source>We do not know if you came alone as a child.</source>
        <translation>نمی‌دانیم آیا در کودکی تنها آمدید.</translation>
    </message>
    <message>
        <source>We do not know the age of this person.</source>
        <translation>سن این شخص را نمی‌دانیم.</translation>
    </message>
    <message>
        <source>We do not know if you were already family before you came.</source>
        <translation>نمی‌دانیم آیا پیش از آمدن شما خانواده بودید.</translation>
    </message>
    <message>
        <source>We do not know if you told the IND about this person.</source>
        <translation>نمی‌دانیم آیا درباره این شخص به IND گفتید.</translation>
    </message>
    <message>
        <source>We do not know if this person is married.</source>
        <translation>نمی‌دانیم آیا این شخص ازدواج کرده است.</translation>
    </message>
    <message>
        <source>We do not know if this person has a partner of their own.</source>
        <translation>نمی‌دانیم آیا این شخص شریک زندگی خودش را دارد.</translation>
    </message>
    <message>
        <source>We do not know which husband, wife or partner you choose.</source>
        <translation>نمی‌دانیم کدام شوهر، زن یا شریک را انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>در ۳ ماه بعد از تاریخ نامه IND درخواست بدهید.</translation>
    </message>
    <message>
        <source>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</source>
        <translation>نامه IND را ببینید که می‌گوید می‌توانید بمانید (به هالندی: beschikking)‏. تاریخ در بالای صفحه اول، زیر آدرس IND است. این تاریخ روی کارت اقامت شما نیست: آن روزی است که درخواست پناهندگی دادید.</translation>
    </message>
    <message>
        <source>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</source>
        <translation>این تاریخ روی کارت اقامت شما، بعد از «معتبر از» (به هالندی: geldig vanaf) نوشته شده است.</translation>
    </message>
    <message>
        <source>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</source>
        <translation>در نامه IND نوشته شده است. «Vluchteling» یعنی وضعیت پناهنده. «Subsidiaire bescherming» یعنی حمایت فرعی.</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>وضعیت پناهنده (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>حمایت فرعی (b-status)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوریه</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>اریتره</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>سومالیا</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>یمن</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>کشور دیگر</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>شوهر یا زن</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>شریک (بدون ازدواج)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>فرزند خوانده</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>فرزند تحت سرپرستی</translation>
    </message>
    <message>
        <source>Child of your partner</source>
        <translation>فرزند شریک شما</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>پدر یا مادر</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>برادر یا خواهر</translation>
    </message>
    <message>
        <source>Can come with nareis</source>
        <translation>می‌تواند با نارایس (nareis) بیاید</translation>
    </message>
    <message>
        <source>Only the regular route</source>
        <translation>فقط راه عادی</translation>
    </message>
    <message>
        <source>Must wait</source>
        <translation>باید صبر کند</translation>
    </message>
    <message>
        <source>Cannot come with nareis</source>
        <translation>نمی‌تواند با نارایس (nareis) بیاید</translation>
    </message>
    <message>
        <source>Ask for advice</source>
        <translation>مشوره بگیرید</translation>
    </message>
    <message>
        <source>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</source>
        <translation>پیش از آخرین مهلت درخواست بدهید. نارایس (nareis) رایگان است و شرط درآمد ندارد. همین حالا جمع کردن اسناد را شروع کنید.</translation>
    </message>
    <message>
        <source>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</source>
        <translation>راه عادی درآمد، فیس و بیمه صحی می‌خواهد. پیش از درخواست با یک داوطلب یا وکیل صحبت کنید.</translation>
    </message>
    <message>
        <source>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</source>
        <translation>هنوز نمی‌توانید درخواست بدهید. اسناد تان را آماده نگه دارید، و درباره درآمد و خانه با یک داوطلب صحبت کنید.</translation>
    </message>
    <message>
        <source>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</source>
        <translation>اگر وضعیت شما خاص است، یک وکیل می‌تواند آن را بررسی کند. از راه Juridisch Loket می‌توانید وکیل پیدا کنید.</translation>
    </message>
    <message>
        <source>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</source>
        <translation>قوانین برای این وضعیت روشن نیست. این صفحه را به یک داوطلب VluchtelingenWerk‏، یا به یک وکیل از راه Juridisch Loket نشان بدهید.</translation>
    </message>
    <message>
        <source>This date is after the day you apply. Please check it.</source>
        <translation>این تاریخ بعد از روز درخواست شماست. لطفاً آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>You already chose another husband, wife or partner. Only one can come.</source>
        <translation>شما قبلاً شوهر، زن یا شریک دیگری را انتخاب کردید. فقط یک نفر می‌تواند بیاید.</translation>
    </message>
    <message>
        <source>This date does not fit with a date you gave before. Please check both dates.</source>
        <translation>این تاریخ با تاریخی که قبلاً دادید جور نمی‌آید. لطفاً هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>This answer does not fit. Please check it.</source>
        <translation>این جواب جور نمی‌آید. لطفاً آن را بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</source>
        <translation>
            <numerusform>تقریباً از %1 به بعد می‌توانید درخواست بدهید، یعنی تقریباً %Ln روز بعد. تاریخ دقیق را با یک وکیل بررسی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can apply from about %1. Check the exact date with a lawyer.</source>
        <translation>تقریباً از %1 به بعد می‌توانید درخواست بدهید. تاریخ دقیق را با یک وکیل بررسی کنید.</translation>
    </message>
    <message>
        <source>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</source>
        <translation>اگر در کودکی تنها آمدید، سن شما در آن روز حساب می‌شود. برای فرزند شما که حالا ۱۸ سال یا بیشتر دارد، سن فرزند در آن روز حساب می‌شود: فرزندی که آن وقت زیر ۱۸ سال بود، شاید هنوز هم کودک حساب شود.</translation>
    </message>
    <message>
        <source>Some rules depend on age: under 18, or 18 and older.</source>
        <translation>بعضی قوانین به سن بستگی دارد: زیر ۱۸، یا ۱۸ و بیشتر.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶ اداره IND قوانین نو و سخت‌تر را برای درخواست‌هایی هم به کار می‌برد که هنوز در باره آن‌ها تصمیم نگرفته بود. اینکه اداره IND پیش از آن روز تصمیم گرفته یا نه، تعیین می‌کند کدام قوانین برای خانواده شما حساب می‌شود.</translation>
    </message>
    <message>
        <source>On which day did the IND decide on the application for your family?</source>
        <translation>اداره IND در کدام روز در باره درخواست خانواده شما تصمیم گرفت؟</translation>
    </message>
    <message>
        <source>A decision from before 12 June 2026 was made under the old rules. A later decision may use the new rules.</source>
        <translation>تصمیمی که پیش از ۱۲ جون (۶) ۲۰۲۶ گرفته شده، طبق قوانین قدیم بود. تصمیمی که بعداً گرفته شده، شاید قوانین نو را به کار ببرد.</translation>
    </message>
    <message>
        <source>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</source>
        <translation>آیا اجازه اقامت خود را از راه نارایس (nareis) گرفتید، چون یکی از اعضای خانواده‌تان در هالند برای شما درخواست داد؟</translation>
    </message>
    <message>
        <source>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</source>
        <translation>کسی که از راه نارایس (nareis) آمده، نمی‌تواند خانواده را با نارایس (nareis) بیاورد. در این صورت یک وکیل باید وضعیت شما را بررسی کند.</translation>
    </message>
    <message>
        <source>Do you live together with a new partner here in the Netherlands?</source>
        <translation>آیا اینجا در هالند با یک شریک نو با هم زندگی می‌کنید؟</translation>
    </message>
    <message>
        <source>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</source>
        <translation>اگر اینجا با یک شریک نو زندگی می‌کنید، شاید اداره IND اجازه ندهد که شوهر، زن یا شریک از خارج با نارایس (nareis) بیاید. جواب شما روی همین تلفون می‌ماند. هیچ کس دیگر آن را نمی‌بیند.</translation>
    </message>
    <message>
        <source>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</source>
        <translation>آیا حالا اینجا در هالند شوهر، زن، شریک یا فرزند خودتان را دارید؟</translation>
    </message>
    <message>
        <source>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</source>
        <translation>شما در کودکی تنها آمدید. اگر حالا اینجا خانواده خودتان را دارید، قوانین برای آوردن پدر و مادرتان می‌تواند تغییر کند. در این صورت به مشوره نیاز دارید.</translation>
    </message>
    <message>
        <source>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</source>
        <translation>آیا ازدواج شما نزد دولت ثبت شده است، با یک نکاح‌خط رسمی؟ عروسی که فقط در مسجد یا کلیسا، یا فقط با خانواده‌ها بوده، ثبت نشده است.</translation>
    </message>
    <message>
        <source>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</source>
        <translation>طبق قوانین نو فقط ازدواج ثبت‌شده ازدواج حساب می‌شود. برای ازدواج دینی یا سنتی به مشوره نیاز دارید.</translation>
    </message>
    <message>
        <source>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</source>
        <translation>شما خودتان از راه نارایس (nareis) به هالند آمدید. در این صورت نمی‌توانید خانواده را با نارایس (nareis) بیاورید. یک وکیل باید وضعیت شما را بررسی کند.</translation>
    </message>
    <message>
        <source>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</source>
        <translation>شما با یک شریک نو در هالند زندگی می‌کنید. در این صورت شاید اداره IND اجازه ندهد که شوهر، زن یا شریک از خارج بیاید. یک وکیل باید این را بررسی کند.</translation>
    </message>
    <message>
        <source>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</source>
        <translation>شما در کودکی تنها آمدید، و حالا اینجا خانواده خودتان را دارید. شاید اداره IND بگوید که رابطه شما با پدر و مادرتان قطع شده است. مشوره بگیرید.</translation>
    </message>
    <message>
        <source>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</source>
        <translation>فرزند حالا ۱۸ سال یا بیشتر دارد، اما در روزی که شما درخواست پناهندگی دادید زیر ۱۸ سال بود، و شما در داخل ۳ ماه درخواست می‌دهید. در این صورت فرزند هنوز کودک حساب می‌شود (محکمه عدالت اروپا، قضیه C-279/20)‏.</translation>
    </message>
    <message>
        <source>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</source>
        <translation>فرزند ۱۸ سال یا بیشتر دارد. اداره IND فقط وقتی بله می‌گوید که فرزند خیلی بیشتر از معمول به شما وابسته باشد. اداره IND دلیل‌های مخالف را هم می‌بیند: فرزند به تنهایی زندگی می‌کند، پول خودش را درمی‌آورد، یا خودش فرزند دارد.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶ فقط ازدواج ثبت‌شده حساب می‌شود. ازدواج دینی یا سنتی که هرگز ثبت نشده، برای نارایس (nareis) کافی نیست. شاید راه‌های دیگری باشد: نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</source>
        <translation>شما در کودکی تنها آمدید. هنوز معلوم نیست که برادران و خواهران شما طبق قوانین نو هنوز می‌توانند بیایند یا نه. مشوره بگیرید.</translation>
    </message>
    <message>
        <source>We do not know if you got your own permit through nareis.</source>
        <translation>نمی‌دانیم که آیا اجازه اقامت خود را از راه نارایس (nareis) گرفتید یا نه.</translation>
    </message>
    <message>
        <source>We do not know if you live with a new partner in the Netherlands.</source>
        <translation>نمی‌دانیم که آیا با یک شریک نو در هالند زندگی می‌کنید یا نه.</translation>
    </message>
    <message>
        <source>We do not know if you have a family of your own in the Netherlands.</source>
        <translation>نمی‌دانیم که آیا در هالند خانواده خودتان را دارید یا نه.</translation>
    </message>
    <message>
        <source>We do not know if your marriage is registered.</source>
        <translation>نمی‌دانیم که آیا ازدواج شما ثبت شده است یا نه.</translation>
    </message>
    <message>
        <source>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</source>
        <translation>روزی را که درخواست پناهندگی دادید نمی‌دانیم. برای فرزندی که ۱۸ سال یا بیشتر دارد، سن فرزند در آن روز حساب می‌شود.</translation>
    </message>
    <message>
        <source>We do not know who the other parent of this child is. Under the new rules this matters.</source>
        <translation>نمی‌دانیم پدر یا مادر دیگر این کودک کیست. طبق قوانین نو این مهم است.</translation>
    </message>
    <message>
        <source>You apply before 12 June 2026, so the rules from before that day count.</source>
        <translation>شما پیش از ۱۲ جون (۶) ۲۰۲۶ درخواست می‌دهید، پس قوانین پیش از آن روز حساب می‌شود.</translation>
    </message>
    <message>
        <source>The IND decided on your application before 12 June 2026, so the rules from before that day count.</source>
        <translation>اداره IND پیش از ۱۲ جون (۶) ۲۰۲۶ در باره درخواست شما تصمیم گرفت، پس قوانین پیش از آن روز حساب می‌شود.</translation>
    </message>
    <message>
        <source>You applied before 12 June 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</source>
        <translation>شما پیش از ۱۲ جون (۶) ۲۰۲۶ درخواست دادید، و اداره IND تا آن روز تصمیم نگرفته بود. اداره IND قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد. محکمه‌ها این را بررسی می‌کنند.</translation>
    </message>
    <message>
        <source>The IND decided on your application after 12 June 2026. It uses the new rules for such applications too. Courts are testing this.</source>
        <translation>اداره IND بعد از ۱۲ جون (۶) ۲۰۲۶ در باره درخواست شما تصمیم گرفت. این اداره قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد. محکمه‌ها این را بررسی می‌کنند.</translation>
    </message>
    <message>
        <source>You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</source>
        <translation>شما حمایت فرعی دارید. از ۱۲ جون (۶) ۲۰۲۶ باید تقریباً ۲ سال صبر کنید. هنوز معلوم نیست که ۲ سال از کدام روز حساب می‌شود (تاریخ نامه IND یا شروع اجازه اقامت شما)‏: تاریخ دقیق را با یک وکیل بررسی کنید. بعد از آن به درآمد و خانه خودتان نیاز دارید.</translation>
    </message>
    <message>
        <source>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</source>
        <translation>شما حمایت فرعی دارید و تقریباً ۲ سال گذشته است. حالا به درآمد و خانه خودتان نیاز دارید. با یک وکیل بررسی کنید که ۲ سال واقعاً تمام شده است.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶ شریکی که با او ازدواج نکرده‌اید، در اصل دیگر نمی‌تواند با نارایس (nareis) بیاید. استثناهایی هست: نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶ فرزندی که ۱۸ سال یا بیشتر دارد، در اصل دیگر نمی‌تواند بیاید. اداره IND این را هم می‌بیند که آیا فرزند به تنهایی زندگی می‌کند، پول درمی‌آورد یا خودش فرزند دارد. استثناهایی هست: نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶ فرزند تحت سرپرستی در اصل دیگر نمی‌تواند با نارایس (nareis) بیاید. استثناهایی هست: نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</source>
        <translation>اگر از اداره IND نامه‌ای گرفتید که به درخواست خانواده شما بله یا نه می‌گوید (به هالندی: beschikking)‏، اداره IND تصمیم گرفته است. نامه‌ای که فقط می‌گوید اداره IND درخواست شما را گرفته است، تصمیم نیست.</translation>
    </message>
    <message>
        <source>The date is at the top of the first page of the IND letter with the decision.</source>
        <translation>تاریخ در بالای صفحه اول نامه IND است که تصمیم در آن است.</translation>
    </message>
    <message>
        <source>A registered marriage has an official marriage certificate from the government of the country where you married.</source>
        <translation>ازدواج ثبت‌شده یک نکاح‌خط رسمی از دولت کشوری دارد که در آن ازدواج کردید.</translation>
    </message>
    <message>
        <source>This date is in the future. Please choose a day that has passed.</source>
        <translation>این تاریخ در آینده است. لطفاً روزی را انتخاب کنید که گذشته است.</translation>
    </message>
    <message>
        <source>The IND cannot decide before the day you applied. Please check both dates.</source>
        <translation>اداره IND نمی‌تواند پیش از روزی که درخواست دادید تصمیم بگیرد. لطفاً هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>About you: question %1 of %2</source>
        <translation>درباره شما: سوال %1 از %2</translation>
    </message>
    <message>
        <source>Person %1 of %2: question %3 of %4</source>
        <translation>نفر %1 از %2: سوال %3 از %4</translation>
    </message>
    <message>
        <source>Have you already sent the application for your family to the IND?</source>
        <translation>آیا درخواست خانواده‌تان را قبلاً به اداره IND فرستاده‌اید؟</translation>
    </message>
    <message>
        <source>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</source>
        <translation>اگر هنوز نفرستاده‌اید، از امروز حساب می‌کنیم. اگر فرستاده‌اید، روزی که فرستادید تعیین می‌کند کدام قوانین برای خانواده‌تان حساب می‌شود.</translation>
    </message>
    <message>
        <source>On which day did you send the application for your family?</source>
        <translation>درخواست خانواده‌تان را در کدام روز فرستادید؟</translation>
    </message>
    <message>
        <source>Were you already married or together before you came to the Netherlands?</source>
        <translation>آیا پیش از آمدن شما به هالند با هم ازدواج کرده بودید یا با هم بودید؟</translation>
    </message>
    <message>
        <source>Was this child already part of your family before you came to the Netherlands?</source>
        <translation>آیا این فرزند پیش از آمدن شما به هالند عضو خانواده‌تان بود؟</translation>
    </message>
    <message>
        <source>Nareis is only for children who already belonged to your family before you came.</source>
        <translation>نارایس (nareis) فقط برای فرزندانی است که پیش از آمدن شما عضو خانواده‌تان بودند.</translation>
    </message>
    <message>
        <source>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</source>
        <translation>در نامه یا ایمیلی است که اداره IND درخواست شما را در آن تأیید می‌کند. اگر روز را نمی‌دانید، «نمی‌دانم» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Someone else, who is not in this application</source>
        <translation>شخص دیگری که در این درخواست نیست</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</source>
        <translation>۳ ماه در %1 تمام شد. اگر درخواست را در همان روز یا پیش از آن فرستادید، به وقت بوده است. نامه‌ای که اداره IND درخواست شما را در آن تأیید می‌کند، روز را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>You applied within the 3 months, which end on %1.</source>
        <translation>شما در داخل ۳ ماه درخواست دادید. این ۳ ماه در %1 تمام می‌شود.</translation>
    </message>
    <message>
        <source>Since 12 June 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</source>
        <translation>از ۱۲ جون (۶) ۲۰۲۶، کسانی که حمایت فرعی دارند باید تقریباً ۲ سال صبر کنند تا بتوانند خانواده‌شان را بیاورند.</translation>
    </message>
    <message>
        <source>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>پدر یا مادر این کودک در این درخواست، شوهر یا خانم شما با ازدواج ثبت‌شده نیست. از ۱۲ جون (۶) ۲۰۲۶ چنین کودکی در اصل دیگر نمی‌تواند با نارایس (nareis) بیاید. استثناهایی هست: نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June 2026. So we show the careful answer: the new rules may count.</source>
        <translation>همه تاریخ‌هایی را که تعیین می‌کنند کدام قوانین حساب می‌شود نمی‌دانیم: اینکه شما چه وقت درخواست دادید، یا اینکه آیا اداره IND پیش از ۱۲ جون (۶) ۲۰۲۶ تصمیم گرفته یا نه. پس جواب محتاطانه را نشان می‌دهیم: شاید قوانین نو حساب شود.</translation>
    </message>
    <message>
        <source>The partner is under 18. The law is not clear for this. Ask for advice.</source>
        <translation>شریک زیر ۱۸ سال است. قانون در این باره روشن نیست. مشوره بگیرید.</translation>
    </message>
    <message>
        <source>You were already together before you came.</source>
        <translation>شما پیش از آمدن با هم بودید.</translation>
    </message>
    <message>
        <source>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</source>
        <translation>کودک پیش از آمدن شما جزو خانواده‌تان نبود. قانون در این باره روشن نیست. مشوره بگیرید.</translation>
    </message>
    <message>
        <source>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</source>
        <translation>شما حمایت فرعی دارید، پس فقط پس از تقریباً ۲ سال می‌توانید درخواست بدهید. تا آن وقت این کودک ۱۸ سال یا بیشتر خواهد داشت، و از ۱۲ جون (۶) ۲۰۲۶ کودکی که ۱۸ سال یا بیشتر دارد در اصل دیگر نمی‌تواند بیاید. همین حالا نزد یک وکیل بروید.</translation>
    </message>
    <message>
        <source>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</source>
        <translation>روزی را که درخواست را فرستادید نمی‌دانیم. همین روز تعیین می‌کند کدام قوانین حساب می‌شود و اینکه آیا به وقت بوده است. نامه‌ای که اداره IND درخواست شما را در آن تأیید می‌کند، آن را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Has the IND already decided on your application (a yes or a no)?</source>
        <translation>آیا اداره IND در باره درخواست شما تصمیم گرفته است (بله یا نه)؟</translation>
    </message>
    <message>
        <source>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</source>
        <translation>درخواست فرستاده شده است. به هر نامه IND پیش از تاریخی که در آن نوشته شده جواب بدهید، و اسناد را آماده نگه دارید.</translation>
    </message>
    <message>
        <source>Your application is from 12 June 2026 or later, so the new rules count.</source>
        <translation>درخواست شما از ۱۲ جون (۶) ۲۰۲۶ یا بعد از آن است، پس قوانین نو حساب می‌شود.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>این در صورتی است که درخواست را پیش از ۱۲ جون (۶) ۲۰۲۶ فرستاده باشید و اداره IND تا آن روز تصمیم نگرفته باشد. حالا اداره IND قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد: کسانی که حمایت فرعی دارند باید تقریباً ۲ سال صبر کنند. محکمه‌ها هنوز این را بررسی می‌کنند. همین حالا نزد یک وکیل بروید. کمک حقوقی رایگان از راه Juridisch Loket ممکن است.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>این در صورتی است که درخواست را پیش از ۱۲ جون (۶) ۲۰۲۶ فرستاده باشید و اداره IND تا آن روز تصمیم نگرفته باشد. حالا اداره IND قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد: فقط شوهر یا زنِ یک ازدواج ثبت‌شده و کودکان زیر ۱۸ سال می‌توانند بیایند. محکمه‌ها هنوز این را بررسی می‌کنند. همین حالا نزد یک وکیل بروید. کمک حقوقی رایگان از راه Juridisch Loket ممکن است.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>این در صورتی است که درخواست را پیش از ۱۲ جون (۶) ۲۰۲۶ فرستاده باشید و اداره IND تا آن روز تصمیم نگرفته باشد. حالا اداره IND قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد: فرزندی که ۱۸ سال یا بیشتر دارد، در اصل دیگر نمی‌تواند بیاید. اداره IND این را هم می‌بیند که آیا فرزند به تنهایی زندگی می‌کند، پول درمی‌آورد یا خودش فرزند دارد. محکمه‌ها هنوز این را بررسی می‌کنند. همین حالا نزد یک وکیل بروید. کمک حقوقی رایگان از راه Juridisch Loket ممکن است.</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>این در صورتی است که درخواست را پیش از ۱۲ جون (۶) ۲۰۲۶ فرستاده باشید و اداره IND تا آن روز تصمیم نگرفته باشد. حالا اداره IND قوانین نو را برای چنین درخواست‌هایی هم به کار می‌برد، و معلوم نیست که برادران و خواهران هنوز می‌توانند بیایند یا نه. همین حالا نزد یک وکیل بروید. کمک حقوقی رایگان از راه Juridisch Loket ممکن است.</translation>
    </message>
</context>
<context>
    <name>JourneyGuide</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays, e.g. Monday to Friday</comment>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Opening hours: the days (e.g. &quot;Monday to Sunday&quot;), then the opening and closing time.</extracomment>
        <translation>%1: از %2 تا %3</translation>
    </message>
</context>
<context>
    <name>JourneyListPage</name>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Help, words and costs</source>
        <translation>کمک، کلمات و هزینه‌ها</translation>
    </message>
    <message>
        <source>This information is in the app. It also works without internet.</source>
        <translation>این معلومات در اپلیکیشن است. بدون انترنت هم کار می‌کند.</translation>
    </message>
    <message>
        <source>Help and contacts</source>
        <translation>کمک و راه‌های تماس</translation>
    </message>
    <message>
        <source>Who can help you, and how to reach them.</source>
        <translation>چه کسی می‌تواند به شما کمک کند، و چطور با آن‌ها تماس بگیرید.</translation>
    </message>
    <message>
        <source>Dutch words</source>
        <translation>کلمات هالندی</translation>
    </message>
    <message>
        <source>What the words in IND letters mean.</source>
        <translation>معنای کلمات در نامه‌های IND.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>هزینه‌ها</translation>
    </message>
    <message>
        <source>What costs money on the way, and who pays.</source>
        <translation>چه چیزی در این راه پول مصرف دارد، و چه کسی پرداخت می‌کند.</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>قوانین و شماره‌ها تا تاریخ %1 بررسی شده‌اند.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>Application sent</source>
        <translation>درخواست فرستاده شد</translation>
    </message>
    <message>
        <source>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</source>
        <translation>شما درخواست خانواده خود را فرستادید. IND آن را بررسی می‌کند و برای شما نامه‌ای می‌فرستد که آن را دریافت کرده است (ontvangstbevestiging)‏.</translation>
    </message>
    <message>
        <source>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</source>
        <translation>از هر چیزی که فرستادید یک کاپی نگه دارید و تاریخ فرستادن را یادداشت کنید. به هر نامه IND به وقت آن جواب بدهید.</translation>
    </message>
    <message>
        <source>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</source>
        <translation>خانواده شما پاسپورت‌ها و اسناد خود را محفوظ و آماده نگه می‌دارند. IND ممکن است اسناد بیشتر، آزمایش DNA یا مصاحبه بخواهد.</translation>
    </message>
    <message>
        <source>Waiting for the IND</source>
        <translation>انتظار برای IND</translation>
    </message>
    <message>
        <source>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</source>
        <translation>اداره IND درخواست را مطالعه می‌کند. برای تصمیم ۳ ماه وقت دارد و می‌تواند ۳ ماه دیگر هم بگیرد. در این مدت ممکن است نامه‌هایی بیاید: درباره اسناد کم، آزمایش DNA یا مصاحبه.</translation>
    </message>
    <message>
        <source>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</source>
        <translation>هر نامه IND را فوراً باز کنید و تاریخی را که باید تا آن جواب بدهید پیدا کنید. نامه را نمی‌فهمید؟ Samen می‌تواند آن را توضیح بدهد، یا آن را به یک داوطلب نشان بدهید.</translation>
    </message>
    <message>
        <source>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</source>
        <translation>خانواده شما به سوال‌های سفارت یا IND زود جواب می‌دهند. اگر IND آزمایش DNA یا مصاحبه بخواهد، آن‌ها به وقت ملاقات در سفارت می‌روند.</translation>
    </message>
    <message>
        <source>The answer is yes</source>
        <translation>جواب مثبت است</translation>
    </message>
    <message>
        <source>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</source>
        <translation>اداره IND جواب مثبت داد. خانواده شما می‌توانند ویزای ورود (mvv) را از سفارت هالند بگیرند.</translation>
    </message>
    <message>
        <source>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</source>
        <translation>فوراً به خانواده خود خبر بدهید و یک کاپی نامه را برای آن‌ها بفرستید. به آن‌ها کمک کنید که در سفارت وقت ملاقات بگیرند.</translation>
    </message>
    <message>
        <source>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</source>
        <translation>خانواده شما ویزای mvv را در مدت ۳ ماه بعد از تصمیم از سفارت می‌گیرند. آن‌ها پاسپورت‌های خود را با خود می‌برند.</translation>
    </message>
    <message>
        <source>The answer is no</source>
        <translation>جواب منفی است</translation>
    </message>
    <message>
        <source>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</source>
        <translation>اداره IND جواب منفی داد. این خبر سختی است. شما می‌توانید در مدت ۴ هفته از تاریخ روی نامه اعتراض (bezwaar) کنید.</translation>
    </message>
    <message>
        <source>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</source>
        <translation>منتظر نمانید. همین هفته با یک وکیل یا Juridisch Loket تماس بگیرید. اگر درآمد شما کم است، وکیل می‌تواند رایگان باشد.</translation>
    </message>
    <message>
        <source>Your family keeps all their papers. They may be needed for the objection.</source>
        <translation>خانواده شما همه اسناد خود را نگه می‌دارند. ممکن است برای اعتراض لازم باشند.</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>اعتراض فرستاده شد</translation>
    </message>
    <message>
        <source>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</source>
        <translation>شما اعتراض (bezwaar) کردید. IND دوباره به تصمیم خود نگاه می‌کند. برای این کار ۱۹ هفته وقت دارد و می‌تواند ۶ هفته دیگر هم بگیرد.</translation>
    </message>
    <message>
        <source>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</source>
        <translation>با وکیل خود در تماس باشید. اسناد تازه را به محض گرفتن به وکیل خود بدهید.</translation>
    </message>
    <message>
        <source>Your family keeps their papers ready and answers questions quickly.</source>
        <translation>خانواده شما اسناد خود را آماده نگه می‌دارند و به سوال‌ها زود جواب می‌دهند.</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>تصمیم درباره اعتراض</translation>
    </message>
    <message>
        <source>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</source>
        <translation>اداره IND درباره اعتراض شما تصمیم گرفت. اگر هنوز جواب منفی است، می‌توانید در مدت ۴ هفته به محکمه شکایت کنید (beroep)‏.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</source>
        <translation>فوراً با وکیل خود درباره شکایت به محکمه صحبت کنید. در حالت فوری، وکیل می‌تواند از قاضی یک اقدام سریع (voorlopige voorziening) بخواهد.</translation>
    </message>
    <message>
        <source>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</source>
        <translation>خانواده شما اسناد خود را نگه می‌دارند. وکیل شما می‌گوید اگر محکمه چیزی از آن‌ها لازم داشته باشد.</translation>
    </message>
    <message>
        <source>The mvv is ready</source>
        <translation>ویزای mvv آماده است</translation>
    </message>
    <message>
        <source>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</source>
        <translation>خانواده شما ویزای mvv را در پاسپورت دارند. آن‌ها باید در مدت ۹۰ روز به هالند سفر کنند.</translation>
    </message>
    <message>
        <source>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</source>
        <translation>به خانواده خود در بک کردن سفر کمک کنید. به محض بک شدن تکت، وقت ملاقات را در IND Zevenaar بگیرید.</translation>
    </message>
    <message>
        <source>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</source>
        <translation>خانواده شما تکت بک می‌کنند و پیش از ختم شدن mvv سفر می‌کنند. پاسپورت‌های دارای mvv را با خود می‌برند.</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>در سفر</translation>
    </message>
    <message>
        <source>Your family is on the way to the Netherlands with the mvv.</source>
        <translation>خانواده شما با ویزای mvv در راه هالند هستند.</translation>
    </message>
    <message>
        <source>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</source>
        <translation>مطمئن شوید که وقت ملاقات در IND Zevenaar گرفته شده است. برنامه بریزید که چه کسی خانواده شما را هنگام رسیدن می‌بیند.</translation>
    </message>
    <message>
        <source>Your family travels before the mvv ends and keeps their passports with them.</source>
        <translation>خانواده شما پیش از ختم شدن mvv سفر می‌کنند و پاسپورت‌ها را با خود نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>رسیدن به هالند</translation>
    </message>
    <message>
        <source>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</source>
        <translation>خانواده شما رسیدند. در مدت ۳ روز خود را به IND Zevenaar معرفی می‌کنند. آنجا اجازه اقامت می‌گیرند و در BRP ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</source>
        <translation>با خانواده خود به IND Zevenaar بروید. در مدت ۲ هفته با آن‌ها نزد داکتر خانواده (huisarts) بروید. GGD از آن‌ها برای معاینه توبرکلوز (TB) دعوت می‌کند.</translation>
    </message>
    <message>
        <source>Your family is no longer abroad. Keep the papers they brought in a safe place.</source>
        <translation>خانواده شما دیگر در خارج نیستند. اسنادی را که با خود آوردند در جای امن نگه دارید.</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>زندگی با هم</translation>
    </message>
    <message>
        <source>Your family has a residence permit. It depends on yours. The family must live together with you.</source>
        <translation>خانواده شما اجازه اقامت دارند. این اجازه به اجازه شما وابسته است. خانواده باید با شما با هم زندگی کنند.</translation>
    </message>
    <message>
        <source>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</source>
        <translation>مطمئن شوید که همه در آدرس شما نزد شاروالی (gemeente) و نزد یک داکتر خانواده ثبت شده‌اند. اگر از هم جدا شوید، باید به IND اطلاع بدهید.</translation>
    </message>
    <message>
        <source>Nobody needs to do anything abroad any more.</source>
        <translation>دیگر لازم نیست کسی در خارج کاری بکند.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>تأیید دریافت</translation>
    </message>
    <message>
        <source>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</source>
        <translation>اداره IND خبر می‌دهد که درخواست شما را گرفته است. در نامه تاریخ درخواست شما نوشته شده، و شاید تاریخی که IND تا آن تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Keep this letter and check the date of your application on it. You do not need to answer.</source>
        <translation>این نامه را نگه دارید و تاریخ درخواست را در آن بررسی کنید. لازم نیست جواب بدهید.</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>اسناد کم</translation>
    </message>
    <message>
        <source>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</source>
        <translation>اداره IND پیش از تصمیم به اسناد یا معلومات بیشتر ضرورت دارد (herstel verzuim)‏. در نامه نوشته شده که چه چیزی کم است.</translation>
    </message>
    <message>
        <source>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</source>
        <translation>چیزی را که کم است پیش از تاریخ نوشته شده در نامه بفرستید. اگر چیزی را به وقت گرفته نمی‌توانید، پیش از آن تاریخ به IND خبر بدهید و دلیل را بگویید.</translation>
    </message>
    <message>
        <source>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</source>
        <translation>اگر به وقت جواب ندهید، IND می‌تواند رسیدگی به درخواست شما را متوقف کند. اگر تا آن وقت ۳ ماه nareis گذشته باشد، خانواده شما ممکن است راه nareis را از دست بدهند.</translation>
    </message>
    <message>
        <source>DNA test or interview</source>
        <translation>آزمایش DNA یا مصاحبه</translation>
    </message>
    <message>
        <source>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</source>
        <translation>اداره IND می‌خواهد رابطه خانوادگی را با آزمایش DNA یا مصاحبه (identificerend gehoor) در یک سفارت هالند بررسی کند.</translation>
    </message>
    <message>
        <source>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</source>
        <translation>فوراً به خانواده خود خبر بدهید. آن‌ها پیش از تاریخ نوشته شده در نامه در سفارت وقت ملاقات می‌گیرند و به آن می‌روند.</translation>
    </message>
    <message>
        <source>If your family does not go, the IND can refuse the application.</source>
        <translation>اگر خانواده شما نروند، IND می‌تواند درخواست را رد کند.</translation>
    </message>
    <message>
        <source>Intention to refuse</source>
        <translation>قصد رد کردن</translation>
    </message>
    <message>
        <source>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</source>
        <translation>اداره IND قصد دارد جواب منفی بدهد (voornemen)‏. هنوز تصمیم نگرفته است. شما اول می‌توانید نظر خود را بدهید (zienswijze)‏.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</source>
        <translation>فوراً با یک وکیل یا Juridisch Loket تماس بگیرید. نظر خود را پیش از تاریخ نوشته شده در نامه بفرستید.</translation>
    </message>
    <message>
        <source>If you do not react in time, the IND decides without your reaction.</source>
        <translation>اگر به وقت نظر ندهید، IND بدون نظر شما تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Decision: yes</source>
        <translation>تصمیم: مثبت</translation>
    </message>
    <message>
        <source>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</source>
        <translation>اداره IND به درخواست شما جواب مثبت می‌دهد (beschikking)‏. خانواده شما می‌توانند ویزای mvv را از سفارت هالند بگیرند.</translation>
    </message>
    <message>
        <source>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</source>
        <translation>یک کاپی برای خانواده خود بفرستید. آن‌ها باید ویزای mvv را در مدت ۳ ماه از تاریخ این نامه بگیرند.</translation>
    </message>
    <message>
        <source>Decision: no</source>
        <translation>تصمیم: منفی</translation>
    </message>
    <message>
        <source>The IND says no to your application (beschikking). The letter explains why.</source>
        <translation>اداره IND به درخواست شما جواب منفی می‌دهد (beschikking)‏. دلیل آن در نامه نوشته شده است.</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</source>
        <translation>همین هفته با یک وکیل یا Juridisch Loket تماس بگیرید. شما می‌توانید در مدت ۴ هفته از تاریخ این نامه اعتراض (bezwaar) کنید.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer object, and the no becomes final.</source>
        <translation>بعد از ۴ هفته دیگر اعتراض کرده نمی‌توانید و جواب منفی قطعی می‌شود.</translation>
    </message>
    <message>
        <source>Objection: you are right</source>
        <translation>اعتراض: حق با شماست</translation>
    </message>
    <message>
        <source>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</source>
        <translation>اداره IND با اعتراض شما موافق است (gegrond)‏. در نامه نوشته شده که بعد از این چه می‌شود: جواب مثبت، یا یک تصمیم تازه.</translation>
    </message>
    <message>
        <source>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</source>
        <translation>نامه را با وکیل خود بخوانید. اگر جواب مثبت است، به خانواده خود بگویید که ویزای mvv را بگیرند.</translation>
    </message>
    <message>
        <source>Objection: still no</source>
        <translation>اعتراض: هنوز منفی</translation>
    </message>
    <message>
        <source>The IND keeps its no after your objection (ongegrond).</source>
        <translation>اداره IND بعد از اعتراض شما هم جواب منفی خود را نگه می‌دارد (ongegrond)‏.</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</source>
        <translation>فوراً با وکیل خود صحبت کنید. شما می‌توانید در مدت ۴ هفته از تاریخ این نامه به محکمه شکایت کنید (beroep)‏.</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer go to court, and the no becomes final.</source>
        <translation>بعد از ۴ هفته دیگر به محکمه شکایت کرده نمی‌توانید و جواب منفی قطعی می‌شود.</translation>
    </message>
    <message>
        <source>mvv ready</source>
        <translation>ویزای mvv آماده</translation>
    </message>
    <message>
        <source>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</source>
        <translation>خانواده شما می‌توانند ویزای ورود (mvv, machtiging tot voorlopig verblijf) را از سفارت هالند بگیرند.</translation>
    </message>
    <message>
        <source>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</source>
        <translation>به خانواده خود بگویید که در سفارت وقت ملاقات بگیرند. آن‌ها باید ویزای mvv را در مدت ۳ ماه بعد از تصمیم بگیرند.</translation>
    </message>
    <message>
        <source>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</source>
        <translation>داوطلبان و کارمندان به پناهندگان در یکجا شدن خانواده کمک می‌کنند. آن‌ها می‌توانند نامه‌های IND را توضیح بدهند و در فورم‌ها کمک کنند.</translation>
    </message>
    <message>
        <source>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</source>
        <translation>اگر درآمد شما کم باشد، همه یا بخشی از پول وکیل را می‌پردازد. وکیل شما یا Juridisch Loket این کار را انجام می‌دهد.</translation>
    </message>
    <message>
        <source>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</source>
        <translation>داکتر خانواده (huisarts)‏. خانواده شما در مدت ۲ هفته بعد از رسیدن نزد داکتر خانواده می‌روند. داکتر همچنین می‌تواند در فشار روانی و مشکلات خواب کمک کند و شما را به مراقبت صحت روانی معرفی کند.</translation>
    </message>
    <message>
        <source>The public health service. It does the TB check of your family after arrival.</source>
        <translation>خدمات صحت عامه. معاینه توبرکلوز (TB) خانواده شما را بعد از رسیدن انجام می‌دهد.</translation>
    </message>
    <message>
        <source>The municipality registers your family in the BRP, and helps with housing and settling in.</source>
        <translation>شاروالی خانواده شما را در BRP ثبت می‌کند و در خانه و جا به جا شدن کمک می‌کند.</translation>
    </message>
    <message>
        <source>The immigration service decides on the application. Its letters are in Dutch.</source>
        <translation>اداره مهاجرت درباره درخواست تصمیم می‌گیرد. نامه‌های آن به زبان هالندی است.</translation>
    </message>
    <message>
        <source>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</source>
        <translation>خانواده شما برای آزمایش DNA یا مصاحبه، و برای گرفتن ویزای mvv به سفارت هالند می‌روند.</translation>
    </message>
    <message>
        <source>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</source>
        <translation>یک مرکز دانش هالندی درباره صحت پناهندگان. توصیه‌های Samen درباره انتظار و جواب منفی از معلومات آن گرفته شده است.</translation>
    </message>
    <message>
        <source>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</source>
        <translation>اداره مهاجرت و تابعیت هالند (Immigratie- en Naturalisatiedienst)‏. درباره درخواست خانواده شما تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</source>
        <translation>یکجا شدن خانواده برای پناهندگان. اگر در مدت ۳ ماه درخواست بدهید، رایگان است و شرط درآمد ندارد.</translation>
    </message>
    <message>
        <source>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</source>
        <translation>ویزای ورود به هالند (machtiging tot voorlopig verblijf)‏. سفارت آن را در پاسپورت می‌گذارد.</translation>
    </message>
    <message>
        <source>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</source>
        <translation>ثبت نفوس هالند. هر کسی که در هالند زندگی می‌کند در آن ثبت است.</translation>
    </message>
    <message>
        <source>An official decision of the IND, on paper.</source>
        <translation>یک تصمیم رسمی و نوشتاری IND.</translation>
    </message>
    <message>
        <source>A letter that something is missing from your application, with a date by which to send it.</source>
        <translation>نامه‌ای که چیزی در درخواست شما کم است، با تاریخی که باید تا آن بفرستید.</translation>
    </message>
    <message>
        <source>The IND plans to say no, but has not decided yet.</source>
        <translation>اداره IND قصد دارد جواب منفی بدهد، ولی هنوز تصمیم نگرفته است.</translation>
    </message>
    <message>
        <source>Your written reaction to a voornemen.</source>
        <translation>جواب نوشتاری شما به یک voornemen.</translation>
    </message>
    <message>
        <source>An objection: you ask the IND to look at its decision again.</source>
        <translation>اعتراض: از IND می‌خواهید که دوباره به تصمیم خود نگاه کند.</translation>
    </message>
    <message>
        <source>An appeal: you ask a court to look at the decision.</source>
        <translation>شکایت به محکمه: از محکمه می‌خواهید که به تصمیم نگاه کند.</translation>
    </message>
    <message>
        <source>A quick measure a judge can take in an urgent case, while the appeal is running.</source>
        <translation>یک اقدام سریع که قاضی در حالت فوری می‌تواند بگیرد، در حالی که شکایت جریان دارد.</translation>
    </message>
    <message>
        <source>A letter to the IND saying it is late with its decision.</source>
        <translation>نامه‌ای به IND که در تصمیم خود دیر کرده است.</translation>
    </message>
    <message>
        <source>The time the IND has to decide.</source>
        <translation>وقتی که IND برای تصمیم گرفتن دارد.</translation>
    </message>
    <message>
        <source>A letter that the IND has received your application.</source>
        <translation>نامه‌ای که IND درخواست شما را گرفته است.</translation>
    </message>
    <message>
        <source>The fee for an application. Nareis has no fee; the regular route has one.</source>
        <translation>فیس درخواست. nareis فیس ندارد؛ راه عادی فیس دارد.</translation>
    </message>
    <message>
        <source>An official stamp that shows a paper from abroad is real.</source>
        <translation>یک مُهر رسمی که نشان می‌دهد یک سند از خارج اصلی است.</translation>
    </message>
    <message>
        <source>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</source>
        <translation>ترجمان سوگند خورده. اسنادی که به هالندی، انگلیسی، فرانسوی یا آلمانی نیستند، باید توسط ترجمان سوگند خورده ترجمه شوند.</translation>
    </message>
    <message>
        <source>The person in the Netherlands who asks for the family to come: you.</source>
        <translation>کسی در هالند که برای آمدن خانواده درخواست می‌دهد: شما.</translation>
    </message>
    <message>
        <source>Refugee status.</source>
        <translation>وضعیت پناهندگی.</translation>
    </message>
    <message>
        <source>Subsidiary protection.</source>
        <translation>حمایت فرعی.</translation>
    </message>
    <message>
        <source>A child who came to the Netherlands alone, without father or mother.</source>
        <translation>طفلی که تنها، بدون پدر یا مادر، به هالند آمده است.</translation>
    </message>
    <message>
        <source>The town where family members report to the IND after arrival.</source>
        <translation>شهری که اعضای خانواده بعد از رسیدن خود را به IND معرفی می‌کنند.</translation>
    </message>
    <message>
        <source>The regular route for family reunification. It has a fee and asks for an income, among other things.</source>
        <translation>راه عادی یکجا شدن خانواده. فیس دارد و از جمله درآمد می‌خواهد.</translation>
    </message>
    <message>
        <source>The civic integration exam abroad. The regular route asks for it; nareis does not.</source>
        <translation>امتحان مدنی در خارج. راه عادی آن را می‌خواهد؛ nareis نمی‌خواهد.</translation>
    </message>
    <message>
        <source>A DNA test to show a family bond.</source>
        <translation>آزمایش DNA برای نشان دادن رابطه خانوادگی.</translation>
    </message>
    <message>
        <source>An interview at the embassy about who someone is and about the family bond.</source>
        <translation>مصاحبه‌ای در سفارت درباره هویت یک شخص و رابطه خانوادگی.</translation>
    </message>
    <message>
        <source>The public health service in your region.</source>
        <translation>خدمات صحت عامه در منطقه شما.</translation>
    </message>
    <message>
        <source>A check for tuberculosis (TB) after arrival.</source>
        <translation>معاینه توبرکلوز (TB) بعد از رسیدن.</translation>
    </message>
    <message>
        <source>The family doctor (GP).</source>
        <translation>داکتر خانواده.</translation>
    </message>
    <message>
        <source>The family members must live together with you.</source>
        <translation>اعضای خانواده باید با شما با هم زندگی کنند.</translation>
    </message>
    <message>
        <source>An organisation that helps refugees.</source>
        <translation>یک سازمان که به پناهندگان کمک می‌کند.</translation>
    </message>
    <message>
        <source>The Afghan identity card.</source>
        <translation>تذکره افغانی.</translation>
    </message>
    <message>
        <source>The Islamic marriage certificate (Afghanistan).</source>
        <translation>نکاح‌نامه اسلامی (افغانستان).</translation>
    </message>
    <message>
        <source>The nareis application itself has no fee (leges).</source>
        <translation>خود درخواست nareis فیس (leges) ندارد.</translation>
    </message>
    <message>
        <source>A sworn translator charges for each translation. The price differs per translator, so ask first.</source>
        <translation>ترجمان سوگند خورده برای هر ترجمه پول می‌گیرد. قیمت از یک ترجمان تا دیگری فرق می‌کند، پس اول بپرسید.</translation>
    </message>
    <message>
        <source>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</source>
        <translation>تصدیق (legalisatie) ممکن است در کشور اسناد و در سفارت پول داشته باشد. قیمت از یک کشور تا دیگری فرق می‌کند. معلوم نیست که IND آن را برای nareis بخواهد.</translation>
    </message>
    <message>
        <source>Passports cost money. The price differs per country.</source>
        <translation>پاسپورت پول دارد. قیمت از یک کشور تا دیگری فرق می‌کند.</translation>
    </message>
    <message>
        <source>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</source>
        <translation>آزمایش DNA ممکن است پول داشته باشد. از IND یا سفارت بپرسید که چه کسی و چقدر می‌پردازد.</translation>
    </message>
    <message>
        <source>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</source>
        <translation>سفر به هالند پول دارد. قیمت‌ها فرق می‌کنند. اگر به کمک ضرورت دارید، از VluchtelingenWerk بپرسید.</translation>
    </message>
    <message>
        <source>The regular route has a fee (leges) for each application. The amount is on the IND website.</source>
        <translation>راه عادی برای هر درخواست فیس (leges) دارد. مقدار آن در ویب‌سایت IND است.</translation>
    </message>
    <message>
        <source>The wait is long</source>
        <translation>انتظار طولانی است</translation>
    </message>
    <message>
        <source>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</source>
        <translation>انتظار ممکن است ماه‌ها طول بکشد و هیچ کس دقیق گفته نمی‌تواند چقدر. برای بسیاری از خانواده‌ها این بسیار سخت است. احساسات شما طبیعی است.</translation>
    </message>
    <message>
        <source>Talking with your family</source>
        <translation>صحبت با خانواده</translation>
    </message>
    <message>
        <source>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</source>
        <translation>به خانواده خود بگویید چه می‌دانید، و چه چیزی را هنوز نمی‌دانید. وقت صحبت را با هم تعیین کنید. این کار انتظار را برای هر دو طرف کمی آسان‌تر می‌کند.</translation>
    </message>
    <message>
        <source>Pressure and money</source>
        <translation>فشار و پول</translation>
    </message>
    <message>
        <source>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</source>
        <translation>خانواده در خارج شاید پول بخواهند، یا بپرسند چرا این قدر طول می‌کشد. این تقصیر شما نیست. صادقانه بگویید چه کاری از دست شما می‌آید و چه کاری نه. VluchtelingenWerk می‌تواند با شما فکر کند.</translation>
    </message>
    <message>
        <source>Stress and sleep</source>
        <translation>فشار روانی و خواب</translation>
    </message>
    <message>
        <source>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</source>
        <translation>نگرانی، فشار روانی و خواب بد در وقت انتظار زیاد پیش می‌آید. با کسی که به او اعتماد دارید صحبت کنید. داکتر خانواده (huisarts) می‌تواند کمک کند و شما را به مراقبت صحت روانی معرفی کند.</translation>
    </message>
    <message>
        <source>A no is hard</source>
        <translation>جواب منفی سخت است</translation>
    </message>
    <message>
        <source>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</source>
        <translation>جواب منفی برای شما و خانواده شما خبر بسیار سختی است. به خود وقت بدهید و با آن تنها نمانید. با کسی که به او اعتماد دارید صحبت کنید.</translation>
    </message>
    <message>
        <source>You can object</source>
        <translation>شما می‌توانید اعتراض کنید</translation>
    </message>
    <message>
        <source>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</source>
        <translation>جواب منفی همیشه پایان نیست. شما می‌توانید در مدت ۴ هفته اعتراض (bezwaar) کنید. همین هفته با یک وکیل یا Juridisch Loket تماس بگیرید.</translation>
    </message>
    <message>
        <source>A lawyer can be free</source>
        <translation>وکیل می‌تواند رایگان باشد</translation>
    </message>
    <message>
        <source>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</source>
        <translation>اگر درآمد شما کم است، همه یا بخشی از هزینه وکیل پرداخته می‌شود. از Juridisch Loket بپرسید.</translation>
    </message>
    <message>
        <source>After the objection</source>
        <translation>بعد از اعتراض</translation>
    </message>
    <message>
        <source>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</source>
        <translation>اگر IND بعد از اعتراض شما هنوز جواب منفی بدهد، می‌توانید در مدت ۴ هفته به محکمه شکایت کنید (beroep)‏. وکیل شما این کار را برای شما انجام می‌دهد.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>ادامه بدهید</translation>
    </message>
    <message>
        <source>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</source>
        <translation>در وقت انتظار به مکتب، کار و درس زبان هالندی ادامه بدهید. این حالا به شما کمک می‌کند، و وقتی خانواده شما بیایند به آن‌ها هم کمک می‌کند.</translation>
    </message>
    <message>
        <source>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</source>
        <translation>مشوره حقوقی: در دفترهایشان رایگان است؛ از راه تلفون هر دقیقه ۲۵ سنت پول می‌گیرد. آن‌ها می‌توانند شما را به یک وکیل معرفی کنند.</translation>
    </message>
    <message>
        <source>The nuclear family: husband or wife by a registered marriage, and children under 18.</source>
        <translation>خانواده اصلی: شوهر یا خانم با ازدواج ثبت‌شده، و اطفال زیر ۱۸ سال.</translation>
    </message>
    <message>
        <source>Legal advice, free at their offices.</source>
        <translation>مشوره حقوقی، رایگان در دفترهایشان.</translation>
    </message>
</context>
<context>
    <name>KeptLetterCard</name>
    <message>
        <source>The letter you kept</source>
        <translation>نامه‌ای که نگه داشتید</translation>
    </message>
    <message>
        <source>Letter of %1, kept on %2</source>
        <translation>نامهٔ تاریخ %1، نگه‌داشته‌شده در %2</translation>
    </message>
    <message>
        <source>Kept on %1</source>
        <translation>نگه‌داشته‌شده در %1</translation>
    </message>
    <message>
        <source>Show the photo of the letter on the whole screen</source>
        <translation>عکس نامه را در تمام صفحه ببینید</translation>
    </message>
    <message>
        <source>The text Samen read in the letter (in Dutch, maybe with mistakes):</source>
        <translation>متنی که Samen در نامه خواند (به هالندی، شاید با اشتباه):</translation>
    </message>
    <message>
        <source>Delete the photo and text</source>
        <translation>عکس و متن را حذف کنید</translation>
    </message>
    <message>
        <source>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</source>
        <translation>آیا می‌خواهید عکس و متن این نامه را از این تلفون حذف کنید؟ این کار برگشت ندارد. تاریخ‌هایی که ذخیره کردید باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Photo of the letter</source>
        <translation>عکس نامه</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک کردن</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ کردن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>For %1</source>
        <translation>برای %1</translation>
    </message>
    <message>
        <source>Family reunification in the Netherlands: what you need to know</source>
        <translation>پیوستن خانواده در هالند: آنچه باید بدانید</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in the passport (Latin letters)</source>
        <translation>نام در پاسپورت (با حروف لاتین)</translation>
    </message>
    <message>
        <source>What to bring to the embassy</source>
        <translation>آنچه باید به سفارت ببرید</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>تاریخ‌هایی که باید به یاد داشته باشید</translation>
    </message>
    <message>
        <source>Appointment at the embassy</source>
        <translation>وقت ملاقات در سفارت</translation>
    </message>
    <message>
        <source>The embassy gives you this date. Write it here:</source>
        <translation>سفارت این تاریخ را به شما می‌دهد. لطفاً آن را اینجا بنویسید:</translation>
    </message>
    <message>
        <source>Not known yet. It is counted from this step: %1.</source>
        <translation>هنوز معلوم نیست. از این مرحله حساب می‌شود: %1.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (انجام شد)</translation>
    </message>
    <message>
        <source>The DNA test or the interview</source>
        <translation>آزمایش DNA یا مصاحبه</translation>
    </message>
    <message>
        <source>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</source>
        <translation>با اپلیکیشن Samen در %1 ساخته شد. لطفاً هر تاریخ را در نامه‌های IND و سفارت بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>اول Samen را با کود پین خود باز کنید.</translation>
    </message>
    <message>
        <source>Send the PDF with</source>
        <translation>ارسال فایل PDF با</translation>
    </message>
    <message>
        <source>No app to send it with could be opened. Save it as a PDF instead.</source>
        <translation>هیچ برنامه‌ای برای ارسال باز نشد. لطفاً آن را به شکل PDF ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Kit for %1</source>
        <translation>برگه معلومات برای %1</translation>
    </message>
    <message>
        <source>Kit for the family</source>
        <translation>برگه معلومات برای خانواده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>کجا می‌خواهید PDF را ذخیره کنید؟</translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>این شخص دیگر در فهرست خانواده نیست.</translation>
    </message>
    <message>
        <source>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</source>
        <translation>یک برگه برای این عضو خانواده، به زبانی که می‌خواند: نامش، اسناد برای سفارت و تاریخ‌هایی که باید به یاد داشته باشد.</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>زبان برگه معلومات</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>آنچه در فایل می‌آید</translation>
    </message>
    <message>
        <source>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</source>
        <translation>دقیقاً همین در فایل PDF می‌آید. فقط معلومات این شخص در آن است.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>فایل PDF با کود پین شما قفل نیست. هر کسی که فایل را داشته باشد می‌تواند آن را بخواند. آن را فقط جایی که خودتان انتخاب می‌کنید ذخیره کنید و وقتی دیگر لازم نیست پاکش کنید.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به شکل PDF</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>فایل PDF ذخیره شد.</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>فایل PDF با کود پین شما قفل نیست. هر کسی که فایل را داشته باشد می‌تواند آن را بخواند. آن را فقط برای کسی بفرستید که برایش است، فقط جایی که خودتان انتخاب می‌کنید ذخیره کنید و وقتی دیگر لازم نیست پاکش کنید.</translation>
    </message>
    <message>
        <source>Send the PDF</source>
        <translation>ارسال فایل PDF</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>The language could not be saved.</source>
        <translation>زبان ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>روی زبان خود بزنید. بعداً می‌توانید آن را در تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
</context>
<context>
    <name>LetterChoice</name>
    <message>
        <source>Chosen</source>
        <translation>انتخاب شد</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>Its date starts: %1</source>
        <translation>تاریخ آن شروع می‌کند: %1</translation>
    </message>
    <message>
        <source>Enter the dates of this letter</source>
        <translation>تاریخ‌های این نامه را وارد کنید</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>اداره IND تصمیم می‌گیرد تا</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>جواب بدهید تا</translation>
    </message>
    <message>
        <source>The letter says before which day the IND decides. Enter that day.</source>
        <translation>نامه می‌گوید اداره IND تا کدام روز تصمیم می‌گیرد. آن روز را وارد کنید.</translation>
    </message>
    <message>
        <source>The letter says before which day the IND wants your answer. Enter that day.</source>
        <translation>نامه می‌گوید اداره IND تا کدام روز جواب شما را می‌خواهد. آن روز را وارد کنید.</translation>
    </message>
    <message>
        <source>Saved. Samen reminds you before the date.</source>
        <translation>ذخیره شد. Samen پیش از آن تاریخ به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>مراحل را ببینید</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>همه تاریخ‌ها را ببینید</translation>
    </message>
    <message>
        <source>The date at the top of the letter, next to the word &quot;Datum&quot;.</source>
        <translation>تاریخ در بالای نامه، کنار کلمه «Datum».</translation>
    </message>
    <message>
        <source>Dates to keep:</source>
        <translation>تاریخ‌هایی که باید به یاد داشته باشید:</translation>
    </message>
    <message>
        <source>Keep the photo and text of this letter</source>
        <translation>عکس و متن این نامه را نگه دارید</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</source>
        <translation>تا وقتی آن را روشن نکنید خاموش است. بعد Samen عکس و متنی را که خوانده فقط روی این تلفون، قفل‌شده با کود پین شما، نگه می‌دارد و در صفحهٔ این نامه نشان می‌دهد. آن‌جا می‌توانید آن‌ها را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>یک نامه از IND آمد</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>اول به سوال‌ها درباره خانواده خود جواب بدهید. بعد می‌توانید هر مرحله را اینجا دنبال کنید.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>سوال‌ها را شروع کنید</translation>
    </message>
    <message>
        <source>For whom is the letter?</source>
        <translation>نامه برای چه کسی است؟</translation>
    </message>
    <message>
        <source>The letter is about everyone in this application</source>
        <translation>نامه درباره همه کسانی است که در این درخواست هستند</translation>
    </message>
    <message>
        <source>Which letter is it?</source>
        <translation>کدام نامه است؟</translation>
    </message>
    <message>
        <source>Look at the Dutch words at the top of the letter. Choose the same words below.</source>
        <translation>به کلمه‌های هالندی در بالای نامه نگاه کنید. همان کلمه‌ها را در پایین انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not in the list? Add the date the letter asks you to answer by.</source>
        <translation>در فهرست نیست؟ تاریخی را که نامه تا آن جواب می‌خواهد اضافه کنید.</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>یک تاریخ از نامه IND اضافه کنید</translation>
    </message>
    <message>
        <source>Let Samen read it</source>
        <translation>بگذارید Samen آن را بخواند</translation>
    </message>
    <message>
        <source>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</source>
        <translation>از نامه عکس بگیرید یا فایل آن را انتخاب کنید. Samen آن را روی همین تلفون می‌خواند و می‌گوید این کدام نامه است و تا چه وقت باید کاری بکنید.</translation>
    </message>
    <message>
        <source>Let Samen read the letter</source>
        <translation>خواندن نامه توسط Samen</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Family member</source>
        <translation>عضو خانواده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in your own language</source>
        <translation>نام به زبان خودتان</translation>
    </message>
    <message>
        <source>Name in Latin letters, exactly as in the passport</source>
        <translation>نام با حروف لاتین، دقیقاً مثل پاسپورت</translation>
    </message>
    <message>
        <source>Suggest Latin letters</source>
        <translation>حروف لاتین را پیشنهاد کنید</translation>
    </message>
    <message>
        <source>The suggestion is only a guess. Change it so that it is exactly as in the passport.</source>
        <translation>این پیشنهاد فقط یک حدس است. آن را تغییر بدهید تا دقیقاً مثل پاسپورت باشد.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>%1, with photos or files</source>
        <translation>%1، با عکس یا فایل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>این شخص را حذف کنید</translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>بلی، این شخص را حذف کنید</translation>
    </message>
    <message>
        <source>Dates and progress of the application</source>
        <translation>تاریخ‌ها و پیشرفت درخواست</translation>
    </message>
    <message>
        <source>Earlier answers (before the rules changed):</source>
        <translation>جواب‌های قبلی (پیش از تغییر قوانین)‏:</translation>
    </message>
    <message numerus="yes">
        <source>This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>این کار این شخص را همراه با جواب‌ها، اسناد، تاریخ‌ها و یادآوری‌هایش و %Ln عکس یا فایل اسنادش پاک می‌کند. این کار برگشت ندارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>این کار این شخص را همراه با جواب‌ها، اسناد، تاریخ‌ها و یادآوری‌هایش پاک می‌کند. این کار برگشت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>این شخص و %Ln عکس را پاک کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>این شخص دیگر در فهرست خانواده نیست.</translation>
    </message>
    <message>
        <source>Kit for %1</source>
        <translation>برگه معلومات برای %1</translation>
    </message>
</context>
<context>
    <name>NoVoiceNote</name>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>این تلفون صدایی ندارد که زبان شما را با صدای بلند بخواند.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>خوب</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>Write a note for yourself</source>
        <translation>برای خودتان یادداشت بنویسید</translation>
    </message>
</context>
<context>
    <name>OwnNameCard</name>
    <message>
        <source>You: %1</source>
        <translation>شما: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Your name in your own language (you may leave it empty). A helper sees it on the summary.</source>
        <translation>نام شما به زبان خودتان (می‌توانید خالی بگذارید). کمک‌کننده آن را در خلاصه می‌بیند.</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your residence permit</source>
        <translation>نام شما با حروف لاتین، مثل اجازه اقامت‌تان</translation>
    </message>
</context>
<context>
    <name>PageTile</name>
    <message>
        <source>Look at page %1</source>
        <translation>صفحه %1 را ببینید</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>صفحه %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>اضافه شده در %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>ببینید</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>یک کاپی ذخیره کنید</translation>
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
        <translation>اکنون کجا هستید</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>آنچه اکنون می‌توانید بکنید</translation>
    </message>
    <message>
        <source>What your family abroad does</source>
        <translation>آنچه خانواده شما در خارج می‌کند</translation>
    </message>
</context>
<context>
    <name>PhaseGroup</name>
    <message>
        <source>Next step: %1</source>
        <translation>قدم بعدی: %1</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>مراحل را ببینید</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually up to %1.</source>
        <translation>معمولاً تا %1.</translation>
    </message>
    <message>
        <source>It can take %1 longer.</source>
        <translation>ممکن است %1 بیشتر طول بکشد.</translation>
    </message>
    <message>
        <source>Application not sent yet</source>
        <translation>درخواست هنوز فرستاده نشده</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>The photo is blurred. Hold the phone still and take it again.</source>
        <translation>عکس تار است. تلفون را ثابت نگه دارید و دوباره عکس بگیرید.</translation>
    </message>
    <message>
        <source>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</source>
        <translation>روشنی روی سند می‌تابد و بخشی از آن را پنهان می‌کند. سند یا روشنی را جابجا کنید و دوباره عکس بگیرید.</translation>
    </message>
    <message>
        <source>The photo is too dark. Take it again in more light.</source>
        <translation>عکس خیلی تاریک است. در روشنی بیشتر دوباره عکس بگیرید.</translation>
    </message>
    <message>
        <source>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</source>
        <translation>بخشی از سند بیرون از عکس است. دوباره عکس بگیرید طوری که هر چهار گوشه سند در آن باشد.</translation>
    </message>
</context>
<context>
    <name>PhotoCheckPage</name>
    <message>
        <source>Check the photo</source>
        <translation>بررسی عکس</translation>
    </message>
    <message>
        <source>There is no photo to check.</source>
        <translation>عکسی برای بررسی نیست.</translation>
    </message>
    <message>
        <source>Making the page straight. This can take a moment.</source>
        <translation>صفحه در حال راست شدن است. این کمی وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Checking the photo. This can take a moment.</source>
        <translation>عکس در حال بررسی است. این کمی وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>The photo looks clear.</source>
        <translation>عکس واضح به نظر می‌رسد.</translation>
    </message>
    <message>
        <source>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</source>
        <translation>چهار نشانه گرد را بررسی کنید. هر کدام باید روی یک گوشه سند باشد. اگر نیست، آن را به آنجا بکشید.</translation>
    </message>
    <message>
        <source>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</source>
        <translation>برنامه Samen لبه‌های سند را پیدا نتوانست. چهار نشانه گرد را به گوشه‌های سند بکشید.</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Top left corner of the paper</source>
        <translation>گوشه بالا چپ سند</translation>
    </message>
    <message>
        <source>Top right corner of the paper</source>
        <translation>گوشه بالا راست سند</translation>
    </message>
    <message>
        <source>Bottom right corner of the paper</source>
        <translation>گوشه پایین راست سند</translation>
    </message>
    <message>
        <source>Bottom left corner of the paper</source>
        <translation>گوشه پایین چپ سند</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>دوباره عکس بگیرید</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>از این عکس استفاده کنید</translation>
    </message>
    <message>
        <source>The arrow keys move this mark.</source>
        <translation>کلیدهای جهت‌نما این نشانه را حرکت می‌دهند.</translation>
    </message>
</context>
<context>
    <name>ReadDateCheck</name>
    <message>
        <source>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</source>
        <translation>برنامه Samen این را در نامه خواند: «%1». لطفاً تاریخ را با خود نامه مقایسه کنید، بعد ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>ReaderFoundDate</name>
    <message>
        <source>From the words in the letter: &quot;%1&quot;</source>
        <translation>از کلمه‌های نامه: «%1»</translation>
    </message>
    <message>
        <source>This day has already passed. Ask a helper today what you can still do.</source>
        <translation>این روز گذشته است. لطفاً امروز از یک کمک‌کننده بپرسید که هنوز چه کاری می‌توانید بکنید.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Let Samen read the letter</source>
        <translation>خواندن نامه توسط Samen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file of the letter</source>
        <translation>یک عکس یا فایل PDF نامه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>عکس‌ها و فایل‌های PDF</translation>
    </message>
    <message>
        <source>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</source>
        <translation>برنامه Samen نامه را روی همین تلفون می‌خواند. هیچ چیزی به جایی فرستاده نمی‌شود و هیچ چیزی ذخیره نمی‌شود، مگر اینکه شما بخواهید.</translation>
    </message>
    <message>
        <source>Put the letter flat on a table, in good light. The whole first page must be in the photo.</source>
        <translation>لطفاً نامه را هموار روی میز بگذارید، در روشنی خوب. تمام صفحه اول باید در عکس باشد.</translation>
    </message>
    <message>
        <source>Take a photo of the letter</source>
        <translation>از نامه عکس بگیرید</translation>
    </message>
    <message>
        <source>Choose a photo or PDF of the letter</source>
        <translation>یک عکس یا PDF نامه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose the letter from the list yourself</source>
        <translation>نامه را خودتان از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Samen is reading the letter. This can take up to a minute.</source>
        <translation>برنامه Samen نامه را می‌خواند. این کار تا یک دقیقه وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>توقف خواندن</translation>
    </message>
    <message>
        <source>This does not look like an IND letter.</source>
        <translation>این به نامه IND شباهت ندارد.</translation>
    </message>
    <message>
        <source>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</source>
        <translation>شاید عکس واضح نیست، یا این نوع دیگری از نامه است. می‌توانید عکس دیگری امتحان کنید، یا نامه را از روی کلمه‌های هالندی بالای آن از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Try another photo or file</source>
        <translation>عکس یا فایل دیگری را امتحان کنید</translation>
    </message>
    <message>
        <source>Samen read the letter. Check what it found against the paper before you continue.</source>
        <translation>برنامه Samen نامه را خواند. لطفاً پیش از ادامه، آنچه را پیدا کرده با خود نامه مقایسه کنید.</translation>
    </message>
    <message>
        <source>Samen is not sure about this letter. Check everything below against the paper.</source>
        <translation>برنامه Samen درباره این نامه مطمئن نیست. لطفاً همه چیز پایین را با خود نامه مقایسه کنید.</translation>
    </message>
    <message>
        <source>Which letter it seems to be</source>
        <translation>نامه‌ای که به نظر می‌رسد همین است</translation>
    </message>
    <message>
        <source>Which of these is it?</source>
        <translation>کدام یکی از این‌هاست؟</translation>
    </message>
    <message>
        <source>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</source>
        <translation>برنامه Samen نتوانست این نامه‌ها را از هم جدا کند. این کلمه‌های هالندی را در نامه پیدا کنید و انتخاب کنید.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter. You can enter it on the next page.</source>
        <translation>برنامه Samen تاریخ نامه را پیدا نکرد. می‌توانید آن را در صفحه بعدی وارد کنید.</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>جواب بدهید تا</translation>
    </message>
    <message>
        <source>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</source>
        <translation>برنامه Samen روزی برای جواب دادن پیدا نکرد. در نامه دنبال کلمه‌هایی مثل «binnen» و یک تاریخ بگردید.</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>اداره IND تصمیم می‌گیرد تا</translation>
    </message>
    <message>
        <source>V-number: %1</source>
        <translation>نمبر V: %1</translation>
    </message>
    <message>
        <source>Continue: check the dates and save</source>
        <translation>ادامه: تاریخ‌ها را بررسی و ذخیره کنید</translation>
    </message>
    <message>
        <source>It is another letter: choose from the list</source>
        <translation>نامه دیگری است: از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>Read another photo or file</source>
        <translation>عکس یا فایل دیگری را بخوانید</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>This file is empty. Choose another photo or file of the letter.</source>
        <translation>این فایل خالی است. لطفاً عکس یا فایل دیگری از نامه انتخاب کنید.</translation>
    </message>
    <message>
        <source>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</source>
        <translation>این فایل برای خواندن بسیار بزرگ است. لطفاً عکس تازه‌ای از نامه بگیرید، یا فایل کوچک‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</source>
        <translation>برنامه Samen می‌تواند عکس‌ها (JPEG، PNG) و فایل‌های PDF را بخواند. لطفاً یک عکس یا PDF نامه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be one letter. Choose the PDF of one letter.</source>
        <translation>این PDF برای یک نامه صفحه‌های بسیار زیادی دارد. لطفاً PDF یک نامه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</source>
        <translation>نامه‌خوان در این نصب Samen وجود ندارد. لطفاً نامه را خودتان از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>This file cannot be read. Take a new photo of the letter, or choose another file.</source>
        <translation>این فایل خوانده نمی‌شود. لطفاً عکس تازه‌ای از نامه بگیرید، یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Samen could not find which letter this is.</source>
        <translation>برنامه Samen نتوانست بفهمد این کدام نامه است.</translation>
    </message>
    <message>
        <source>The letter has words of two kinds of letters.</source>
        <translation>در نامه کلمه‌هایی از دو نوع نامه هست.</translation>
    </message>
    <message>
        <source>Samen could not read whether the objection was accepted or not.</source>
        <translation>برنامه Samen نتوانست بخواند که اعتراض پذیرفته شد یا نه.</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter.</source>
        <translation>برنامه Samen تاریخ نامه را پیدا نکرد.</translation>
    </message>
    <message>
        <source>The letter has more than one date that could be meant.</source>
        <translation>در نامه بیش از یک تاریخ هست که ممکن است منظور باشد.</translation>
    </message>
    <message>
        <source>The date of the letter is long ago. Check that Samen read it right.</source>
        <translation>تاریخ نامه خیلی وقت پیش است. بررسی کنید که Samen آن را درست خوانده باشد.</translation>
    </message>
    <message>
        <source>The date of the letter is after today. Check that Samen read it right.</source>
        <translation>تاریخ نامه بعد از امروز است. بررسی کنید که Samen آن را درست خوانده باشد.</translation>
    </message>
    <message>
        <source>A date in the letter was hard to read.</source>
        <translation>یک تاریخ در نامه به سختی خوانده می‌شد.</translation>
    </message>
    <message>
        <source>Samen did not find by when you must answer.</source>
        <translation>برنامه Samen پیدا نکرد که تا چه وقت باید جواب بدهید.</translation>
    </message>
    <message>
        <source>The letter gives a period, but Samen is not sure from which day it counts.</source>
        <translation>نامه یک مدت می‌گوید، اما Samen مطمئن نیست که از کدام روز حساب می‌شود.</translation>
    </message>
    <message>
        <source>A date Samen read is before the date of the letter. Check it against the paper.</source>
        <translation>تاریخی که Samen خواند پیش از تاریخ نامه است. آن را با خود نامه مقایسه کنید.</translation>
    </message>
    <message>
        <source>The day to answer by is far away. Check that Samen read it right.</source>
        <translation>روز جواب دادن خیلی دور است. بررسی کنید که Samen آن را درست خوانده باشد.</translation>
    </message>
    <message>
        <source>The V-number was hard to read.</source>
        <translation>نمبر V به سختی خوانده می‌شد.</translation>
    </message>
    <message>
        <source>The photo was hard to read. A sharper photo in good light helps.</source>
        <translation>عکس به سختی خوانده می‌شد. یک عکس واضح‌تر در روشنی خوب کمک می‌کند.</translation>
    </message>
    <message>
        <source>Samen is not sure about part of this letter.</source>
        <translation>برنامه Samen درباره بخشی از این نامه مطمئن نیست.</translation>
    </message>
    <message>
        <source>Samen did not find the day by which the IND decides.</source>
        <translation>برنامه Samen روزی را که اداره IND تا آن تصمیم می‌گیرد پیدا نکرد.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>درخواست پیوستن خانواده</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>تصمیم IND</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>گرفتن ویزای mvv</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>سفر با ویزای mvv</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>اولین مراجعه به داکتر خانواده</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>جواب به نامهٔ IND</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>یک تاریخ دارید که باید آن را ببینید.</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1: امروز.</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1: امروز، %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1: %n روز مانده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: %n روز مانده است، تا %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>برنامه Samen‏: یک تاریخ برای دیدن</translation>
    </message>
    <message>
        <source>End of the waiting time</source>
        <translation>پایان وقت انتظار</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>فایل نسخهٔ احتیاطی را انتخاب کنید</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>این کار همهٔ معلومات داخل Samen را با معلومات نسخهٔ احتیاطی عوض می‌کند.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>فایل نسخهٔ احتیاطی: %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>رمز عبور نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>معلومات شما برگشت.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>نسخهٔ احتیاطی بررسی و بازگردانده می‌شود.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</source>
        <translation>همه چیزی که اکنون در Samen است، با آنچه در نسخهٔ احتیاطی است عوض می‌شود. آنچه پس از ساختن نسخهٔ احتیاطی اضافه یا تغییر داده‌اید، از بین می‌رود. این کار برگشت ندارد.</translation>
    </message>
    <message>
        <source>Yes, replace it with the backup</source>
        <translation>بلی، با نسخهٔ احتیاطی عوض کنید</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation>نتیجه شما</translation>
    </message>
    <message>
        <source>There is no result yet. First answer the questions about you and your family.</source>
        <translation>هنوز نتیجه‌ای نیست. اول به سوال‌ها درباره خودتان و خانواده‌تان جواب بدهید.</translation>
    </message>
    <message>
        <source>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</source>
        <translation>چه کسی می‌تواند کمک کند: یک داوطلب VluchtelingenWerk در کمپ (AZC) یا در شهرتان، یا یک وکیل از راه Juridisch Loket‏. این صفحه را به آن‌ها نشان بدهید. Samen وکیل نیست.</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>جواب‌هایم را تغییر بدهم</translation>
    </message>
    <message>
        <source>Next: the papers for each person</source>
        <translation>بعدی: اسناد هر شخص</translation>
    </message>
</context>
<context>
    <name>RulesChangeNotice</name>
    <message>
        <source>Samen&apos;s rules were updated (rules as of %1).</source>
        <translation>قوانین Samen به‌روز شد (قوانین تا تاریخ %1)‏.</translation>
    </message>
    <message>
        <source>For %1 the answer is now: %2. Before it was: %3.</source>
        <translation>برای %1 جواب اکنون این است: %2. قبلاً این بود: %3.</translation>
    </message>
    <message>
        <source>Until %1 the answer was: %2 (rules as of %3).</source>
        <translation>تا %1 جواب این بود: %2 (قوانین تا تاریخ %3)‏.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نشان بدهید</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>پنهان کردن: %1</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>نشان دادن: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>درباره Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>برنامه Samen بدون انترنت کار می‌کند. معلومات شما را به هیچ جا نمی‌فرستد.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>نسخه %1</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>معلومات شما در این تلفون قفل است. وقتی از برنامه بیرون می‌روید یا ۵ دقیقه از آن استفاده نمی‌کنید، Samen خودش قفل می‌شود.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>همین حالا Samen را قفل کنید</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغییر کود پین</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>ساختن نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>پاک کردن همه چیز</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>Say which date in reminders</source>
        <translation>در یادآوری‌ها نوشته شود کدام تاریخ است</translation>
    </message>
    <message>
        <source>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</source>
        <translation>خاموش: یادآوری فقط می‌گوید «یک تاریخ دارید که باید آن را ببینید.» روشن: همچنین می‌گوید کدام تاریخ و چه وقت. دیگران شاید یادآوری‌ها را روی صفحه شما ببینند.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Also show dates in the Ethiopian calendar (E.C.)</source>
        <translation>تاریخ‌ها را به تقویم اتیوپیایی هم نشان بدهید</translation>
    </message>
    <message>
        <source>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</source>
        <translation>در Samen همیشه تاریخ میلادی (اروپایی) اول نشان داده می‌شود، همان‌طور که IND می‌نویسد. تاریخ اتیوپیایی بعد از آن می‌آید.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>کود پین شما همراه با یک کلید در تراشهٔ امن این تلفون کار می‌کند. کاپی فایل‌های Samen در دستگاه دیگر باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>کود پین شما همراه با یک کلید در محل نگهداری کلیدهای Android کار می‌کند (این تلفون برای آن تراشهٔ امن جداگانه ندارد). کاپی فایل‌های Samen در دستگاه دیگر باز نمی‌شود.</translation>
    </message>
    <message>
        <source>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</source>
        <translation>در این کمپیوتر تنها کود پین شما از کاپی فایل‌های Samen محافظت می‌کند. دسته‌کلید کمپیوتر تعداد کوشش‌های نادرست را نگه می‌دارد، پس هیچ کس نمی‌تواند آن را صفر کند.</translation>
    </message>
    <message>
        <source>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</source>
        <translation>در این دستگاه تنها کود پین شما از کاپی فایل‌های Samen محافظت می‌کند و تعداد کوشش‌های نادرست در یک فایل عادی نگه داشته می‌شود. کود پینی انتخاب کنید که هیچ کس نتواند حدس بزند.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the buttons that make text smaller or larger</comment>
        <translation>آ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
    <message>
        <source>Tap the speaker to hear how Samen reads a text aloud.</source>
        <translation>برای شنیدن این که برنامه Samen متن را چطور با صدای بلند می‌خواند، روی بلندگو بزنید.</translation>
    </message>
    <message>
        <source>Read slowly</source>
        <translation>آهسته خواندن</translation>
    </message>
    <message>
        <source>Looking for a voice on this phone …</source>
        <translation>در حال جستجوی صدا در این تلفون …</translation>
    </message>
    <message>
        <source>This phone has a voice for your language.</source>
        <translation>این تلفون برای زبان شما صدا دارد.</translation>
    </message>
    <message>
        <source>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</source>
        <translation>این تلفون صدای دری ندارد. متن‌ها با صدای فارسی ایرانی خوانده می‌شوند که کمی فرق دارد.</translation>
    </message>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>این تلفون صدایی ندارد که زبان شما را با صدای بلند بخواند.</translation>
    </message>
    <message>
        <source>The first tap on a speaker also checks whether this phone has a voice for your language.</source>
        <translation>با اولین زدن روی بلندگو، بررسی می‌شود که این تلفون برای زبان شما صدا دارد یا نه.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>از معلومات خود محافظت کنید</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>یک رمز عبور انتخاب کنید. هر بار که برنامه را باز می‌کنید، Samen آن را می‌پرسد. هر چیزی که ذخیره می‌کنید، در این تلفون قفل می‌ماند.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>یک کود پین با دست‌کم ۶ عدد انتخاب کنید. هر بار که برنامه را باز می‌کنید، Samen آن را می‌پرسد. هر چیزی که ذخیره می‌کنید، در این تلفون قفل می‌ماند.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>رمز عبور جدید (دست‌کم ۸ حرف)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>کود پین جدید (دست‌کم ۶ عدد)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>رمز عبور را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>کود پین را دوباره بنویسید</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>این دو یکی نیستند. دوباره بنویسید.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>مهم: اگر کود پین خود را فراموش کنید، هیچ کس نمی‌تواند معلومات شما را باز کند، حتی سازندگان Samen‏. در تنظیمات یک نسخهٔ احتیاطی بسازید، تا بتوانید آن را پس بگیرید.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>معلوماتم را قفل کنید</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>معلومات شما قفل می‌شود. چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>به جای آن کود پین استفاده کنید</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>به جای آن رمز عبور استفاده کنید</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Stop reading: %1</source>
        <translation>توقف خواندن: %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>خواندن با صدای بلند: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Date in the IND letter</source>
        <translation>تاریخ در نامه IND</translation>
    </message>
    <message>
        <source>Same date for everyone in this application</source>
        <translation>همین تاریخ برای همه در این درخواست</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>این تاریخ را بردارید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>StageStep</name>
    <message>
        <source>No date yet</source>
        <translation>هنوز تاریخی نیست</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>تاریخ را تغییر بدهید</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>تاریخ را وارد کنید</translation>
    </message>
</context>
<context>
    <name>StepDateEntry</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>یک نامه از IND آمد</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>همه مراحل</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>خیلی کوتاه است: دست‌کم ۸ حرف استفاده کنید.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>حدس زدنش آسان است. کلمه یا عدد بیشتر اضافه کنید.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>خوب است. رمز عبور درازتر امن‌تر است.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>رمز عبور قوی.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>حدس زدن این کود پین آسان است: تکرار می‌شود، به ترتیب بالا یا پایین می‌رود، بسیار معمول است یا مانند یک سال است. ۶ عدد بدون نظم خاص انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>فایل ذخیره نشد. جای دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Family reunification: summary</source>
        <translation>پیوستن خانواده: خلاصه</translation>
    </message>
    <message>
        <source>Person in the Netherlands (referent)</source>
        <translation>شخص در هالند (referent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>نام با حروف لاتین</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>حمایت</translation>
    </message>
    <message>
        <source>Date of the IND decision</source>
        <translation>تاریخ تصمیم IND</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>اعضای خانواده</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>آخرین مرحله</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>مهلت‌ها</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>تمام خانواده</translation>
    </message>
    <message>
        <source>Note by the user (own words, not checked)</source>
        <translation>یادداشت کاربر (سخن خودش، بررسی نشده)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>No family members entered yet.</source>
        <translation>هنوز هیچ عضو خانواده وارد نشده است.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>هیچ مهلت باز وجود ندارد.</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>قوانین به تاریخ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ساخته شده در</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</source>
        <translation>با اپ Samen از جواب‌های خود کاربر ساخته شده. سند رسمی نیست: معلومات را با نامه‌های IND مقایسه کنید.</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>شوهر یا زن</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>شریک (بدون ازدواج)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>فرزند خوانده</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>فرزند تحت سرپرستی</translation>
    </message>
    <message>
        <source>Child of the partner</source>
        <translation>فرزند شریک</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>پدر یا مادر</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>برادر یا خواهر</translation>
    </message>
    <message>
        <source>Nareis possible</source>
        <translation>امکان nareis وجود دارد</translation>
    </message>
    <message>
        <source>Regular route only (income requirement)</source>
        <translation>فقط راه عادی (شرط درآمد)</translation>
    </message>
    <message>
        <source>Must wait (b-status)</source>
        <translation>باید صبر کند (b-status)</translation>
    </message>
    <message>
        <source>Not eligible for nareis</source>
        <translation>با nareis نمی‌تواند بیاید</translation>
    </message>
    <message>
        <source>Unclear: needs advice from a lawyer</source>
        <translation>روشن نیست: به مشوره وکیل نیاز دارد</translation>
    </message>
    <message>
        <source>Not known: the questions are not finished</source>
        <translation>معلوم نیست: سوال‌ها تمام نشده‌اند</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>پاسپورت یا تذکره</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>نکاح‌خط</translation>
    </message>
    <message>
        <source>Proof of the relationship</source>
        <translation>ثبوت رابطه</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>سند تولد</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>اسناد فرزندخواندگی</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>ثبوت سرپرستی</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>رضایت پدر یا مادر دیگر</translation>
    </message>
    <message>
        <source>Police record statement</source>
        <translation>تصدیق عدم سوء پیشینه (از پولیس)</translation>
    </message>
    <message>
        <source>Marital status statement</source>
        <translation>تصدیق وضعیت تأهل</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>ترجمه رسمی</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>درخواست شده</translation>
    </message>
    <message>
        <source>in hand, not translated</source>
        <translation>موجود است، ترجمه نشده</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>ترجمه شده</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>درخواست داده شد</translation>
    </message>
    <message>
        <source>Extra questions from the IND</source>
        <translation>سوال‌های اضافی از IND</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>درخواست قبول شد</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>درخواست رد شد</translation>
    </message>
    <message>
        <source>MVV visa issued</source>
        <translation>ویزه MVV صادر شد</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>سفر کرد</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>به هالند رسید</translation>
    </message>
    <message>
        <source>Appointment at IND Zevenaar</source>
        <translation>وقت ملاقات در IND Zevenaar</translation>
    </message>
    <message>
        <source>Registered in the municipality (BRP)</source>
        <translation>در شاروالی ثبت شد (BRP)</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>هنوز درخواست نداده</translation>
    </message>
    <message>
        <source>Last day to apply for nareis (3 months)</source>
        <translation>آخرین روز درخواست nareis (۳ ماه)</translation>
    </message>
    <message>
        <source>IND decision due (may be extended)</source>
        <translation>مهلت تصمیم IND (ممکن است تمدید شود)</translation>
    </message>
    <message>
        <source>Last day to object (bezwaar)</source>
        <translation>آخرین روز اعتراض (bezwaar)</translation>
    </message>
    <message>
        <source>Collect the MVV at the embassy</source>
        <translation>گرفتن MVV از سفارت</translation>
    </message>
    <message>
        <source>Travel to the Netherlands (MVV valid until)</source>
        <translation>سفر به هالند (MVV اعتبار دارد تا)</translation>
    </message>
    <message>
        <source>First visit to a GP</source>
        <translation>اولین مراجعه به داکتر خانواده</translation>
    </message>
    <message>
        <source>End of the 2-year wait (b-status)</source>
        <translation>پایان انتظار ۲ ساله (b-status)</translation>
    </message>
    <message>
        <source>Date from a letter</source>
        <translation>تاریخ از یک نامه</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>وضعیت پناهنده (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>حمایت فرعی (b-status)</translation>
    </message>
    <message>
        <source>Regular route: fee (leges)</source>
        <translation>راه عادی: فیس (leges)</translation>
    </message>
    <message>
        <source>Regular route: civic integration exam abroad</source>
        <translation>راه عادی: امتحان ادغام در خارج از کشور</translation>
    </message>
    <message>
        <source>Regular route: proof of income and housing</source>
        <translation>راه عادی: ثبوت درآمد و خانه</translation>
    </message>
    <message>
        <source>Regular route: health insurance</source>
        <translation>راه عادی: بیمه صحی</translation>
    </message>
    <message>
        <source>Regular route: legalised documents</source>
        <translation>راه عادی: اسناد تصدیق‌شده</translation>
    </message>
    <message>
        <source>Objection (bezwaar) filed</source>
        <translation>اعتراض (bezwaar) فرستاده شد</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>تصمیم در باره اعتراض</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>تکت بُک شد</translation>
    </message>
    <message>
        <source>TB screening at the GGD</source>
        <translation>معاینه توبرکلوز (TB) در GGD</translation>
    </message>
    <message>
        <source>First GP visit</source>
        <translation>اولین مراجعه به داکتر خانواده</translation>
    </message>
    <message>
        <source>IND decision on the objection due</source>
        <translation>مهلت تصمیم اداره IND در باره اعتراض</translation>
    </message>
    <message>
        <source>Last day to appeal (beroep)</source>
        <translation>آخرین روز شکایت به محکمه (beroep)</translation>
    </message>
    <message>
        <source>Report to IND Zevenaar (3 days after arrival)</source>
        <translation>حاضر شدن در IND Zevenaar (۳ روز بعد از رسیدن)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Papers ready</source>
        <translation>اسناد آماده</translation>
    </message>
    <message>
        <source>Papers not ready yet</source>
        <translation>اسنادی که هنوز آماده نیستند</translation>
    </message>
    <message>
        <source>Appointment at the embassy (mvv)</source>
        <translation>وقت ملاقات در سفارت (mvv)</translation>
    </message>
    <message>
        <source>Proof of living together</source>
        <translation>ثبوت زندگی مشترک</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>%1

Who can help: %2</source>
        <translation>%1

چه کسی می‌تواند کمک کند: %2</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>This day does not exist. Please check the date.</source>
        <translation>این روز وجود ندارد. لطفاً تاریخ را چک کنید.</translation>
    </message>
    <message>
        <source>This date is too long ago. Please check the year.</source>
        <translation>این تاریخ خیلی قدیم است. لطفاً سال را چک کنید.</translation>
    </message>
    <message>
        <source>This date is in the future. Choose the day it happened.</source>
        <translation>این تاریخ در آینده است. روزی را که اتفاق افتاد انتخاب کنید.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>این کار نشد. لطفاً دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This date is before the day you sent the application. Please check both dates.</source>
        <translation>این تاریخ پیش از روزی است که درخواست را فرستادید. لطفاً هر دو تاریخ را چک کنید.</translation>
    </message>
    <message>
        <source>First enter the day you sent the application.</source>
        <translation>اول روزی را که درخواست را فرستادید وارد کنید.</translation>
    </message>
    <message>
        <source>This day has passed. Choose the date in the letter.</source>
        <translation>این روز گذشته است. تاریخ داخل نامه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>فایل ذخیره نشد. جای دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>تمام خانواده</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>شروع می‌شود: %1</translation>
    </message>
    <message>
        <source>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</source>
        <translation>این تاریخ با تاریخ مرحلهٔ «%1» جور نمی‌آید. لطفاً هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>Answer the letter: %1</source>
        <translation>به نامه جواب بدهید: %1</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>در سوال‌ها درباره خانواده خود گفته‌اید که درخواست فرستاده شده است. برای تغییر این، همان جواب را تغییر بدهید.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>مراحل پروسه</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>اول به سوال‌ها درباره خانواده خود جواب بدهید. بعد می‌توانید هر مرحله را اینجا دنبال کنید.</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>سوال‌ها را شروع کنید</translation>
    </message>
    <message>
        <source>Date in the IND letter</source>
        <translation>تاریخ در نامه IND</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>برای چه کسی؟</translation>
    </message>
    <message>
        <source>The IND decides before the date in its letter.</source>
        <translation>اداره IND تا تاریخی که در نامه‌اش است تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Did the IND send a letter that says before which day it decides? Enter that day.</source>
        <translation>آیا اداره IND نامه‌ای فرستاده که می‌گوید تا کدام روز تصمیم می‌گیرد؟ آن روز را وارد کنید.</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>تاریخ را تغییر بدهید</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>تاریخ را وارد کنید</translation>
    </message>
    <message>
        <source>Use 90 days again</source>
        <translation>دوباره ۹۰ روز را استفاده کنید</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Application sent</source>
        <translation>درخواست فرستاده شد</translation>
    </message>
    <message>
        <source>IND asks for more (DNA test or interview)</source>
        <translation>اداره IND بیشتر می‌خواهد (آزمایش DNA یا مصاحبه)</translation>
    </message>
    <message>
        <source>Yes from the IND</source>
        <translation>جواب مثبت از IND</translation>
    </message>
    <message>
        <source>No from the IND</source>
        <translation>جواب منفی از IND</translation>
    </message>
    <message>
        <source>Visa (mvv) ready</source>
        <translation>ویزه (mvv) آماده است</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>سفر کردند</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>به هالند رسیدند</translation>
    </message>
    <message>
        <source>Appointment at the IND in Zevenaar</source>
        <translation>وقت ملاقات در اداره IND در Zevenaar</translation>
    </message>
    <message>
        <source>Registered at the town hall</source>
        <translation>در شاروالی ثبت شدند</translation>
    </message>
    <message>
        <source>You sent the application for your family to the IND.</source>
        <translation>درخواست خانواده خود را به اداره IND فرستادید.</translation>
    </message>
    <message>
        <source>The IND wants more papers, a DNA test or an interview.</source>
        <translation>اداره IND اسناد بیشتر، آزمایش DNA یا مصاحبه می‌خواهد.</translation>
    </message>
    <message>
        <source>The IND says yes. Your family may come.</source>
        <translation>اداره IND می‌گوید بلی. خانواده شما می‌تواند بیاید.</translation>
    </message>
    <message>
        <source>The IND says no. You can object to this.</source>
        <translation>اداره IND می‌گوید نه. شما می‌توانید اعتراض کنید.</translation>
    </message>
    <message>
        <source>Your family has the visa (mvv) from the embassy.</source>
        <translation>خانواده شما ویزه (mvv) را از سفارت گرفته است.</translation>
    </message>
    <message>
        <source>Your family is on the way.</source>
        <translation>خانواده شما در راه است.</translation>
    </message>
    <message>
        <source>Your family is in the Netherlands.</source>
        <translation>خانواده شما در هالند است.</translation>
    </message>
    <message>
        <source>Your family is registered at the town hall (BRP).</source>
        <translation>خانواده شما در شاروالی (BRP) ثبت شده است.</translation>
    </message>
    <message>
        <source>Apply for your family</source>
        <translation>برای خانواده خود درخواست بدهید</translation>
    </message>
    <message>
        <source>The IND decides</source>
        <translation>اداره IND تصمیم می‌گیرد</translation>
    </message>
    <message>
        <source>Object to the no</source>
        <translation>به جواب منفی اعتراض کنید</translation>
    </message>
    <message>
        <source>Collect the visa (mvv)</source>
        <translation>ویزه (mvv) را بگیرید</translation>
    </message>
    <message>
        <source>Travel to the Netherlands</source>
        <translation>سفر به هالند</translation>
    </message>
    <message>
        <source>First visit to the doctor (GP)</source>
        <translation>اولین رفتن نزد داکتر (GP)</translation>
    </message>
    <message>
        <source>The waiting time ends</source>
        <translation>وقت انتظار تمام می‌شود</translation>
    </message>
    <message>
        <source>Answer the IND letter</source>
        <translation>به نامه IND جواب بدهید</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>در ۳ ماه بعد از تاریخ نامه IND درخواست بدهید.</translation>
    </message>
    <message>
        <source>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</source>
        <translation>شما ۴ هفته وقت دارید که به جواب منفی اعتراض کنید. زود با یک وکیل یا VluchtelingenWerk صحبت کنید.</translation>
    </message>
    <message>
        <source>Your family must collect the visa at the embassy within 3 months.</source>
        <translation>خانواده شما باید در ظرف ۳ ماه ویزه را از سفارت بگیرد.</translation>
    </message>
    <message>
        <source>The visa is valid for 90 days. Your family must come before it ends.</source>
        <translation>ویزه ۹۰ روز اعتبار دارد. خانواده شما باید پیش از تمام شدن آن بیاید.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</source>
        <translation>در ظرف ۲ هفته نزد داکتر (GP) بروید. آن وقت ترجمان مفت است.</translation>
    </message>
    <message>
        <source>A date from a letter of the IND.</source>
        <translation>یک تاریخ از نامه IND‏.</translation>
    </message>
    <message>
        <source>Send the application for your family before the deadline.</source>
        <translation>درخواست خانواده خود را پیش از آخرین مهلت بفرستید.</translation>
    </message>
    <message>
        <source>Wait for the IND. Answer every IND letter in time.</source>
        <translation>منتظر اداره IND باشید. به هر نامه IND به وقتش جواب بدهید.</translation>
    </message>
    <message>
        <source>Do what the IND asks, before the date in the letter.</source>
        <translation>کاری را که اداره IND می‌خواهد، پیش از تاریخ داخل نامه انجام بدهید.</translation>
    </message>
    <message>
        <source>Your family collects the visa (mvv) at the embassy.</source>
        <translation>خانواده شما ویزه (mvv) را از سفارت می‌گیرد.</translation>
    </message>
    <message>
        <source>Object within 4 weeks. Ask a lawyer for help.</source>
        <translation>در ظرف ۴ هفته اعتراض کنید. از یک وکیل کمک بخواهید.</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>امروز آخرین روز است</translation>
    </message>
    <message numerus="yes">
        <source>Passed %Ln days ago</source>
        <translation>
            <numerusform>%Ln روز پیش گذشت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>%Ln روز مانده است</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection sent (bezwaar)</source>
        <translation>اعتراض (bezwaar) فرستاده شد</translation>
    </message>
    <message>
        <source>IND decided on the objection</source>
        <translation>اداره IND در باره اعتراض تصمیم گرفت</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>تکت بُک شد</translation>
    </message>
    <message>
        <source>TB check at the GGD</source>
        <translation>معاینه توبرکلوز (TB) در GGD</translation>
    </message>
    <message>
        <source>You sent an objection (bezwaar) against the no of the IND.</source>
        <translation>شما به جواب منفی اداره IND اعتراض (bezwaar) فرستادید.</translation>
    </message>
    <message>
        <source>The IND sent its decision on your objection.</source>
        <translation>اداره IND تصمیم خود را در باره اعتراض شما فرستاد.</translation>
    </message>
    <message>
        <source>The ticket is booked. Now book the appointment with the IND in Zevenaar.</source>
        <translation>تکت بُک شد. حالا با اداره IND در Zevenaar وقت ملاقات بگیرید.</translation>
    </message>
    <message>
        <source>Your family reported to the IND in Zevenaar and got their residence permit.</source>
        <translation>خانواده شما در اداره IND در Zevenaar حاضر شد و اجازه اقامت خود را گرفت.</translation>
    </message>
    <message>
        <source>Your family had the check for tuberculosis (TB) at the GGD.</source>
        <translation>خانواده شما معاینه توبرکلوز (TB) را در GGD انجام داد.</translation>
    </message>
    <message>
        <source>Your family visited a doctor (GP).</source>
        <translation>خانواده شما نزد داکتر (GP) رفت.</translation>
    </message>
    <message>
        <source>The IND decides on the objection</source>
        <translation>اداره IND در باره اعتراض تصمیم می‌گیرد</translation>
    </message>
    <message>
        <source>Go to court (appeal)</source>
        <translation>رفتن به محکمه (شکایت)</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar</source>
        <translation>حاضر شدن در اداره IND در Zevenaar</translation>
    </message>
    <message>
        <source>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</source>
        <translation>اداره IND باید در ظرف ۳ ماه تصمیم بگیرد. شاید ۳ ماه بیشتر طول بکشد. اگر نامه IND یک تاریخ می‌دهد، همان تاریخ را استفاده کنید.</translation>
    </message>
    <message>
        <source>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</source>
        <translation>اداره IND باید در ظرف ۱۹ هفته در باره اعتراض شما تصمیم بگیرد. شاید ۶ هفته بیشتر طول بکشد.</translation>
    </message>
    <message>
        <source>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</source>
        <translation>آیا جواب اعتراض شما هنوز منفی است؟ شما ۴ هفته وقت دارید که به محکمه شکایت کنید (beroep)‏. یک وکیل این کار را برای شما انجام می‌دهد.</translation>
    </message>
    <message>
        <source>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</source>
        <translation>خانواده شما باید در ظرف ۳ روز بعد از رسیدن، تا وقتی که ویزه هنوز اعتبار دارد، در اداره IND در Zevenaar حاضر شود.</translation>
    </message>
    <message>
        <source>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</source>
        <translation>با حمایت فرعی تقریباً ۲ سال انتظار می‌کشید. هنوز معلوم نیست که از کدام روز حساب می‌شود: تاریخ را با یک وکیل بررسی کنید.</translation>
    </message>
    <message>
        <source>Still a no? Go to court within 4 weeks. Ask your lawyer now.</source>
        <translation>هنوز جواب منفی است؟ در ظرف ۴ هفته به محکمه بروید. همین حالا از وکیل خود بپرسید.</translation>
    </message>
    <message>
        <source>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</source>
        <translation>تکت را بُک کنید. خانواده شما باید در ظرف ۹۰ روز سفر کند. همین که تکت بُک شد، با اداره IND در Zevenaar وقت ملاقات بگیرید.</translation>
    </message>
    <message>
        <source>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</source>
        <translation>همین حالا با اداره IND در Zevenaar وقت ملاقات بگیرید، برای یک روز در ظرف ۳ روز بعد از رسیدن.</translation>
    </message>
    <message>
        <source>After arriving, your family must report to the IND in Zevenaar within 3 days.</source>
        <translation>بعد از رسیدن، خانواده شما باید در ظرف ۳ روز در اداره IND در Zevenaar حاضر شود.</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</source>
        <translation>در ظرف ۳ روز در اداره IND در Zevenaar حاضر شوید. در ظرف ۲ هفته نزد داکتر بروید.</translation>
    </message>
    <message>
        <source>Register your family at the town hall (BRP) and make the TB check at the GGD.</source>
        <translation>خانواده خود را در شاروالی (BRP) ثبت کنید و معاینه توبرکلوز (TB) را در GGD انجام بدهید.</translation>
    </message>
    <message>
        <source>Make the TB check at the GGD and visit a doctor (GP).</source>
        <translation>معاینه توبرکلوز (TB) را در GGD انجام بدهید و نزد داکتر (GP) بروید.</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks after arrival.</source>
        <translation>در ظرف ۲ هفته بعد از رسیدن نزد داکتر (GP) بروید.</translation>
    </message>
    <message>
        <source>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</source>
        <translation>همه مراحل تمام شد. خوش آمدید! به یاد داشته باشید: اجازه اقامت خانواده شما به اجازه اقامت شما وابسته است، و باید با هم زندگی کنید. اگر این تغییر کرد، به اداره IND خبر بدهید.</translation>
    </message>
    <message>
        <source>Appointment at the embassy for the visa (mvv)</source>
        <translation>وقت ملاقات در سفارت برای ویزه (mvv)</translation>
    </message>
    <message>
        <source>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</source>
        <translation>خانواده شما در سفارت هالند وقت ملاقات دارد. در آنجا ویزه (mvv) در پاسپورت گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</source>
        <translation>لطفاً پاسپورت‌ها و اسنادی را که سفارت می‌خواهد با خود بیاورید. ویزه (mvv) باید در ظرف ۳ ماه پس از جواب مثبت گرفته شود.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>برنامه Samen قفل است</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>رمز عبور شما</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>کود پین شما</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>بعد از %Ln ثانیه می‌توانید دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کنید</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>در حال باز شدن. چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>رمز عبورم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>کود پینم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <source>Preparing the example data. This takes a few seconds.</source>
        <translation>در حال آماده‌سازی معلومات نمونه. چند ثانیه طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>برنامه Samen نتوانست فایل‌هایش را بخواند یا بنویسد. ببینید که تلفون جای خالی دارد، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>این کود پین خیلی کوتاه است. دست‌کم ۶ عدد استفاده کنید.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>این رمز عبور خیلی کوتاه است. دست‌کم ۸ حرف استفاده کنید.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>این رمز عبور درست نیست. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>این کود پین درست نیست. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>کوشش‌های غلط زیاد شد. صبر کنید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>برنامه Samen نمی‌تواند معلومات شما را باز کند: کلید آن خراب است. می‌توانید همه چیز را پاک کنید و از نو شروع کنید، بعد نسخهٔ احتیاطی را بازگردانید.</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>کود پین شما درست است، اما معلومات ذخیره‌شده خراب است. برای پس گرفتن آن، نسخهٔ احتیاطی را بازگردانید.</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>این رمز عبور احتیاطی درست نیست. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>این فایل نسخهٔ احتیاطی Samen نیست. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>این نسخهٔ احتیاطی با نسخهٔ جدیدتر Samen ساخته شده است. اول برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>این فایل نسخهٔ احتیاطی خراب یا ناقص است. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>اول Samen را با کود پین خود باز کنید.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>فایل خوانده یا نوشته نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>برنامه Samen در این تلفون از قبل تنظیم شده است.</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>همه چیز پاک نشد. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>حدس زدن این کود پین آسان است: تکرار می‌شود، به ترتیب بالا یا پایین می‌رود، بسیار معمول است یا مانند یک سال است. ۶ عدد بدون نظم خاص انتخاب کنید.</translation>
    </message>
    <message>
        <source>This backup password is too short or too easy to guess. Use a few words that only you would put together.</source>
        <translation>این رمز عبور احتیاطی خیلی کوتاه است یا حدس زدنش آسان است. چند کلمه را به ترتیبی به کار ببرید که کس دیگری انتخاب نمی‌کند.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from the PIN or password that opens Samen.</source>
        <translation>یک رمز عبور احتیاطی انتخاب کنید که با کود پین یا رمز عبوری که Samen را باز می‌کند فرق داشته باشد.</translation>
    </message>
    <message>
        <source>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</source>
        <translation>برنامهٔ Samen به محل نگهداری کلیدهای این دستگاه دسترسی ندارد؛ آنجا تعداد کوشش‌های نادرست شمرده می‌شود. هیچ چیزی بررسی یا تغییر داده نشد. دستگاه را دوباره روشن کنید (در کمپیوتر: دسته‌کلید آن را باز کنید)، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This phone is too slow to open this backup. Nothing was changed.</source>
        <translation>این تلفون برای باز کردن این نسخهٔ احتیاطی بسیار کند است. هیچ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Where does this rule come from?</source>
        <translation>این قانون از کجا آمده است؟</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>عکس‌ها و فایل‌ها</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>کاپی‌ها را کجا ذخیره کنید؟</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>کاپی‌ها قفل نیستند. هر کسی که از این تلفون استفاده کند آن‌ها را می‌بیند. بعد از آپلود در ویب‌سایت IND کاپی‌ها را حذف کنید.</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>فهمیدم. پوشه انتخاب کنید</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>آیا می‌خواهید این صفحه را حذف کنید؟ این کار برگشت ندارد.</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>صفحه را حذف کنید</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>هنوز از این سند عکس یا فایلی نیست.</translation>
    </message>
    <message>
        <source>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</source>
        <translation>این یک فایل PDF است. Samen نمی‌تواند آن را اینجا نشان دهد. یک کاپی ذخیره کنید تا در برنامهٔ دیگری باز کنید.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک کردن</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ کردن</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>صفحهٔ بعدی</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>یک کاپی ذخیره کنید</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>این صفحه را حذف کنید</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>این پوشه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>VoiceAdvice</name>
    <message>
        <source>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</source>
        <translation>برای افزودن صدا: تنظیمات تلفون را باز کنید، «تبدیل متن به گفتار» را جستجو کنید، تنظیمات موتور گفتار را باز کنید و یک صدا برای زبان خود نصب کنید. بعد از آن برنامه Samen می‌تواند متن‌ها را با صدای بلند بخواند.</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <source>Why do we ask this?</source>
        <translation>چرا این را می‌پرسیم؟</translation>
    </message>
</context>
</TS>
