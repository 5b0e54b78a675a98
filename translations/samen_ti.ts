<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ስራሕ</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>ተጠባባቒ ቅዳሕ ኣበይ ክትዕቅቦ ትደሊ?</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>ተጠባባቒ ቅዳሕ ኩሉ ሓበሬታኻ ዝሓዘ ሓደ ፋይል እዩ። ብመሕለፊ ቃል ናይ ተጠባባቒ ቅዳሕ ዕጹው እዩ። ነቲ ፋይል ኣብ ውሑስ ቦታ ዕቀቦ፡ ንኣብነት ምስ እትኣምኖ ሰብ።</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>ካብ ምስጢራዊ ቁጽርኻ ዝተፈልየ መሕለፊ ቃል ንተጠባባቒ ቅዳሕ ምረጽ። ብዘይኡ ሓደ እኳ ነቲ ተጠባባቒ ቅዳሕ ክኸፍቶ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ (እንተወሓደ 8 ፊደላት)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ ደጊምካ ጽሓፍ</translation>
    </message>
    <message>
        <source>The backup is saved.</source>
        <translation>ተጠባባቒ ቅዳሕ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምካ ጽሓፎም።</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>ኣበይ ከም እትዕቅቦ ምረጽ</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>ተጠባባቒ ቅዳሕ ይስራሕ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>መሕለፊ ቃል ቀይር</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>ምስጢራዊ ቁጽሪ ቀይር</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>ሕጂ ዘሎ መሕለፊ ቃልካ</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>ሕጂ ዘሎ ምስጢራዊ ቁጽርኻ</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>ሓድሽ መሕለፊ ቃል (እንተወሓደ 8 ፊደላት)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>ሓድሽ ምስጢራዊ ቁጽሪ (እንተወሓደ 6 ቁጽርታት)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>መሕለፊ ቃል ደጊምካ ጽሓፍ</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>ምስጢራዊ ቁጽሪ ደጊምካ ጽሓፍ</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>ተወዲኡ። ካብ ሕጂ ነቲ ሓድሽ ተጠቐም።</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምካ ጽሓፎም።</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>ድሕሪ %Ln ካልኢት ደጊምካ ክትፍትን ትኽእል ኢኻ።</numerusform>
            <numerusform>ድሕሪ %Ln ካልኢታት ደጊምካ ክትፍትን ትኽእል ኢኻ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ቀይር</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>ይቕየር ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>ኣብ ክንዲኡ ምስጢራዊ ቁጽሪ ተጠቐም</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ቃል ተጠቐም</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>እዚ ክፋል ገና ኣይተዳለወን። ኣብ ዝመጽእ ምምሕያሽ ክመጽእ እዩ። ክሳብ ሕጂ ኣብዚ ዝዕቀብ ነገር የለን።</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>Samen ሓበሬታኻ ክኸፍቶ ኣይከኣለን</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>እቲ ዝተዓቀበ ሓበሬታ ተበላሽዩ እዩ።</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>Samen ዝኾነ ነገር ኣይቀየረን ኣይደምሰሰን።</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>ንኹሉ ደምስስ እሞ ከም ብሓድሽ ጀምር</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>ዕለታትን ናይ መወዳእታ ግዜታትን</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>ኣብዚ ኣገደስቲ ዕለታትካ ክትርኢ ኢኻ፡ ከም ናይ መወዳእታ መዓልቲ ንምሕታት። Samen ብግዜኡ ከዘኻኽረካ እዩ።</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>መን ክመጽእ ይኽእል?</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>ኣብዚ ቀለልቲ ሕቶታት ሓደ ብሓደ ክትምልስ ኢኻ። ድሕሪኡ Samen ካብ ስድራኻ መን ክመጽእ ከም ዝኽእል፡ ክሳብ መዓስ ክትሓትት ከም ዘለካን የርእየካ።</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>ንኹሉ ደምስስ</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</source>
        <translation>እዚ ንኹሉ ሓበሬታኻ ካብ Samen የጥፍኦ፡ መልስታት፡ ስድራ፡ ሰነዳትን ዕለታትን። ክምለስ ኣይክእልን እዩ።</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>ቅድም ተጠባባቒ ቅዳሕ ስራሕ፡ ድሒርካ ሓበሬታኻ ክትመልሶ ምእንቲ።</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>ቅድም ተጠባባቒ ቅዳሕ ስራሕ</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>እዚ ክምለስ ከም ዘይክእል ተረዲኡኒ እዩ።</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>ይድምሰስ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>ስድራን ሰነዳትን</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>ኣብዚ ኣባላት ስድራኻ ክትውስኽ ኢኻ። ንነፍሲ ወከፍ ሰብ ዝድለ ወረቓቕቲ ክትርኢ ኢኻ። ስእልታት ወረቓቕቲ ኣብዚ ኣፕ ብውሑስ ክትዕቅብ ትኽእል ኢኻ።</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>ምስጢራዊ ቁጽርኻ ረሲዕካዮ ዲኻ?</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>ብዘይ ምስጢራዊ ቁጽርኻ፡ Samen ሓበሬታኻ ክኸፍቶ ኣይክእልን። ሓደ እኳ ኣይክእልን፡ ሰራሕቲ Samen እውን ከይተረፉ።</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>ንኹሉ ደምሲስካ ከም ብሓድሽ ክትጅምር ትኽእል ኢኻ። ተጠባባቒ ቅዳሕ እንተሰሪሕካ፡ ድሕሪኡ ብመሕለፊ ቃሉ ክትመልሶ ትኽእል ኢኻ።</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>ንኹሉ ደምስስ እሞ ከም ብሓድሽ ጀምር</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>ንሓጋዚ ኣርኢ</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>ኣብዚ ሓጺር ጽማቕ ብቋንቋ ሆላንድ ንወለንተኛ ወይ ንጠበቓ ከተርኢ ኢኻ፡ ቀልጢፎም ክሕግዙኻ ምእንቲ።</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>ስድራኻ ናብ ሆላንድ ኣምጽእ፡ ስጉምቲ ብስጉምቲ።</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>መን ክመጽእ ይኽእል?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>ብዛዕባ ስድራኻ ቀለልቲ ሕቶታት መልስ።</translation>
    </message>
    <message>
        <source>Family and documents</source>
        <translation>ስድራን ሰነዳትን</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>ነፍሲ ወከፍ ሰብ ዘድልዮ ወረቓቕቲ።</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>ዕለታትን ናይ መወዳእታ ግዜታትን</translation>
    </message>
    <message>
        <source>Apply in time. Samen reminds you.</source>
        <translation>ብግዜኡ ሕተት። Samen የዘኻኽረካ።</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>ንሓጋዚ ኣርኢ</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>ሓጺር ጽማቕ ብቋንቋ ሆላንድ ንወለንተኛ።</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>ቋንቋ፡ ከምኡ&apos;ውን ብዛዕባ እዚ ኣፕ።</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>ቋንቋኻ ምረጽ</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>ቋንቋኻ ጠውቕ። ድሒርካ ኣብ ቅጥዕታት ክትቅይሮ ትኽእል ኢኻ።</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽል</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>ሕቶ ምጽንባር ስድራ</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>ውሳኔ IND</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>ተቓውሞ</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>ቪዛ mvv ምውሳድ</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>ብቪዛ mvv ምጉዓዝ</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>ናይ መጀመርታ ምብጻሕ ሓኪም ስድራ</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>መልሲ ንደብዳቤ IND</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>ክትርእዮ ዘለካ ዕለት ኣሎካ።</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1፦ ሎሚ።</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1፦ ሎሚ፡ %2።</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1፦ %n መዓልቲ ተሪፉ።</numerusform>
            <numerusform>%1፦ %n መዓልታት ተሪፉ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1፦ %n መዓልቲ ተሪፉ፡ ክሳብ %2።</numerusform>
            <numerusform>%1፦ %n መዓልታት ተሪፉ፡ ክሳብ %2።</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>Samen፦ ክርአ ዘለዎ ዕለት</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>ፋይል ተጠባባቒ ቅዳሕ ምረጽ</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>እዚ ንኹሉ ሓበሬታ ኣብ Samen ብሓበሬታ ናይቲ ተጠባባቒ ቅዳሕ ይትክኦ።</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>ፋይል ተጠባባቒ ቅዳሕ፦ %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>ሓበሬታኻ ተመሊሱ ኣሎ።</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>መልስ</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>ተጠባባቒ ቅዳሕ ይምርመርን ይምለስን ኣሎ።</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>ሕባእ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ኣርኢ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>ብዛዕባ Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>Samen ብዘይ ኢንተርነት ይሰርሕ። ሓበሬታኻ ናብ ዝኾነ ቦታ ኣይሰድድን።</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>ሕታም %1</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ውሕስነት</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>ሓበሬታኻ ኣብዚ ተሌፎን ዕጹው እዩ። ካብቲ ኣፕ ክትወጽእ ከለኻ ወይ ን5 ደቓይቕ ከይተጠቐምካሉ፡ Samen ባዕሉ ይዕጾ።</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Samen ሕጂ ዕጸዎ</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>መሕለፊ ቃል ቀይር</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>ምስጢራዊ ቁጽሪ ቀይር</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ስራሕ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>ንኹሉ ደምስስ</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>ሓበሬታኻ ሓሉ</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>መሕለፊ ቃል ምረጽ። ነቲ ኣፕ ኣብ ዝኸፈትካሉ ግዜ ኩሉ Samen ይሓተካ። ዝዓቀብካዮ ኩሉ ኣብዚ ተሌፎን ዕጹው ኮይኑ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>እንተወሓደ 6 ቁጽርታት ዘለዎ ምስጢራዊ ቁጽሪ ምረጽ። ነቲ ኣፕ ኣብ ዝኸፈትካሉ ግዜ ኩሉ Samen ይሓተካ። ዝዓቀብካዮ ኩሉ ኣብዚ ተሌፎን ዕጹው ኮይኑ ይጸንሕ።</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>ሓድሽ መሕለፊ ቃል (እንተወሓደ 8 ፊደላት)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>ሓድሽ ምስጢራዊ ቁጽሪ (እንተወሓደ 6 ቁጽርታት)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>መሕለፊ ቃል ደጊምካ ጽሓፍ</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>ምስጢራዊ ቁጽሪ ደጊምካ ጽሓፍ</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምካ ጽሓፎም።</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>ኣገዳሲ፦ ምስጢራዊ ቁጽርኻ እንተረሲዕካ፡ ሓደ እኳ ሓበሬታኻ ክኸፍቶ ኣይክእልን፡ ሰራሕቲ Samen እውን ከይተረፉ። ክትመልሶ ምእንቲ ኣብ ቅጥዕታት ተጠባባቒ ቅዳሕ ስራሕ።</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>ሓበሬታይ ዕጸዎ</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>ሓበሬታኻ ይዕጾ ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>ኣብ ክንዲኡ ምስጢራዊ ቁጽሪ ተጠቐም</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ቃል ተጠቐም</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>ኣዝዩ ሓጺር፦ እንተወሓደ 8 ፊደላት ተጠቐም።</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>ቀሊል ንምግማቱ። ተወሳኺ ቃላት ወይ ቁጽርታት ወስኽ።</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>ጽቡቕ። ዝነውሐ መሕለፊ ቃል ዝያዳ ውሑስ እዩ።</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>ሓያል መሕለፊ ቃል።</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>Samen ዕጹው እዩ</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>መሕለፊ ቃልካ</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>ምስጢራዊ ቁጽርኻ</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>ድሕሪ %Ln ካልኢት ደጊምካ ክትፍትን ትኽእል ኢኻ።</numerusform>
            <numerusform>ድሕሪ %Ln ካልኢታት ደጊምካ ክትፍትን ትኽእል ኢኻ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>ይኽፈት ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>መሕለፊ ቃለይ ረሲዐዮ</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>ምስጢራዊ ቁጽረይ ረሲዐዮ</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>Samen ፋይላቱ ከንብብ ወይ ክጽሕፍ ኣይከኣለን። ኣብቲ ተሌፎን ባዶ ቦታ ከም ዘሎ ኣረጋግጽ፡ ድሕሪኡ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ኣዝዩ ሓጺር እዩ። እንተወሓደ 6 ቁጽርታት ተጠቐም።</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>እዚ መሕለፊ ቃል ኣዝዩ ሓጺር እዩ። እንተወሓደ 8 ፊደላት ተጠቐም።</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>እዚ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ቅኑዕ ኣይኮነን። ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>ብዙሕ ጌጋ ፈተነታት። ተጸበ፡ ድሕሪኡ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>Samen ሓበሬታኻ ክኸፍቶ ኣይክእልን፦ መፍትሕኡ ተበላሽዩ። ንኹሉ ደምሲስካ ከም ብሓድሽ ክትጅምር፡ ድሕሪኡ ተጠባባቒ ቅዳሕ ክትመልስ ትኽእል ኢኻ።</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>ምስጢራዊ ቁጽርኻ ቅኑዕ እዩ፡ ግን እቲ ዝተዓቀበ ሓበሬታ ተበላሽዩ። ክትመልሶ ተጠባባቒ ቅዳሕ መልስ።</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>እዚ መሕለፊ ቃል ተጠባባቒ ቅዳሕ ቅኑዕ ኣይኮነን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>The backup password is too short. Use at least 8 characters.</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ ኣዝዩ ሓጺር እዩ። እንተወሓደ 8 ፊደላት ተጠቐም።</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>እዚ ፋይል ተጠባባቒ ቅዳሕ ናይ Samen ኣይኮነን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>እዚ ተጠባባቒ ቅዳሕ ብሓድሽ ሕታም Samen እዩ ተሰሪሑ። ቅድም ነቲ ኣፕ ኣሐድሶ።</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>እዚ ፋይል ተጠባባቒ ቅዳሕ ተበላሽዩ ወይ ጎዶሎ እዩ። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>ቅድም ንSamen ብምስጢራዊ ቁጽርኻ ክፈቶ።</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>እቲ ፋይል ክንበብ ወይ ክጽሓፍ ኣይከኣለን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>Samen ኣብዚ ተሌፎን ድሮ ተዳልዩ ኣሎ።</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>ኩሉ ክድምሰስ ኣይከኣለን። ደጊምካ ፈትን።</translation>
    </message>
</context>
</TS>
