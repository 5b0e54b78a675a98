<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
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
        <source>The backup is saved.</source>
        <translation>نسخهٔ احتیاطی ذخیره شد.</translation>
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
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>این بخش هنوز آماده نیست. در یک به‌روزرسانی بعدی می‌آید. هنوز چیزی اینجا ذخیره نمی‌شود.</translation>
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
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>تاریخ‌ها و مهلت‌ها</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>اینجا تاریخ‌های مهم خود را می‌بینید، مثل آخرین روز برای درخواست. Samen به وقتش به شما یادآوری می‌کند.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>چه کسی می‌تواند بیاید؟</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>اینجا به سوال‌های ساده، یکی یکی، جواب می‌دهید. بعد Samen نشان می‌دهد که کدام اعضای خانواده‌تان می‌توانند بیایند، و تا چه تاریخی باید درخواست بدهید.</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>پاک کردن همه چیز</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</source>
        <translation>این کار همهٔ معلومات شما را از Samen پاک می‌کند: جواب‌ها، خانواده، اسناد و تاریخ‌ها. برگشت ندارد.</translation>
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
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>خانواده و اسناد</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>اینجا اعضای خانواده خود را اضافه می‌کنید. برای هر نفر می‌بینید که کدام اسناد لازم است. می‌توانید عکس اسناد را در این برنامه به‌طور امن نگه دارید.</translation>
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
        <translation>بدون کود پین شما، برنامه Samen نمی‌تواند معلومات شما را باز کند. هیچ کس نمی‌تواند، حتی سازندگان Samen.</translation>
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
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>به یک کمک‌کننده نشان دهید</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>اینجا یک خلاصه کوتاه به زبان هالندی را به یک داوطلب یا وکیل نشان می‌دهید، تا بتوانند زود به شما کمک کنند.</translation>
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
        <source>Family and documents</source>
        <translation>خانواده و اسناد</translation>
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
        <source>Apply in time. Samen reminds you.</source>
        <translation>به وقتش درخواست بدهید. Samen به شما یادآوری می‌کند.</translation>
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
        <translation>برنامه Samen: یک تاریخ برای دیدن</translation>
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
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نشان بده</translation>
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
        <translation>مهم: اگر کود پین خود را فراموش کنید، هیچ کس نمی‌تواند معلومات شما را باز کند، حتی سازندگان Samen. در تنظیمات یک نسخهٔ احتیاطی بسازید، تا بتوانید آن را پس بگیرید.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>معلوماتم را قفل کن</translation>
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
        <translation>باز کن</translation>
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
        <source>The backup password is too short. Use at least 8 characters.</source>
        <translation>رمز عبور احتیاطی خیلی کوتاه است. دست‌کم ۸ حرف استفاده کنید.</translation>
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
</context>
</TS>
