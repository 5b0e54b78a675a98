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
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>این بخش هنوز آماده نیست. در یک به‌روزرسانی بعدی می‌آید. هنوز چیزی اینجا ذخیره نمی‌شود.</translation>
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
</context>
</TS>
