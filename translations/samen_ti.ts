<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="en">
<context>
    <name>AddDeadlinePage</name>
    <message>
        <source>Whole family</source>
        <translation>ብምሉኡ ስድራ</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>ካብ ደብዳቤ IND ዕለት ወስኹ</translation>
    </message>
    <message>
        <source>The IND often asks you to answer before a date. Enter that date here. Samen will remind you.</source>
        <translation>IND ብዙሕ ግዜ ቅድሚ ሓደ ዕለት ክትምልሱ ትሓትት። ነቲ ዕለት ኣብዚ ኣእትዉ። Samen ከዘኻኽረኩም እዩ።</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>ንመን?</translation>
    </message>
    <message>
        <source>What does the letter ask?</source>
        <translation>እቲ ደብዳቤ እንታይ ይሓትት?</translation>
    </message>
    <message>
        <source>For example: send the DNA form</source>
        <translation>ንኣብነት፦ ቅጥዒ DNA ስደዱ</translation>
    </message>
    <message>
        <source>Only you see these words. Reminders never show them.</source>
        <translation>ነዞም ቃላት ንስኹም ጥራይ ኢኹም ትርእይዎም። መዘኻኸሪታት ፈጺሞም ኣየርእይዎምን።</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>ቅድሚ እዚ ምለሱ</translation>
    </message>
</context>
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
        <translation>ተጠባባቒ ቅዳሕ ስርሑ</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>ተጠባባቒ ቅዳሕ ኣበይ ክትዕቅብዎ ትደልዩ?</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>ተጠባባቒ ቅዳሕ ኩሉ ሓበሬታኹም ዝሓዘ ሓደ ፋይል እዩ። ብመሕለፊ ቃል ናይ ተጠባባቒ ቅዳሕ ዕጹው እዩ። ነቲ ፋይል ኣብ ውሑስ ቦታ ዕቀብዎ፡ ንኣብነት ምስ እትኣምንዎ ሰብ።</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>ካብ ምስጢራዊ ቁጽርኹም ዝተፈልየ መሕለፊ ቃል ንተጠባባቒ ቅዳሕ ምረጹ። ብዘይኡ ሓደ እኳ ነቲ ተጠባባቒ ቅዳሕ ክኸፍቶ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ (እንተወሓደ 8 ፊደላት)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>መሕለፊ ቃል ተጠባባቒ ቅዳሕ ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>ኣበይ ከም እትዕቅብዎ ምረጹ</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>ተጠባባቒ ቅዳሕ ይስራሕ ኣሎ።</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዕቀቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>The backup is saved: %1</source>
        <translation>ተጠባባቒ ቅዳሕ ተዓቂቡ ኣሎ፦ %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Take a photo</source>
        <translation>ስእሊ ኣልዕሉ</translation>
    </message>
    <message>
        <source>Samen cannot find a camera on this device. Use &quot;Add photo or file&quot; instead.</source>
        <translation>Samen ኣብዚ መሳርሒ ካሜራ ኣይረኸበን። ኣብ ክንድኡ «ስእሊ ወይ ፋይል ወስኹ» ተጠቐሙ።</translation>
    </message>
    <message>
        <source>Put the paper on a table in good light. Make sure all corners are in the picture.</source>
        <translation>ነቲ ወረቐት ኣብ ጽቡቕ ብርሃን ኣብ ጠረጴዛ ኣንብርዎ። ኩሎም ኩርናዓት ኣብ ስእሊ ከም ዘለዉ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>ነቲ ስእሊ ኣልዕሉ</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>መሕለፊ ቃል ቀይሩ</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>ምስጢራዊ ቁጽሪ ቀይሩ</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>ሕጂ ዘሎ መሕለፊ ቃልኩም</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>ሕጂ ዘሎ ምስጢራዊ ቁጽርኹም</translation>
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
        <translation>መሕለፊ ቃል ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>ምስጢራዊ ቁጽሪ ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>ተወዲኡ። ካብ ሕጂ ነቲ ሓድሽ ተጠቐሙ።</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>ድሕሪ %Ln ካልኢት ደጊምኩም ክትፍትኑ ትኽእሉ ኢኹም።</numerusform>
            <numerusform>ድሕሪ %Ln ካልኢታት ደጊምኩም ክትፍትኑ ትኽእሉ ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ቀይሩ</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>ይቕየር ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>ኣብ ክንዲኡ ምስጢራዊ ቁጽሪ ተጠቐሙ</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ቃል ተጠቐሙ</translation>
    </message>
    <message>
        <source>Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)</source>
        <translation>ቀይሩ፡ ንሓበሬታኹም እውን ሓድሽ መፍትሕ ሃብዎ (ሓደ ሰብ ነቲ ተሌፎን ቀዲሕዎ ክኸውን እንተኽኢሉ ዝያዳ ውሑስ እዩ፤ ዝያዳ ግዜ ይወስድ)</translation>
    </message>
</context>
<context>
    <name>ChooserFit</name>
    <message>
        <source>File name</source>
        <translation>ስም ፋይል</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>Samen ሓበሬታኹም ክኸፍቶ ኣይከኣለን</translation>
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
        <translation>ንኹሉ ደምስሱ እሞ ከም ብሓድሽ ጀምሩ</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>ወጻኢታት</translation>
    </message>
    <message>
        <source>Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.</source>
        <translation>ገለ ነገራት ኣብ መገዲ ገንዘብ የኽፍሉ። Samen ዋጋ ዘርእዮ ወግዓዊ ምንጪ ምስ ዝሃቦ ጥራይ እዩ። ዋጋታት ምስ ዝፈላለዩ፣ ከምኡ ይብል።</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>ሕግታትን ቁጽርታትን ዝተረጋገጹሉ ዕለት፦ %1።</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>ዋጋ፦ %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Solar calendar (Hijri shamsi)</source>
        <translation>ናይ ጸሓይ ዓውደ ኣዋርሕ (ሂጅሪ ሻምሲ)</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>ናይ ግዕዝ ዓውደ ኣዋርሕ</translation>
    </message>
    <message>
        <source>This month has only %1 days in that year. Please choose another day.</source>
        <translation>እዚ ወርሒ ኣብታ ዓመት %1 መዓልቲ ጥራይ ኣለዎ። በጃኹም ካልእ መዓልቲ ምረጹ።</translation>
    </message>
    <message>
        <source>This year has only %1 months.</source>
        <translation>እዛ ዓመት %1 ኣዋርሕ ጥራይ ኣለዋ።</translation>
    </message>
    <message>
        <source>This year is not possible. Please check it.</source>
        <translation>እዚ ዓመት ኣይከኣልን። በጃኹም ኣረጋግጽዎ።</translation>
    </message>
    <message>
        <source>Gregorian (European) calendar</source>
        <translation>ግሪጎርያዊ (ኤውሮጳዊ) ዓውደ ኣዋርሕ</translation>
    </message>
    <message>
        <source>This day is after today. Please check the year.</source>
        <translation>እዚ መዓልቲ ድሕሪ ሎሚ እዩ። በጃኹም ነቲ ዓመት ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>መዓልቲ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ወርሒ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ዓመት</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>ነዚ ዕለት ተጠቐሙ</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Done</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>ካብዚ ዕለት ክትሓቱ ትኽእሉ፦ %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>ናይ መወዳእታ መዓልቲ፦ %1</translation>
    </message>
    <message>
        <source>This date is from your IND letter.</source>
        <translation>እዚ ዕለት ካብ ደብዳቤ IND እዩ።</translation>
    </message>
    <message>
        <source>Reminders are paused for now.</source>
        <translation>መዘኻኸሪታት ንሕጂ ደው ኢሎም ኣለዉ።</translation>
    </message>
    <message>
        <source>I did this</source>
        <translation>እዚ ገይረዮ</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>ጽባሕ ኣዘኻኽሩኒ</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>ድሕሪ ሰሙን ኣዘኻኽሩኒ</translation>
    </message>
    <message>
        <source>Delete this date</source>
        <translation>ነዚ ዕለት ሰርዝዎ</translation>
    </message>
    <message>
        <source>The IND must decide by this day. You do not need to do anything for it.</source>
        <translation>IND ክሳብ እዛ መዓልቲ እዚኣ ክትውስን ኣለዋ። ንዕኡ ዝኸውን ዋላ ሓንቲ ክትገብሩ ኣየድልየኩምን።</translation>
    </message>
    <message>
        <source>I sent the application: enter the date</source>
        <translation>ሕቶ ሰዲደ ኣለኹ፦ ዕለት ኣእትዉ</translation>
    </message>
    <message>
        <source>This happened: enter the date</source>
        <translation>እዚ ኮይኑ እዩ፦ ዕለት ኣእትዉ</translation>
    </message>
    <message>
        <source>Undo: not done yet (removes the date of this step)</source>
        <translation>ምለሱ፦ ገና ኣይተገብረን (ዕለት ናይዚ ስጉምቲ ይድምሰስ)</translation>
    </message>
    <message>
        <source>Undo: not done yet</source>
        <translation>ምለሱ፦ ገና ኣይተገብረን</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>ኣብቲ ብዛዕባ ስድራኹም ዘለዉ ሕቶታት፡ ሕቶ ከም ዝተላእከ ገሊጽኩም ኣለኹም። ነዚ ክትቕይሩ እንተደሊኹም፡ ነቲ መልሲ ቀይሩ።</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>ዕለታትን ናይ መወዳእታ ግዜታትን</translation>
    </message>
    <message>
        <source>Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.</source>
        <translation>ኣብዚ ኣገደስቲ ዕለታትኩም ትርእዩ፡ ከም ናይ መወዳእታ መዓልቲ ንምሕታት። መጀመርታ ብዛዕባ ስድራኹም ዘለዉ ሕቶታት መልሱ። ሽዑ Samen ዕለታትኩም ይፈልጥ፡ ብግዜኡ ድማ የዘኻኽረኩም።</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>ሕቶታት ጀምሩ</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>ስጉምትታት ናይቲ መስርሕ</translation>
    </message>
    <message>
        <source>Enter the dates of each step. Samen counts the deadlines.</source>
        <translation>ዕለት ነፍሲ ወከፍ ስጉምቲ ኣእትዉ። Samen ናይ መወዳእታ ግዜታት ይቖጽር።</translation>
    </message>
    <message>
        <source>No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.</source>
        <translation>ገና ዕለታት የለን። ኣብቶም ሕቶታት ነቲ ኣብ ደብዳቤ IND ዘሎ ዕለት፡ ወይ ዕለታት ናይቶም ስጉምትታት ኣእትዉ።</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>ካብ ደብዳቤ IND ዕለት ወስኹ</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>ናብ ዓውደ ኣዋርሐይ ወስኹ</translation>
    </message>
    <message>
        <source>Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only &quot;Samen: a date to check&quot;, unless you chose more detail in Settings.</source>
        <translation>Samen ፋይል ዓውደ ኣዋርሕ ይዕቅብ። እዚ ፋይል ዕጹው ኣይኮነን፦ ተሌፎንኩም ዝሓዘ ዝኾነ ሰብ ከንብቦ ይኽእል። «Samen፦ ክርአ ዘለዎ ዕለት» ጥራይ የርኢ፡ ኣብ ምድላዋት ዝያዳ ዝርዝር እንተዘይመሪጽኩም።</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>መዘኻኸሪ ጽሑፈይ ሓውሱ</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>ነቲ ፋይል ዕቀብዎ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ፋይላት ዓውደ ኣዋርሕ (*.ics)</translation>
    </message>
    <message>
        <source>The dates are saved. Open the file with your calendar.</source>
        <translation>ዕለታት ተዓቂቦም። ነቲ ፋይል ብዓውደ ኣዋርሕኩም ክፈትዎ።</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዕቀቡ</translation>
    </message>
    <message>
        <source>Delete this date? Samen will not remind you of it any more.</source>
        <translation>ነዚ ዕለት ክትድምስስዎ ትደልዩ ዶ? Samen ድሕሪ ሕጂ ኣየዘኻኽረኩምን እዩ።</translation>
    </message>
    <message>
        <source>This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?</source>
        <translation>እዚ ዕለት ናይዚ ስጉምቲ ይድምስስ (ንግዜ ሕቶ፦ ሕቶ ዝሰደድኩምላ መዓልቲ)። እቲ ግዜ ደጊሙ ይቑጸር። ርግጸኛታት ዲኹም?</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>ነቲ ዕለት ደምስሱ</translation>
    </message>
    <message>
        <source>Yes, remove the date</source>
        <translation>እወ፡ ነቲ ዕለት ደምስሱ</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo with example data. PIN: %1</source>
        <translation>መርኣያ ብኣብነታዊ ሓበሬታ። ምስጢራዊ ቁጽሪ፦ %1</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>This page could not be deleted. Try again.</source>
        <translation>እዚ ገጽ ክድምሰስ ኣይከኣለን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The page is deleted.</source>
        <translation>እቲ ገጽ ተደምሲሱ።</translation>
    </message>
    <message>
        <source>This file cannot be opened. Choose another file.</source>
        <translation>እዚ ፋይል ክኽፈት ኣይክእልን። ካልእ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>እዚ ፋይል ባዶ እዩ። ካልእ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>This file is too big. The limit is %1 MB.</source>
        <translation>እዚ ፋይል ኣዝዩ ዓቢ እዩ። ዝለዓለ ደረት %1 MB እዩ።</translation>
    </message>
    <message>
        <source>This picture is too large. Choose a smaller picture or take a photo.</source>
        <translation>እዚ ስእሊ ኣዝዩ ዓቢ እዩ። ዝነኣሰ ስእሊ ምረጹ ወይ ስእሊ ኣልዕሉ።</translation>
    </message>
    <message>
        <source>This kind of file cannot be added. Choose a photo or a PDF file.</source>
        <translation>እዚ ዓይነት ፋይል ክውሰኽ ኣይክእልን። ስእሊ ወይ ፋይል PDF ምረጹ።</translation>
    </message>
    <message>
        <source>This picture is damaged. Choose another file or take a new photo.</source>
        <translation>እዚ ስእሊ ተበላሽዩ እዩ። ካልእ ፋይል ምረጹ ወይ ሓድሽ ስእሊ ኣልዕሉ።</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Choose another file.</source>
        <translation>እዚ ፋይል PDF ተበላሽዩ እዩ። ካልእ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>The file could not be saved. Try again.</source>
        <translation>እቲ ፋይል ክዕቀብ ኣይከኣለን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The page is added.</source>
        <translation>እቲ ገጽ ተወሲኹ።</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>ክሳብ ሕጂ ዝዕቀብ ነገር የለን።</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>ካልእ ማህደር ምረጹ።</translation>
    </message>
    <message>
        <source>The copies could not be saved there. Choose another folder.</source>
        <translation>እቲ ቅዳሓት ኣብኡ ክዕቀብ ኣይከኣለን። ካልእ ማህደር ምረጹ።</translation>
    </message>
    <message numerus="yes">
        <source>%n copies saved. Delete them after you have uploaded them.</source>
        <translation>
            <numerusform>%n ቅዳሕ ተዓቂቡ። ድሕሪ ምልኣኽኩም ደምስስዎ።</numerusform>
            <numerusform>%n ቅዳሓት ተዓቂቦም። ድሕሪ ምልኣኽኩም ደምስስዎም።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilesPage</name>
    <message>
        <source>Photos and files</source>
        <translation>ስእልታትን ፋይላትን</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>ስእሊ ወይ ፋይል PDF ምረጹ</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>ስእልታትን ፋይላት PDFን</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>እቲ ቅዳሓት ኣበይ ክትዕቅብዎ ትደልዩ?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>እቲ ቅዳሓት ዕጹዋት ኣይኮኑን። ነዚ ተሌፎን ዝጥቀም ዝኾነ ሰብ ክርእዮም ይኽእል። ናብ መርበብ IND ድሕሪ ምልኣኽኩም ነቲ ቅዳሓት ደምስስዎም።</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>ተረዲኡኒ። ማህደር ምረጹ</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>ነዚ ገጽ ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>ነቲ ገጽ ደምስሱ</translation>
    </message>
    <message>
        <source>There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.</source>
        <translation>ክሳብ ሕጂ ኣብዚ ወረቓቕቲ የለዉን። ቅድም ብዛዕባ ስድራኹም ዘለዉ ሕቶታት መልሱ። ድሕሪኡ Samen ነፍሲ ወከፍ ሰብ ዝደልዮ ወረቓቕቲ የርእየኩም፡ ስእልታቶም ድማ ኣብዚ ክትውስኹ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>ሕቶታት መልሱ</translation>
    </message>
    <message>
        <source>Photos and files you add here are locked inside Samen. They are not put in your phone&apos;s gallery.</source>
        <translation>ኣብዚ እትውስኽዎም ስእልታትን ፋይላትን ኣብ ውሽጢ Samen ዕጹዋት እዮም። ኣብ ጋለሪ ተሌፎንኩም ኣይኣትዉን።</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>ክሳብ ሕጂ ናይዚ ወረቐት ስእሊ ወይ ፋይል የለን።</translation>
    </message>
    <message>
        <source>Working on it. This can take a moment.</source>
        <translation>ይሰርሕ ኣሎ። ቁሩብ ግዜ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>ስእሊ ወይ ፋይል ወስኹ</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>ስእሊ ኣልዕሉ</translation>
    </message>
    <message>
        <source>Save copies of all papers of this person</source>
        <translation>ቅዳሓት ኩሉ ወረቓቕቲ ናይዚ ሰብ ዕቀቡ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈቱ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>ነዚ ማህደር ምረጹ</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>This person needs no papers for now.</source>
        <translation>እዚ ሰብ ሕጂ ወረቓቕቲ ኣየድልዮን።</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>ንመን፦ %1</translation>
    </message>
    <message>
        <source>Where is this paper now?</source>
        <translation>እዚ ወረቐት ሕጂ ኣበይ ኣሎ?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>ስእልታትን ፋይላትን</translation>
    </message>
    <message>
        <source>Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.</source>
        <translation>ስእሊ ወይ PDF ናይዚ ወረቐት ኣብዚ ዕቀቡ። ኣብዚ ኣፕ ዕጹው ኮይኑ ይጸንሕ፡ ኣብ ጋለሪ ኣይኮነን።</translation>
    </message>
    <message>
        <source>See the photos and files</source>
        <translation>ስእልታትን ፋይላትን ርኣዩ</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>ስእሊ ወይ ፋይል ወስኹ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ወረቐት</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>A passport or ID card shows who this person is. The IND needs a copy.</source>
        <translation>ፓስፖርት ወይ መንነት ካርድ እዚ ሰብ መን ምዃኑ የርኢ። IND ቅዳሕ የድልያ።</translation>
    </message>
    <message>
        <source>The official paper of your marriage. It shows that you were married before you came to the Netherlands.</source>
        <translation>ወግዓዊ ወረቐት መርዓኹም። ቅድሚ ናብ ኔዘርላንድ ምምጻእኩም ከም ዝተመርዓኹም የርኢ።</translation>
    </message>
    <message>
        <source>You are not married. Show that you were already a couple before you came, for example with photos, letters or papers with both your names.</source>
        <translation>ኣይተመርዓኹምን። ቅድሚ ምምጻእኩም ድሮ መጻምድቲ ከም ዝነበርኩም ኣርእዩ፡ ንኣብነት ብስእልታት፡ ደብዳቤታት ወይ ክልቲኡ ኣስማትኩም ዘለዎ ወረቓቕቲ።</translation>
    </message>
    <message>
        <source>The birth certificate shows who the parents are. It proves that you are family.</source>
        <translation>ምስክር ወረቐት ልደት ወለዲ መን ምዃኖም የርኢ። ስድራ ምዃንኩም የረጋግጽ።</translation>
    </message>
    <message>
        <source>The official papers of the adoption. They show that the child is legally yours.</source>
        <translation>ወግዓውያን ወረቓቕቲ ጉዲፈቻ። እቲ ቆልዓ ብሕጊ ናትኩም ምዃኑ የርእዩ።</translation>
    </message>
    <message>
        <source>Papers or other proof that the child already lived with your family before you fled.</source>
        <translation>ወረቓቕቲ ወይ ካልእ መረጋገጺ እቲ ቆልዓ ቅድሚ ምህዳምኩም ድሮ ምስ ስድራኹም ይነብር ከም ዝነበረ።</translation>
    </message>
    <message>
        <source>The child&apos;s other parent stays behind. That parent must write and sign that the child may go to the Netherlands.</source>
        <translation>እቲ ካልኣይ ወላዲ እቲ ቆልዓ ኣብኡ ይተርፍ። እቲ ወላዲ እቲ ቆልዓ ናብ ኔዘርላንድ ክኸይድ ከም ዝኽእል ጽሒፉ ክፍርም ኣለዎ።</translation>
    </message>
    <message>
        <source>From age 12, the IND may ask for a paper from the police. It says if this person has a criminal record.</source>
        <translation>ካብ ዕድመ 12 ጀሚሩ IND ካብ ፖሊስ ወረቐት ክትሓትት ትኽእል። እዚ ሰብ ገበን መዝገብ እንተለዎ ይሕብር።</translation>
    </message>
    <message>
        <source>From age 15, the IND may ask for a paper that says if this person is married or not.</source>
        <translation>ካብ ዕድመ 15 ጀሚሩ IND እዚ ሰብ ምርዑው ድዩ ኣይኮነን ዝብል ወረቐት ክትሓትት ትኽእል።</translation>
    </message>
    <message>
        <source>Papers that are not in Dutch, English, French or German must be translated by a sworn translator.</source>
        <translation>ብሆላንድኛ፡ እንግሊዝኛ፡ ፈረንሳይኛ ወይ ጀርመንኛ ዘይኮኑ ወረቓቕቲ ብመሓላ ዝፈጸመ ተርጓሚ ክትርጎሙ ኣለዎም።</translation>
    </message>
    <message>
        <source>No papers? Send other proof of who this person is, for example an old ID, a school paper or a camp registration. Tell the IND why the passport is missing.</source>
        <translation>ወረቓቕቲ የለዉን? እዚ ሰብ መን ምዃኑ ዘርኢ ካልእ መረጋገጺ ስደዱ፡ ንኣብነት ኣረጊት መንነት፡ ናይ ቤት ትምህርቲ ወረቐት ወይ ምዝገባ መደበር። ፓስፖርት ስለምንታይ ከም ዘየለ ንIND ሓብሩ።</translation>
    </message>
    <message>
        <source>No papers? Send other proof that you are family, for example photos, a vaccination booklet or a camp registration. The IND may offer a DNA test or an interview.</source>
        <translation>ወረቓቕቲ የለዉን? ስድራ ምዃንኩም ዘርኢ ካልእ መረጋገጺ ስደዱ፡ ንኣብነት ስእልታት፡ ናይ ክታበት መጽሓፍ ወይ ምዝገባ መደበር። IND ናይ DNA መርመራ ወይ ቃለ-መሕትት ክትህብ ትኽእል።</translation>
    </message>
    <message>
        <source>From Syria: the Syrian ID card or a passport.</source>
        <translation>ካብ ሶርያ፦ ናይ ሶርያ መንነት ካርድ ወይ ፓስፖርት።</translation>
    </message>
    <message>
        <source>From Eritrea: the Eritrean ID card or a passport.</source>
        <translation>ካብ ኤርትራ፦ ናይ ኤርትራ መንነት ካርድ ወይ ፓስፖርት።</translation>
    </message>
    <message>
        <source>From Afghanistan: the tazkira (ID paper) or a passport.</source>
        <translation>ካብ ኣፍጋኒስታን፦ ታዝኪራ (ወረቐት መንነት) ወይ ፓስፖርት።</translation>
    </message>
    <message>
        <source>From Somalia: a passport or ID card if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>ካብ ሶማልያ፦ እንተልዩ ፓስፖርት ወይ መንነት ካርድ። እንተዘየሎ፡ «ወረቓቕቲ የለዉን?» ኣንብቡ።</translation>
    </message>
    <message>
        <source>From Yemen: a passport or ID card.</source>
        <translation>ካብ የመን፦ ፓስፖርት ወይ መንነት ካርድ።</translation>
    </message>
    <message>
        <source>From Syria: the marriage certificate and the family booklet.</source>
        <translation>ካብ ሶርያ፦ ምስክር ወረቐት መርዓን ናይ ስድራ መጽሓፍን።</translation>
    </message>
    <message>
        <source>From Afghanistan: the nikah-nama (marriage paper).</source>
        <translation>ካብ ኣፍጋኒስታን፦ ኒካሕ-ናማ (ወረቐት መርዓ)።</translation>
    </message>
    <message>
        <source>From Eritrea: the marriage paper or a certificate from the church.</source>
        <translation>ካብ ኤርትራ፦ ወረቐት መርዓ ወይ ምስክር ወረቐት ካብ ቤተ ክርስትያን።</translation>
    </message>
    <message>
        <source>From Somalia: a marriage certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>ካብ ሶማልያ፦ እንተልዩ ምስክር ወረቐት መርዓ። እንተዘየሎ፡ «ወረቓቕቲ የለዉን?» ኣንብቡ።</translation>
    </message>
    <message>
        <source>From Yemen: the marriage certificate.</source>
        <translation>ካብ የመን፦ ምስክር ወረቐት መርዓ።</translation>
    </message>
    <message>
        <source>From Syria: the birth certificate and the family booklet.</source>
        <translation>ካብ ሶርያ፦ ምስክር ወረቐት ልደትን ናይ ስድራ መጽሓፍን።</translation>
    </message>
    <message>
        <source>From Eritrea: the birth certificate or a certificate from the church.</source>
        <translation>ካብ ኤርትራ፦ ምስክር ወረቐት ልደት ወይ ምስክር ወረቐት ካብ ቤተ ክርስትያን።</translation>
    </message>
    <message>
        <source>From Somalia: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>ካብ ሶማልያ፦ እንተልዩ ምስክር ወረቐት ልደት። እንተዘየሎ፡ «ወረቓቕቲ የለዉን?» ኣንብቡ።</translation>
    </message>
    <message>
        <source>From Yemen: the birth certificate.</source>
        <translation>ካብ የመን፦ ምስክር ወረቐት ልደት።</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>ፓስፖርት ወይ መንነት ካርድ</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>ምስክር ወረቐት መርዓ</translation>
    </message>
    <message>
        <source>Proof of your relationship</source>
        <translation>መረጋገጺ ርክብ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>ምስክር ወረቐት ልደት</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>ወረቓቕቲ ጉዲፈቻ</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>መረጋገጺ ምዕባይ</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>ፍቓድ ናይቲ ካልኣይ ወላዲ</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>ወረቐት ፖሊስ (ገበን መዝገብ)</translation>
    </message>
    <message>
        <source>Proof of marital status</source>
        <translation>ወረቐት ምርዓው ወይ ዘይምርዓው</translation>
    </message>
    <message>
        <source>Sworn translations</source>
        <translation>ብመሓላ ዝተተርጎሙ ትርጉማት</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>የለን</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>ሓቲተዮ</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>ኣለኒ</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>ተተርጒሙ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>ድሉው</translation>
    </message>
    <message>
        <source>From Afghanistan: a birth certificate if there is one. If not, read &quot;No papers?&quot;.</source>
        <translation>ካብ ኣፍጋኒስታን፦ እንተልዩ ምስክር ወረቐት ልደት። እንተዘየሎ፡ «ወረቓቕቲ የለዉን?» ኣንብቡ።</translation>
    </message>
    <message>
        <source>The regular route costs a fee (leges). Nareis is free. The IND website gives the amount; Samen does not, because it changes.</source>
        <translation>እቲ ልሙድ መንገዲ ክፍሊት (leges) ኣለዎ። ናሬይስ (nareis) ብነጻ እዩ። መርበብ IND ነቲ መጠን ይህብ፤ Samen ግን ኣይህቦን፡ ምኽንያቱ ይቕየር እዩ።</translation>
    </message>
    <message>
        <source>On the regular route your family member may first have to pass the civic integration exam abroad (basisexamen inburgering buitenland).</source>
        <translation>ብልሙድ መንገዲ፡ ኣባል ስድራኹም መጀመርታ ኣብ ወጻኢ ዝወሃብ ፈተና ምውህሃድ (basisexamen inburgering buitenland) ክሓልፍ ዘድልዮ ይኸውን።</translation>
    </message>
    <message>
        <source>On the regular route you must show enough income of your own and a home. Keep your pay slips and your rental contract.</source>
        <translation>ብልሙድ መንገዲ፡ እኹል ናትኩም እቶትን ገዛን ከም ዘለኩም ከተርእዩ ኣለኩም። ወረቐት ደሞዝኩምን ውዕል ክራይ ገዛኹምን ዓቕቡ።</translation>
    </message>
    <message>
        <source>On the regular route your family member needs health insurance from the day of arrival.</source>
        <translation>ብልሙድ መንገዲ፡ ኣባል ስድራኹም ካብ መዓልቲ ምብጽሑ ጀሚሩ ናይ ጥዕና መድሕን የድልዮ።</translation>
    </message>
    <message>
        <source>On the regular route the IND usually asks for legalised documents: stamps of the country that made the paper and of the Dutch embassy.</source>
        <translation>ብልሙድ መንገዲ፡ IND መብዛሕትኡ ግዜ ሕጋዊ ዝተረጋገጹ ወረቓቕቲ ትሓትት፦ ማሕተም ናይታ ነቲ ወረቐት ዝሃበት ሃገርን ናይ ኤምባሲ ኔዘርላንድን።</translation>
    </message>
    <message>
        <source>Fee for the regular route</source>
        <translation>ክፍሊት ናይ ልሙድ መንገዲ</translation>
    </message>
    <message>
        <source>Civic integration exam abroad</source>
        <translation>ፈተና ምውህሃድ ኣብ ወጻኢ</translation>
    </message>
    <message>
        <source>Proof of income and a home</source>
        <translation>መረጋገጺ እቶትን ገዛን</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>ናይ ጥዕና መድሕን</translation>
    </message>
    <message>
        <source>Legalised documents</source>
        <translation>ሕጋዊ ዝተረጋገጹ ወረቓቕቲ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ወረቐት</translation>
    </message>
    <message>
        <source>Show that you lived together before you came, for example with photos, letters to the same address or a rental contract.</source>
        <translation>ቅድሚ ምምጻእኩም ብሓባር ከም ዝነበርኩም ኣርእዩ፡ ንኣብነት ብስእልታት፡ ናብ ሓደ ኣድራሻ ዝተላእኩ ደብዳቤታት ወይ ውዕል ክራይ።</translation>
    </message>
    <message>
        <source>Cannot get it, for example because the other parent has died or cannot be found? Write down why, and send what shows it, such as a death certificate.</source>
        <translation>ክትረኽብዎ ኣይትኽእሉን፡ ንኣብነት እቲ ካልእ ወላዲ ስለ ዝሞተ ወይ ክርከብ ስለ ዘይክእል? ምኽንያቱ ጽሓፉ፡ ነቲ ዘርኢ ድማ ስደዱ፡ ከም ምስክር ወረቐት ሞት።</translation>
    </message>
    <message>
        <source>Proof that you lived together</source>
        <translation>መረጋገጺ ብሓባር ምንባርኩም</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>መን ክመጽእ ይኽእል?</translation>
    </message>
    <message>
        <source>Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>ቀለልቲ ሕቶታት ሓደ ብሓደ መልሱ። ድሕሪኡ Samen ካብ ስድራኹም መን ክመጽእ ከም ዝኽእል፡ ክሳብ መዓስ ድማ ክትሓቱ ከም ዘለኩም የርእየኩም።</translation>
    </message>
    <message>
        <source>If you do not know an answer, choose &quot;I don&apos;t know&quot;. You can go back and change an answer at any time.</source>
        <translation>መልሲ እንተዘይፈሊጥኩም፡ «ኣይፈልጥን» ምረጹ። ኣብ ዝኾነ ግዜ ተመሊስኩም መልሲ ክትቕይሩ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>ሕቶታት ጀምሩ</translation>
    </message>
    <message>
        <source>Go on where you stopped</source>
        <translation>ካብቲ ዝበጻሕኩምዎ ቀጽሉ</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>ውጽኢት ርኣዩ</translation>
    </message>
    <message>
        <source>Change answers or add a person</source>
        <translation>መልስታት ቀይሩ ወይ ሰብ ወስኹ</translation>
    </message>
    <message>
        <source>Start again (delete all answers)</source>
        <translation>ካብ መጀመርታ ጀምሩ (ኩሉ መልስታት ደምስሱ)</translation>
    </message>
    <message>
        <source>All your answers will be deleted. Are you sure?</source>
        <translation>ኩሉ መልስታትኩም ክድምሰስ እዩ። ርግጸኛታት ዲኹም?</translation>
    </message>
    <message>
        <source>Yes, delete all answers</source>
        <translation>እወ፡ ኩሉ መልስታት ደምስሱ</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>ንኹሉ ደምስሱ</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>ቅድም ተጠባባቒ ቅዳሕ ስርሑ፡ ድሒርኩም ሓበሬታኹም ክትመልስዎ ምእንቲ።</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>ቅድም ተጠባባቒ ቅዳሕ ስርሑ</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>እዚ ክምለስ ከም ዘይክእል ተረዲኡኒ እዩ።</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>ይድምሰስ ኣሎ።</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.</source>
        <translation>እዚ ንኹሉ ሓበሬታኹም ካብ Samen የጥፍኦ፦ መልስታት፡ ስድራ፡ ወረቓቕትን ዕለታትን። ክምለስ ኣይክእልን እዩ።</translation>
    </message>
</context>
<context>
    <name>FamilyController</name>
    <message>
        <source>Not in the eligibility questions</source>
        <translation>ኣብ ሕቶታት ኣይተጠቕሰን</translation>
    </message>
    <message>
        <source>Turns 18 on %1. Send the application before that day if you can: the age on the day you apply counts.</source>
        <translation>ብ%1 18 ዓመት ይመልእ። እንተ ተኻኢሉ ቅድሚ እታ መዓልቲ ሕቶኹም ስደዱ፦ እቲ ዝቖጸር ዕድመ ኣብታ ሕቶ እትሰዱላ መዓልቲ እዩ።</translation>
    </message>
    <message>
        <source>No papers on the list</source>
        <translation>ኣብ ዝርዝር ወረቐት የለን</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 papers ready</source>
        <translation>
            <numerusform>%1 ካብ %2 ወረቐት ድሉው</numerusform>
            <numerusform>%1 ካብ %2 ወረቓቕቲ ድሉዋት</numerusform>
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
        <translation>ገና ኣባላት ስድራ የለዉን። ብሕቶታት ብዛዕባ ስድራኹም ወስኽዎም። ድሕሪኡ ነፍሲ ወከፍ ሰብ ዘድልዮ ወረቓቕቲ ኣብዚ ትርእዩ።</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>ኣባል ስድራ ወስኹ</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Tap a person to see which papers they need.</source>
        <translation>ሰብ ጠውቑ እሞ ዘድልዮ ወረቓቕቲ ርኣዩ።</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>ኣባል ስድራ ወስኹ</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>ስድራን ወረቓቕትን</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 ኪሎባይት</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ሜጋባይት</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>ምስጢራዊ ቁጽርኹም ረሲዕኩምዎ ዲኹም?</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>ብዘይ ምስጢራዊ ቁጽርኹም፡ Samen ሓበሬታኹም ክኸፍቶ ኣይክእልን። ሓደ እኳ ኣይክእልን፡ ሰራሕቲ Samen እውን ከይተረፉ።</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>ንኹሉ ደምሲስኩም ከም ብሓድሽ ክትጅምሩ ትኽእሉ ኢኹም። ተጠባባቒ ቅዳሕ እንተሰሪሕኩም፡ ድሕሪኡ ብመሕለፊ ቃሉ ክትመልስዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>ንኹሉ ደምስሱ እሞ ከም ብሓድሽ ጀምሩ</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Dutch words</source>
        <translation>ቃላት ሆላንድኛ</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>ቃል ድለዩ</translation>
    </message>
    <message>
        <source>No word found. Try fewer letters.</source>
        <translation>ቃል ኣይተረኽበን። ውሑድ ፊደላት ፈትኑ።</translation>
    </message>
    <message>
        <source>These words are in Dutch on your letters. Here they are explained.</source>
        <translation>እዞም ቃላት ኣብ ደብዳቤታትኩም ብሆላንድኛ እዮም ዘለዉ። ኣብዚ ተገሊጾም ኣለዉ።</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and contacts</source>
        <translation>ሓገዝን ርክብን</translation>
    </message>
    <message>
        <source>These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.</source>
        <translation>እዞም ትካላት ክሕግዙኹም ይኽእሉ። Samen ቁጽሪ ተሌፎን ወይ ናይ ስራሕ ሰዓታት ዘርእዮ ወግዓዊ ምንጪ ምስ ዝሃቦ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>ሕግታትን ቁጽርታትን ዝተረጋገጹሉ ዕለት፦ %1።</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>ተሌፎን፦ %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ደውሉ</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>ናብ %1 ደውሉ</translation>
    </message>
    <message>
        <source>This device cannot make calls. Copy the number and call it from a phone.</source>
        <translation>እዚ መሳርሒ ክድውል ኣይክእልን። ነቲ ቁጽሪ ቕድሑ እሞ ካብ ተሌፎን ደውሉ።</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>ቁጽሪ ቕድሑ</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>ቁጽሪ %1 ቕድሑ</translation>
    </message>
    <message>
        <source>The number is copied. You can paste it in the phone app.</source>
        <translation>እቲ ቁጽሪ ተቐዲሑ ኣሎ። ኣብ ናይ ተሌፎን ኣፕ ክትልጥፍዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>ኣድራሻ፦ %1</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>ናይ ስራሕ ሰዓታት፦</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>ዝተረጋገጸሉ ዕለት፦ %1።</translation>
    </message>
</context>
<context>
    <name>HelperController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>ቅድም ንSamen ብምስጢራዊ ቁጽርኹም ክፈትዎ።</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>ንሓጋዚ ኣርእዩ</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>ነቲ PDF ኣበይ ክትዕቅብዎ ትደልዩ?</translation>
    </message>
    <message>
        <source>Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.</source>
        <translation>ሓጺር ጽማቕ ብዛዕባ ስድራኹም፡ ግዜታትኩምን ወረቓቕትኹምን ንወለንተኛ፡ ሰራሕተኛ ማሕበራዊ ጉዳይ ወይ ጠበቓ ኣርእዩ። ብሆላንድኛ ወይ እንግሊዝኛ እዩ። ከንብብዎ ጥራይ ይኽእሉ።</translation>
    </message>
    <message>
        <source>To close the summary, your PIN is needed. So you can give your phone to the helper.</source>
        <translation>ነቲ ጽማቕ ንምዕጻው ምስጢራዊ ቁጽርኹም የድሊ። ስለዚ ተሌፎንኩም ንሓጋዚ ክትህብዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>ቅድም ንSamen ብምስጢራዊ ቁጽርኹም ክፈትዎ።</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>ነቲ ጽማቕ ኣርእዩ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ከም PDF ዕቀቡ</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>እቲ ፋይል PDF ብምስጢራዊ ቁጽርኹም ዕጹው ኣይኮነን። ነቲ ፋይል ዝሓዘ ዝኾነ ሰብ ከንብቦ ይኽእል። ኣብቲ ዝመረጽኩምዎ ቦታ ጥራይ ዕቀብዎ፡ ምስ ዘየድልየኩም ድማ ደምስስዎ።</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>እቲ PDF ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዕቀቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>HelperViewPage</name>
    <message>
        <source>Close the summary (PIN needed)</source>
        <translation>ነቲ ጽማቕ ዕጸውዎ (ምስጢራዊ ቁጽሪ የድሊ)</translation>
    </message>
    <message>
        <source>Type your password to close the summary</source>
        <translation>ነቲ ጽማቕ ንምዕጻው መሕለፊ ቃልኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Type your PIN to close the summary</source>
        <translation>ነቲ ጽማቕ ንምዕጻው ምስጢራዊ ቁጽርኹም ጽሓፉ</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>ነቲ ጽማቕ ዕጸውዎ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>ስድራኹም ናብ ኔዘርላንድ ኣምጽኡ፡ ስጉምቲ ብስጉምቲ።</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>መን ክመጽእ ይኽእል?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>ብዛዕባ ስድራኹም ቀለልቲ ሕቶታት መልሱ።</translation>
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
        <source>Show to a helper</source>
        <translation>ንሓጋዚ ኣርእዩ</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>ሓጺር ጽማቕ ብሆላንድኛ ንወለንተኛ።</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>ቋንቋ፡ ከምኡ&apos;ውን ብዛዕባ እዚ ኣፕ።</translation>
    </message>
    <message>
        <source>What now?</source>
        <translation>ቀጺሉ እንታይ ንግበር?</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>ዝቕጽል ዕለት፦ %1</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>ናይ መወዳእታ መዓልቲ፦ %1</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>ኩሎም ዕለታት ርኣዩ</translation>
    </message>
    <message>
        <source>You may apply from: %1</source>
        <translation>ካብዚ ዕለት ክትሓቱ ትኽእሉ፦ %1</translation>
    </message>
    <message numerus="yes">
        <source>Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.</source>
        <translation>
            <numerusform>በጃኹም %n ሓድሽ ሕቶ መልሱ። ድሕሪኡ Samen ሓደሽቲ ሕግታት ንስድራኹም እንታይ ማለት ምዃኖም ደጊሙ ይፈትሽ።</numerusform>
            <numerusform>በጃኹም %n ሓደሽቲ ሕቶታት መልሱ። ድሕሪኡ Samen ሓደሽቲ ሕግታት ንስድራኹም እንታይ ማለት ምዃኖም ደጊሙ ይፈትሽ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Your earlier answer stays on each person&apos;s page. Show this to a volunteer or a lawyer.</source>
        <translation>እቲ ቀዳማይ መልሲ ኣብ ገጽ ነፍሲ ወከፍ ሰብ ይጸንሕ። ነዚ ንወለንተኛ ወይ ንጠበቓ ኣርእዩ።</translation>
    </message>
    <message>
        <source>Answer the new questions</source>
        <translation>ነቶም ሓደሽቲ ሕቶታት መልሱ</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>ነዚ ኣንቢበዮ ኣለኹ</translation>
    </message>
    <message>
        <source>See the papers</source>
        <translation>ወረቓቕቲ ርኣዩ</translation>
    </message>
    <message>
        <source>Family and papers</source>
        <translation>ስድራን ወረቓቕትን</translation>
    </message>
    <message>
        <source>A letter from the IND came</source>
        <translation>ካብ IND ደብዳቤ መጺኡ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) still missing.</source>
        <translation>
            <numerusform>%Ln ወረቐት ገና ይጎድል።</numerusform>
            <numerusform>%Ln ወረቓቕቲ ገና ይጎድሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>መዘኻኸሪ፦ %1</translation>
    </message>
    <message>
        <source>Help, words and costs</source>
        <translation>ሓገዝ፣ ቃላትን ወጻኢታትን</translation>
    </message>
    <message>
        <source>Who can help, Dutch words explained, what costs money.</source>
        <translation>መን ክሕግዝ ይኽእል፣ መግለጺ ቃላት ሆላንድኛ፣ እንታይ ገንዘብ የኽፍል።</translation>
    </message>
    <message>
        <source>Everything in time. Samen reminds you.</source>
        <translation>ኩሉ ብግዜኡ። Samen የዘኻኽረኩም።</translation>
    </message>
</context>
<context>
    <name>HomeStatus</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln ካልእ</numerusform>
            <numerusform>%Ln ካልኦት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <source>Samen can keep up to %1 people. Remove a person before you add another one.</source>
        <translation>Samen ክሳብ %1 ሰባት ክሕዝ ይኽእል። ቅድሚ ካልእ ሰብ ምውሳኽኩም፡ ሓደ ሰብ ኣልግሱ።</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Who can come?</source>
        <translation>መን ክመጽእ ይኽእል?</translation>
    </message>
    <message>
        <source>The rules could not be loaded. Please install the app again.</source>
        <translation>እቲ ሕግታት ክጽዓን ኣይከኣለን። በጃኹም ነቲ ኣፕ ደጊምኩም ኣእትውዎ።</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>ብዛዕባ፦ %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>ኣይፈልጥን</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>ዝሓለፈ ሕቶ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ዝቕጽል</translation>
    </message>
    <message>
        <source>Who do you want to bring?</source>
        <translation>መን ከተምጽኡ ትደልዩ?</translation>
    </message>
    <message>
        <source>Choose one person. You can add more people after the questions about this person.</source>
        <translation>ሓደ ሰብ ምረጹ። ድሕሪ እቲ ብዛዕባዚ ሰብ ዘሎ ሕቶታት ካልኦት ሰባት ክትውስኹ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>ውጽኢት ርኣዩ</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>ሰብ ምረጹ</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>ካልእ ሰብ ወስኹ</translation>
    </message>
    <message>
        <source>You added these people. Tap a person to check or change their answers. Add another person, or see the result.</source>
        <translation>ነዞም ሰባት ወሲኽኩምዎም። መልስታቱ ንምርኣይ ወይ ንምቕያር ነቲ ሰብ ጠውቑ። ካልእ ሰብ ወስኹ፡ ወይ ውጽኢት ርኣዩ።</translation>
    </message>
    <message>
        <source>Name of %1 (you may leave it empty)</source>
        <translation>ስም %1 (ባዶ ክትገድፍዎ ትኽእሉ ኢኹም)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 ኣልግሱ</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>እዚ ን%1 ምስ መልስታቱ፡ ሰነዳቱ፡ ዕለታቱን መዘኻኸሪታቱን፡ ከምኡ’ውን %Ln ስእሊ ወይ ፋይል ናይ ሰነዳቱ ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</numerusform>
            <numerusform>እዚ ን%1 ምስ መልስታቱ፡ ሰነዳቱ፡ ዕለታቱን መዘኻኸሪታቱን፡ ከምኡ’ውን %Ln ስእልታት ወይ ፋይላት ናይ ሰነዳቱ ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>እዚ ን%1 ምስ መልስታቱ፡ ሰነዳቱ፡ ዕለታቱን መዘኻኸሪታቱን ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>ነዚ ሰብን %Ln ስእልን ደምስሱ</numerusform>
            <numerusform>ነዚ ሰብን %Ln ስእልታትን ደምስሱ</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>እወ፡ ነዚ ሰብ ኣልግስዎ</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>ብዛዕባኹም</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>Family member</source>
        <translation>ኣባል ስድራ</translation>
    </message>
    <message>
        <source>Rules as of %1</source>
        <translation>ሕግታት ከም ናይ %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>ብ%1 ተረጋጊጹ</translation>
    </message>
    <message>
        <source>You applied on %1. That was after the 3 months, which ended on %2.</source>
        <translation>ብ%1 ሓቲትኩም። እዚ ድሕሪ እቶም ብ%2 ዝተወድኡ 3 ኣዋርሕ እዩ ነይሩ።</translation>
    </message>
    <message>
        <source>You applied on %1, within the 3 months.</source>
        <translation>ብ%1 ኣብ ውሽጢ እቶም 3 ኣዋርሕ ሓቲትኩም።</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. This is hard news, but there are still ways. A husband, wife or child can come through the regular route, and a lawyer can check if the IND may accept a late application. Talk to a volunteer soon.</source>
        <translation>እቶም 3 ኣዋርሕ ብ%1 ተወዲኦም። እዚ ከቢድ ዜና እዩ፡ ግን ገና መንገድታት ኣለዉ። ሰብኣይ፡ ሰበይቲ ወይ ቆልዓ ብልሙድ መንገዲ ክመጹ ይኽእሉ፡ ጠበቓ ድማ IND ዝደንጎየ ሕቶ ክትቕበል ትኽእል እንተኾይና ክርኢ ይኽእል። ቀልጢፍኩም ምስ ወለንተኛ ተዘራረቡ።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left. Last day to apply: %1.</source>
        <translation>
            <numerusform>%Ln መዓልቲ ተሪፉ። ናይ መወዳእታ መዓልቲ ምሕታት፦ %1።</numerusform>
            <numerusform>%Ln መዓልታት ተሪፉ። ናይ መወዳእታ መዓልቲ ምሕታት፦ %1።</numerusform>
        </translation>
    </message>
    <message>
        <source>The 3 months end on %1. That day is a Saturday, a Sunday or a public holiday, so the last day moves to the next working day. Do not wait for it: apply before %1 if you can.</source>
        <translation>እቶም 3 ኣዋርሕ ብ%1 ይውድኡ። እታ መዓልቲ ቀዳም፡ ሰንበት ወይ በዓል ስለ ዝኾነት፡ ናይ መወዳእታ መዓልቲ ናብ ዝቕጽል መዓልቲ ስራሕ ትሰጋገር። ኣይትጸበዩዋ፦ እንተ ተኻኢሉ ቅድሚ %1 ሕተቱ።</translation>
    </message>
    <message>
        <source>Apply today. Today is the last day.</source>
        <translation>ሎሚ ሕተቱ። ሎሚ ናይ መወዳእታ መዓልቲ እያ።</translation>
    </message>
    <message>
        <source>The rules changed on 12 June 2026. The day you apply decides which rules count for your family.</source>
        <translation>ሕግታት ብ12 ሰነ (6) 2026 ተቐይሮም። እታ እትሓቱላ መዓልቲ ኣየኖት ሕግታት ንስድራኹም ከም ዝምልከቱ ትውስን።</translation>
    </message>
    <message>
        <source>When were you born?</source>
        <translation>መዓስ ተወሊድኩም?</translation>
    </message>
    <message>
        <source>Some rules depend on your age. Young people who came alone have extra rights.</source>
        <translation>ገለ ሕግታት ኣብ ዕድሜኹም ይምርኮሱ። በይኖም ዝመጹ መንእሰያት ተወሳኺ መሰላት ኣለዎም።</translation>
    </message>
    <message>
        <source>Did you come to the Netherlands alone, before you were 18? Alone means without your father or mother.</source>
        <translation>ቅድሚ 18 ዓመት ምዃንኩም በይንኹም ናብ ኔዘርላንድ መጺእኩም ዲኹም? በይንኹም ማለት ብዘይ ኣቦኹም ወይ ኣዴኹም እዩ።</translation>
    </message>
    <message>
        <source>A child who came alone may bring their parents and their young brothers and sisters.</source>
        <translation>በይኑ ዝመጸ ቆልዓ ንወለዲኡን ንናእሽቱ ኣሕዋቱን ኣሓቱን ከምጽእ ይኽእል።</translation>
    </message>
    <message>
        <source>On which day did you ask for asylum in the Netherlands?</source>
        <translation>ኣብ ኔዘርላንድ ዑቕባ ዝሓተትኩምሉ መዓልቲ መዓስ እዩ?</translation>
    </message>
    <message>
        <source>Which date is on the IND letter that gave you asylum?</source>
        <translation>ኣብቲ ዑቕባ ዝሃበኩም ደብዳቤ IND (ቤት ጽሕፈት ስደትን ዜግነትን ኔዘርላንድ) ዘሎ ዕለት እንታይ እዩ?</translation>
    </message>
    <message>
        <source>You have 3 months from this date to apply for your family with nareis. After that it is much harder.</source>
        <translation>ካብዚ ዕለት ጀሚርኩም ንስድራኹም ብናሬይስ (nareis) ክትሓቱ 3 ኣዋርሕ ኣለኩም። ድሕሪኡ ኣዝዩ ይኸብድ።</translation>
    </message>
    <message>
        <source>Which protection did you get?</source>
        <translation>እንታይ ዓይነት ሓለዋ ረኺብኩም?</translation>
    </message>
    <message>
        <source>Which country are you from?</source>
        <translation>ካበየናይ ሃገር ኢኹም?</translation>
    </message>
    <message>
        <source>Each country has its own papers. We use this to tell you which papers your family can get.</source>
        <translation>ነፍሲ ወከፍ ሃገር ናታ ወረቓቕቲ ኣለዋ። ስድራኹም ኣየኖት ወረቓቕቲ ክረኽቡ ከም ዝኽእሉ ንምንጋርኩም ንጥቀመሉ።</translation>
    </message>
    <message>
        <source>Who is this person to you?</source>
        <translation>እዚ ሰብ እንታይ ይኾነኩም?</translation>
    </message>
    <message>
        <source>The rules are different for a husband or wife, a child, a parent, and a brother or sister.</source>
        <translation>ሕግታት ንሰብኣይ ወይ ሰበይቲ፡ ንቆልዓ፡ ንወላዲ፡ ከምኡ’ውን ንሓው ወይ ሓብቲ ዝተፈላለዩ እዮም።</translation>
    </message>
    <message>
        <source>When was this person born?</source>
        <translation>እዚ ሰብ መዓስ ተወሊዱ?</translation>
    </message>
    <message>
        <source>Nareis is only for family that already existed before you came.</source>
        <translation>ናሬይስ (nareis) ቅድሚ ምምጻእኩም ድሮ ንዝነበረ ስድራ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Is this the husband, wife or partner you choose to bring?</source>
        <translation>እዚ ከተምጽእዎ እትመርጽዎ ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ድዩ?</translation>
    </message>
    <message>
        <source>The law lets only one husband, wife or partner come. You choose who.</source>
        <translation>ሕጊ ሓደ ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ጥራይ ክመጽእ የፍቅድ። መን ከም ዝኸውን ንስኹም ትመርጹ።</translation>
    </message>
    <message>
        <source>Who is the other parent of this child?</source>
        <translation>እቲ ካልእ ወላዲ ናይዚ ቆልዓ መን እዩ?</translation>
    </message>
    <message>
        <source>For a child of a partner who cannot come, you may need advice.</source>
        <translation>ንቆልዓ ናይ ክመጽእ ዘይክእል መጻምድቲ፡ ምኽሪ ከድልየኩም ይኽእል።</translation>
    </message>
    <message>
        <source>Is this person married?</source>
        <translation>እዚ ሰብ ተመርዕዩ ድዩ?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and married cannot come with nareis.</source>
        <translation>18 ዓመት ወይ ልዕሊኡ ዝኾነ ዝተመርዓወ ቆልዓ ብናሬይስ (nareis) ክመጽእ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Does this person have a partner of their own?</source>
        <translation>እዚ ሰብ ናቱ መጻምድቲ ኣለዎ ድዩ?</translation>
    </message>
    <message>
        <source>A child who is 18 or older and has a partner cannot come with nareis.</source>
        <translation>18 ዓመት ወይ ልዕሊኡ ዝኾነ መጻምድቲ ዘለዎ ቆልዓ ብናሬይስ (nareis) ክመጽእ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Does the other parent of this child stay behind?</source>
        <translation>እቲ ካልእ ወላዲ ናይዚ ቆልዓ ኣብ ድሕሪት ይተርፍ ድዩ?</translation>
    </message>
    <message>
        <source>Then that parent must give written permission for the child to come. We put it on the list of papers.</source>
        <translation>ሽዑ እቲ ወላዲ እቲ ቆልዓ ክመጽእ ብጽሑፍ ፍቓድ ክህብ ኣለዎ። ኣብ ዝርዝር ወረቓቕቲ ነእትዎ።</translation>
    </message>
    <message>
        <source>Did you tell the IND about this person during your asylum procedure?</source>
        <translation>ኣብ መስርሕ ዑቕባኹም ብዛዕባዚ ሰብ ንIND ሓቢርኩም ዲኹም?</translation>
    </message>
    <message>
        <source>If the IND never heard of this person, they may doubt that you are family.</source>
        <translation>IND ብዛዕባዚ ሰብ ፈጺማ እንተዘይሰሚዓ፡ ስድራ ምዃንኩም ክትጠራጠር ትኽእል።</translation>
    </message>
    <message>
        <source>Only one husband, wife or partner can come. You chose someone else.</source>
        <translation>ሓደ ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ጥራይ ክመጽእ ይኽእል። ንስኹም ካልእ ሰብ መሪጽኩም።</translation>
    </message>
    <message>
        <source>This is your child, but the other parent is a partner who cannot come. The law is not clear here.</source>
        <translation>እዚ ቆልዓኹም እዩ፡ ግን እቲ ካልእ ወላዲ ክመጽእ ዘይክእል መጻምድቲ እዩ። ሕጊ ኣብዚ ንጹር ኣይኮነን።</translation>
    </message>
    <message>
        <source>This child is not your own, and their parent is a partner who cannot come.</source>
        <translation>እዚ ቆልዓ ናትኩም ኣይኮነን፡ ወላዲኡ ድማ ክመጽእ ዘይክእል መጻምድቲ እዩ።</translation>
    </message>
    <message>
        <source>A husband or wife can only come when both of you are 18 or older.</source>
        <translation>ሰብኣይ ወይ ሰበይቲ ክልቴኹም 18 ዓመት ወይ ልዕሊኡ እንተኾንኩም ጥራይ እዩ ክመጽእ ዝኽእል።</translation>
    </message>
    <message>
        <source>You married after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>ድሕሪ ናብ ኔዘርላንድ ምምጻእኩም ኢኹም ተመርዒኹም። ሽዑ እቲ ልሙድ መንገዲ ጥራይ እዩ ክፉት።</translation>
    </message>
    <message>
        <source>You were married before you came, and you are both 18 or older.</source>
        <translation>ቅድሚ ምምጻእኩም ተመርዒኹም ኔርኩም፡ ክልቴኹም ድማ 18 ዓመት ወይ ልዕሊኡ ኢኹም።</translation>
    </message>
    <message>
        <source>Your relationship started after you came to the Netherlands. Then only the regular route is open.</source>
        <translation>ርክብኩም ድሕሪ ናብ ኔዘርላንድ ምምጻእኩም እዩ ጀሚሩ። ሽዑ እቲ ልሙድ መንገዲ ጥራይ እዩ ክፉት።</translation>
    </message>
    <message>
        <source>The child is under 18 and belonged to your family before you came.</source>
        <translation>እቲ ቆልዓ ትሕቲ 18 ዓመት እዩ፡ ቅድሚ ምምጻእኩም ድማ ኣባል ስድራኹም ነይሩ።</translation>
    </message>
    <message>
        <source>The child is 18 or older and married or has a partner. Such a child cannot come with nareis.</source>
        <translation>እቲ ቆልዓ 18 ዓመት ወይ ልዕሊኡ እዩ፡ ተመርዕዩ ወይ መጻምድቲ ኣለዎ። ከምዚ ዓይነት ቆልዓ ብናሬይስ (nareis) ክመጽእ ኣይክእልን።</translation>
    </message>
    <message>
        <source>You did not tell the IND about this person during your asylum procedure. The IND may doubt that you are family.</source>
        <translation>ኣብ መስርሕ ዑቕባኹም ብዛዕባዚ ሰብ ንIND ኣይሓበርኩምን። IND ስድራ ምዃንኩም ክትጠራጠር ትኽእል።</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. Now only the regular route is open, unless the IND accepts a good reason for the delay.</source>
        <translation>እቶም ድሕሪ ደብዳቤ IND ዝነበሩ 3 ኣዋርሕ ሓሊፎም። ሕጂ IND ንምድንጓይ ጽቡቕ ምኽንያት እንተዘይተቐቢላ፡ እቲ ልሙድ መንገዲ ጥራይ እዩ ክፉት።</translation>
    </message>
    <message>
        <source>The 3 months after your IND letter have passed. For parents and brothers and sisters there is no regular route.</source>
        <translation>እቶም ድሕሪ ደብዳቤ IND ዝነበሩ 3 ኣዋርሕ ሓሊፎም። ንወለዲን ኣሕዋትን ኣሓትን ልሙድ መንገዲ የለን።</translation>
    </message>
    <message>
        <source>Parents and brothers and sisters can only come with nareis when you came alone as a child.</source>
        <translation>ወለዲን ኣሕዋትን ኣሓትን ብናሬይስ (nareis) ክመጹ ዝኽእሉ፡ ንስኹም ከም ቆልዓ በይንኹም እንተመጺእኩም ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>You came alone as a child, so your parents may come. This is true even if you are 18 now.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም፡ ስለዚ ወለድኹም ክመጹ ይኽእሉ። ሕጂ 18 ዓመት እንተኾንኩም’ውን እዚ ሓቂ እዩ።</translation>
    </message>
    <message>
        <source>You came alone as a child, so your brothers and sisters under 18 may come.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም፡ ስለዚ ትሕቲ 18 ዓመት ዝኾኑ ኣሕዋትኩምን ኣሓትኩምን ክመጹ ይኽእሉ።</translation>
    </message>
    <message>
        <source>This brother or sister is 18 or older. The law is not clear for them.</source>
        <translation>እዚ ሓው ወይ ሓብቲ 18 ዓመት ወይ ልዕሊኡ እዩ። ሕጊ ንዕኦም ንጹር ኣይኮነን።</translation>
    </message>
    <message>
        <source>You have refugee status. You were married before you came, and you are both 18 or older.</source>
        <translation>ናይ ስደተኛ ስታቱስ ኣለኩም። ቅድሚ ምምጻእኩም ተመርዒኹም ኔርኩም፡ ክልቴኹም ድማ 18 ዓመት ወይ ልዕሊኡ ኢኹም።</translation>
    </message>
    <message>
        <source>You have refugee status. The child is under 18 and belonged to your family before you came.</source>
        <translation>ናይ ስደተኛ ስታቱስ ኣለኩም። እቲ ቆልዓ ትሕቲ 18 ዓመት እዩ፡ ቅድሚ ምምጻእኩም ድማ ኣባል ስድራኹም ነይሩ።</translation>
    </message>
    <message>
        <source>You came alone as a child and have subsidiary protection. The new law is not clear for this.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም ንኡስ ሓለዋ ድማ ኣለኩም። እቲ ሓድሽ ሕጊ ንዚ ንጹር ኣይኮነን።</translation>
    </message>
    <message>
        <source>We do not know who this person is to you.</source>
        <translation>እዚ ሰብ እንታይ ከም ዝኾነኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know which protection you have. It is in your IND letter.</source>
        <translation>እንታይ ዓይነት ሓለዋ ከም ዘለኩም ኣይንፈልጥን። ኣብ ደብዳቤ IND ኣሎ።</translation>
    </message>
    <message>
        <source>We do not know the date of your IND letter, so we cannot count the 3 months.</source>
        <translation>ዕለት ደብዳቤ IND ኣይንፈልጥን፡ ስለዚ ነቶም 3 ኣዋርሕ ክንቖጽሮም ኣይንኽእልን።</translation>
    </message>
    <message>
        <source>We do not know your age.</source>
        <translation>ዕድሜኹም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know how old you were when you asked for asylum.</source>
        <translation>ዑቕባ ክትሓቱ ከለኹም ክንደይ ዓመትኩም ከም ዝነበረ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if you came alone as a child.</source>
        <translation>ከም ቆልዓ በይንኹም ከም ዝመጻእኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know the age of this person.</source>
        <translation>ዕድሜ ናይዚ ሰብ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if you were already family before you came.</source>
        <translation>ቅድሚ ምምጻእኩም ድሮ ስድራ ከም ዝነበርኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if you told the IND about this person.</source>
        <translation>ብዛዕባዚ ሰብ ንIND ከም ዝሓበርኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if this person is married.</source>
        <translation>እዚ ሰብ ከም ዝተመርዓወ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if this person has a partner of their own.</source>
        <translation>እዚ ሰብ ናቱ መጻምድቲ ከም ዘለዎ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know which husband, wife or partner you choose.</source>
        <translation>ኣየናይ ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ከም እትመርጹ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>ኣብ ውሽጢ 3 ኣዋርሕ ድሕሪ እቲ ኣብ ደብዳቤ IND ዘሎ ዕለት ሕተቱ።</translation>
    </message>
    <message>
        <source>Look at the IND letter that says you may stay (in Dutch: beschikking). The date is at the top of the first page, under the address of the IND. It is not the date on your residence card: that is the day you asked for asylum.</source>
        <translation>ነታ ክትጸንሑ ከም እትኽእሉ እትገልጽ ደብዳቤ IND (ብሆላንድኛ፦ beschikking) ርኣዩ። እቲ ዕለት ኣብ ላዕሊ ናይ ቀዳመይቲ ገጽ፡ ትሕቲ ኣድራሻ IND ኣሎ። ኣብ ካርድ መንበሪኹም ዘሎ ዕለት ኣይኮነን፦ እዚ ዑቕባ ዝሓተትኩምላ መዓልቲ እዩ።</translation>
    </message>
    <message>
        <source>This date is on your residence card, after &quot;valid from&quot; (in Dutch: geldig vanaf).</source>
        <translation>እዚ ዕለት ኣብ ካርድ መንበሪኹም፡ ድሕሪ «ካብ … ዝሰርሕ» (ብሆላንድኛ፦ geldig vanaf) ኣሎ።</translation>
    </message>
    <message>
        <source>It is in your IND letter. &quot;Vluchteling&quot; means refugee status. &quot;Subsidiaire bescherming&quot; means subsidiary protection.</source>
        <translation>ኣብ ደብዳቤ IND ኣሎ። «Vluchteling» ማለት ናይ ስደተኛ ስታቱስ እዩ። «Subsidiaire bescherming» ማለት ንኡስ ሓለዋ እዩ።</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>ናይ ስደተኛ ስታቱስ (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>ንኡስ ሓለዋ (b-status)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>ሶርያ</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>ኤርትራ</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>ኣፍጋኒስታን</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>ሶማልያ</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>የመን</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>ካልእ ሃገር</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ሰብኣይ ወይ ሰበይቲ</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>መጻምድቲ (ዘይተመርዓወ)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ቆልዓ</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>ብጉዲፈቻ ዝተወሰደ ቆልዓ</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>ዘዕበኹምዎ ቆልዓ</translation>
    </message>
    <message>
        <source>Child of your partner</source>
        <translation>ቆልዓ ናይ መጻምድትኹም</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>ኣቦ ወይ ኣደ</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>ሓው ወይ ሓብቲ</translation>
    </message>
    <message>
        <source>Can come with nareis</source>
        <translation>ብናሬይስ (nareis) ክመጽእ ይኽእል</translation>
    </message>
    <message>
        <source>Only the regular route</source>
        <translation>ልሙድ መንገዲ ጥራይ</translation>
    </message>
    <message>
        <source>Must wait</source>
        <translation>ክጽበ ኣለዎ</translation>
    </message>
    <message>
        <source>Cannot come with nareis</source>
        <translation>ብናሬይስ (nareis) ክመጽእ ኣይክእልን</translation>
    </message>
    <message>
        <source>Ask for advice</source>
        <translation>ምኽሪ ሕተቱ</translation>
    </message>
    <message>
        <source>Apply before the deadline. Nareis is free and there is no income requirement. Start gathering the papers now.</source>
        <translation>ቅድሚ እቲ ናይ መወዳእታ ዕለት ሕተቱ። ናሬይስ (nareis) ብነጻ እዩ፡ ናይ እቶት ቅድመ ኩነት የብሉን። ሕጂ ወረቓቕቲ ምእካብ ጀምሩ።</translation>
    </message>
    <message>
        <source>The regular route asks for an income, fees and health insurance. Talk to a volunteer or a lawyer before you apply.</source>
        <translation>እቲ ልሙድ መንገዲ እቶት፡ ክፍሊትን ናይ ጥዕና መድሕንን ይሓትት። ቅድሚ ምሕታትኩም ምስ ወለንተኛ ወይ ጠበቓ ተዘራረቡ።</translation>
    </message>
    <message>
        <source>You cannot apply yet. Keep your papers ready, and talk to a volunteer about income and housing.</source>
        <translation>ገና ክትሓቱ ኣይትኽእሉን። ወረቓቕትኹም ኣዳልዉ፡ ብዛዕባ እቶትን መንበሪ ገዛን ምስ ወለንተኛ ተዘራረቡ።</translation>
    </message>
    <message>
        <source>If your situation is special, a lawyer can check it. You can find a lawyer through the Juridisch Loket.</source>
        <translation>ኩነታትኩም ፍሉይ እንተኾይኑ፡ ጠበቓ ክርእዮ ይኽእል። ብመንገዲ Juridisch Loket ጠበቓ ክትረኽቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>The rules are not clear for this situation. Show this screen to a volunteer of VluchtelingenWerk, or to a lawyer through the Juridisch Loket.</source>
        <translation>ሕግታት ንዚ ኩነታት ንጹራት ኣይኮኑን። ነዚ ስክሪን ንወለንተኛ ናይ VluchtelingenWerk፡ ወይ ብመንገዲ Juridisch Loket ንጠበቓ ኣርእይዎ።</translation>
    </message>
    <message>
        <source>This date is after the day you apply. Please check it.</source>
        <translation>እዚ ዕለት ድሕሪ እትሓቱላ መዓልቲ እዩ። በጃኹም ኣረጋግጽዎ።</translation>
    </message>
    <message>
        <source>You already chose another husband, wife or partner. Only one can come.</source>
        <translation>ድሮ ካልእ ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ መሪጽኩም። ሓደ ጥራይ ክመጽእ ይኽእል።</translation>
    </message>
    <message>
        <source>This date does not fit with a date you gave before. Please check both dates.</source>
        <translation>እዚ ዕለት ምስቲ ቅድሚ ሕጂ ዝሃብኩምዎ ዕለት ኣይሰማማዕን። በጃኹም ክልቲኦም ዕለታት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This answer does not fit. Please check it.</source>
        <translation>እዚ መልሲ ኣይሰማማዕን። በጃኹም ኣረጋግጽዎ።</translation>
    </message>
    <message numerus="yes">
        <source>You can apply from about %1, in about %Ln days. Check the exact date with a lawyer.</source>
        <translation>
            <numerusform>ካብ %1 ኣቢሉ ጀሚርኩም ክትሓቱ ትኽእሉ፡ ማለት ድሕሪ ኣስታት %Ln መዓልቲ። ነቲ ልክዕ ዕለት ምስ ጠበቓ ኣረጋግጹ።</numerusform>
            <numerusform>ካብ %1 ኣቢሉ ጀሚርኩም ክትሓቱ ትኽእሉ፡ ማለት ድሕሪ ኣስታት %Ln መዓልታት። ነቲ ልክዕ ዕለት ምስ ጠበቓ ኣረጋግጹ።</numerusform>
        </translation>
    </message>
    <message>
        <source>You can apply from about %1. Check the exact date with a lawyer.</source>
        <translation>ካብ %1 ኣቢሉ ጀሚርኩም ክትሓቱ ትኽእሉ። ነቲ ልክዕ ዕለት ምስ ጠበቓ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>If you came alone as a child, your age on that day counts. For a child of yours who is 18 or older now, the child&apos;s age on that day counts: a child who was under 18 then may still count as a child.</source>
        <translation>ከም ቆልዓ በይንኹም እንተመጺእኩም፡ ዕድሜኹም ኣብታ መዓልቲ እዩ ዝቖጽር። ሕጂ 18 ዓመት ወይ ልዕሊኡ ንዝኾነ ቆልዓኹም፡ ዕድሜ እቲ ቆልዓ ኣብታ መዓልቲ እዩ ዝቖጽር፦ ሽዑ ትሕቲ 18 ዝነበረ ቆልዓ ገና ከም ቆልዓ ክቑጸር ይኽእል።</translation>
    </message>
    <message>
        <source>Some rules depend on age: under 18, or 18 and older.</source>
        <translation>ገለ ሕግታት ኣብ ዕድሜ ይምርኮሱ፦ ትሕቲ 18፡ ወይ 18 ወይ ልዕሊኡ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not decided yet. Whether the IND decided before that day changes which rules count for your family.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ IND ነቶም ሓደሽትን ዝያዳ ተሪርን ሕግታት ኣብቶም ገና ዘይወሰነትሎም ሕቶታት’ውን ትጥቀመሎም። IND ቅድሚ እታ መዓልቲ ወሲና እንተነይራ ወይ ዘይነበረት፡ ኣየኖት ሕግታት ንስድራኹም ከም ዝምልከቱ ይቕይር።</translation>
    </message>
    <message>
        <source>On which day did the IND decide on the application for your family?</source>
        <translation>IND ብዛዕባ እቲ ንስድራኹም ዝምልከት ሕቶ ኣብ ኣየናይ መዓልቲ ወሲና?</translation>
    </message>
    <message>
        <source>A decision from before 12 June 2026 was made under the old rules. A later decision may use the new rules.</source>
        <translation>ቅድሚ 12 ሰነ (6) 2026 ዝተዋህበ ውሳነ ብናይ ቀደም ሕግታት እዩ ተዋሂቡ። ድሒሩ ዝተዋህበ ውሳነ ነቶም ሓደሽቲ ሕግታት ክጥቀም ይኽእል።</translation>
    </message>
    <message>
        <source>Did you get your own residence permit through nareis, because a family member in the Netherlands asked for you?</source>
        <translation>ናይ ገዛእ ርእስኹም ፍቓድ መንበሪ ብናሬይስ (nareis) ረኺብኩም ዶ፡ ኣብ ኔዘርላንድ ዘሎ ኣባል ስድራኹም ስለ ዝሓተተልኩም?</translation>
    </message>
    <message>
        <source>Someone who came through nareis cannot bring family with nareis. Then a lawyer must look at your situation.</source>
        <translation>ብናሬይስ (nareis) ዝመጸ ሰብ ስድራ ብናሬይስ (nareis) ከምጽእ ኣይክእልን። ሽዑ ጠበቓ ንኩነታትኩም ክርእዮ ኣለዎ።</translation>
    </message>
    <message>
        <source>Do you live together with a new partner here in the Netherlands?</source>
        <translation>ምስ ሓድሽ መጻምድቲ ኣብዚ ኣብ ኔዘርላንድ ብሓባር ትነብሩ ዶ?</translation>
    </message>
    <message>
        <source>If you live with a new partner here, the IND may not let a husband, wife or partner from abroad come with nareis. Your answer stays on this phone. Nobody else sees it.</source>
        <translation>ምስ ሓድሽ መጻምድቲ ኣብዚ እንተንበርኩም፡ IND ንሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ካብ ወጻኢ ብናሬይስ (nareis) ክመጹ ኣይተፍቅድን ትኸውን። መልስኹም ኣብዚ ተሌፎን ይተርፍ። ካልእ ሰብ ኣይርእዮን።</translation>
    </message>
    <message>
        <source>Do you now have a husband, wife, partner or child of your own here in the Netherlands?</source>
        <translation>ሕጂ ኣብዚ ኣብ ኔዘርላንድ ናይ ገዛእ ርእስኹም ሰብኣይ፡ ሰበይቲ፡ መጻምድቲ ወይ ቆልዓ ኣለኩም ዶ?</translation>
    </message>
    <message>
        <source>You came alone as a child. If you now have a family of your own here, the rules for bringing your parents can change. Then you need advice.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም። ሕጂ ኣብዚ ናይ ገዛእ ርእስኹም ስድራ እንተሃልዩኩም፡ ንወለድኹም ንምምጻእ ዘለዉ ሕግታት ክቕየሩ ይኽእሉ። ሽዑ ምኽሪ የድልየኩም።</translation>
    </message>
    <message>
        <source>Is your marriage registered by the government, with an official marriage certificate? A wedding only in a mosque or church, or only with the families, is not registered.</source>
        <translation>መርዓኹም ብመንግስቲ ተመዝጊቡ ዶ፡ ምስ ወግዓዊ ምስክር ወረቐት መርዓ? ኣብ መስጊድ ወይ ቤተ ክርስቲያን ጥራይ፡ ወይ ምስ ስድራቤታት ጥራይ ዝተገብረ መርዓ ምዝጉብ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Under the new rules only a registered marriage counts as a marriage. For a religious or traditional marriage you need advice.</source>
        <translation>ብመሰረት ሓደሽቲ ሕግታት፡ ዝተመዝገበ መርዓ ጥራይ እዩ ከም መርዓ ዝቑጸር። ንሃይማኖታዊ ወይ ባህላዊ መርዓ ምኽሪ የድልየኩም።</translation>
    </message>
    <message>
        <source>You came to the Netherlands through nareis yourself. Then you cannot bring family with nareis. A lawyer must look at your situation.</source>
        <translation>ንስኹም ባዕልኹም ብናሬይስ (nareis) ናብ ኔዘርላንድ መጺእኩም። ሽዑ ስድራ ብናሬይስ (nareis) ከተምጽኡ ኣይትኽእሉን። ጠበቓ ንኩነታትኩም ክርእዮ ኣለዎ።</translation>
    </message>
    <message>
        <source>You live with a new partner in the Netherlands. Then the IND may not let a husband, wife or partner from abroad come. A lawyer must look at this.</source>
        <translation>ምስ ሓድሽ መጻምድቲ ኣብ ኔዘርላንድ ትነብሩ። ሽዑ IND ንሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ ካብ ወጻኢ ክመጹ ኣይተፍቅድን ትኸውን። ጠበቓ ነዚ ክርእዮ ኣለዎ።</translation>
    </message>
    <message>
        <source>You came alone as a child, and now you have a family of your own here. The IND may say that the bond with your parents is broken. Ask for advice.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም፡ ሕጂ ድማ ኣብዚ ናይ ገዛእ ርእስኹም ስድራ ኣለኩም። IND እቲ ምስ ወለድኹም ዘለኩም ርክብ ተቛሪጹ ክትብል ትኽእል። ምኽሪ ሕተቱ።</translation>
    </message>
    <message>
        <source>The child is 18 or older now, but was under 18 on the day you asked for asylum, and you apply within the 3 months. Then the child still counts as a child (European Court of Justice, case C-279/20).</source>
        <translation>እቲ ቆልዓ ሕጂ 18 ዓመት ወይ ልዕሊኡ እዩ፡ ግን ኣብታ ዑቕባ ዝሓተትኩምላ መዓልቲ ትሕቲ 18 ነይሩ፡ ንስኹም ድማ ኣብ ውሽጢ እቶም 3 ኣዋርሕ ትሓቱ። ሽዑ እቲ ቆልዓ ገና ከም ቆልዓ ይቑጸር (ቤት ፍርዲ ፍትሒ ኤውሮጳ፡ ጉዳይ C-279/20)።</translation>
    </message>
    <message>
        <source>The child is 18 or older. The IND only says yes when the child depends on you much more than usual. The IND also looks at reasons against it: the child lives on their own, earns their own money, or has a child of their own.</source>
        <translation>እቲ ቆልዓ 18 ዓመት ወይ ልዕሊኡ እዩ። IND እወ እትብል፡ እቲ ቆልዓ ካብ ልሙድ ንላዕሊ ኣዝዩ ኣባኹም ዝምርኮስ እንተኾይኑ ጥራይ እዩ። IND ነቶም ኣንጻሩ ዘለዉ ምኽንያታት’ውን ትርኢ፦ እቲ ቆልዓ በይኑ ይነብር፡ ናይ ገዛእ ርእሱ ገንዘብ ይረክብ፡ ወይ ናይ ገዛእ ርእሱ ቆልዓ ኣለዎ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026 only a registered marriage counts. A religious or traditional marriage that was never registered is not enough for nareis. There may be other ways: see a lawyer.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ ዝተመዝገበ መርዓ ጥራይ እዩ ዝቑጸር። ፈጺሙ ዘይተመዝገበ ሃይማኖታዊ ወይ ባህላዊ መርዓ ንናሬይስ (nareis) ኣይኣኽልን። ካልእ መንገድታት ክህልዉ ይኽእሉ፦ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>You came alone as a child. It is not yet sure if your brothers and sisters can still come under the new rules. Ask for advice.</source>
        <translation>ከም ቆልዓ በይንኹም መጺእኩም። ኣሕዋትኩምን ኣሓትኩምን ብሓደሽቲ ሕግታት ገና ክመጹ ይኽእሉ እንተኾይኖም ክሳብ ሕጂ ርግጸኛ ኣይኮነን። ምኽሪ ሕተቱ።</translation>
    </message>
    <message>
        <source>We do not know if you got your own permit through nareis.</source>
        <translation>ናይ ገዛእ ርእስኹም ፍቓድ ብናሬይስ (nareis) ረኺብኩም እንተኾንኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if you live with a new partner in the Netherlands.</source>
        <translation>ምስ ሓድሽ መጻምድቲ ኣብ ኔዘርላንድ ትነብሩ እንተኾንኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if you have a family of your own in the Netherlands.</source>
        <translation>ኣብ ኔዘርላንድ ናይ ገዛእ ርእስኹም ስድራ እንተሎኩም ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know if your marriage is registered.</source>
        <translation>መርዓኹም ተመዝጊቡ እንተኾይኑ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>We do not know the day you asked for asylum. For a child of 18 or older, the child&apos;s age on that day counts.</source>
        <translation>ዑቕባ ዝሓተትኩምላ መዓልቲ ኣይንፈልጣን። ን18 ዓመት ወይ ልዕሊኡ ዝኾነ ቆልዓ፡ ዕድሜ እቲ ቆልዓ ኣብታ መዓልቲ እዩ ዝቖጽር።</translation>
    </message>
    <message>
        <source>We do not know who the other parent of this child is. Under the new rules this matters.</source>
        <translation>እቲ ካልኣይ ወላዲ እዚ ቆልዓ መን ምዃኑ ኣይንፈልጥን። ብመሰረት ሓደሽቲ ሕግታት እዚ ኣገዳሲ እዩ።</translation>
    </message>
    <message>
        <source>You apply before 12 June 2026, so the rules from before that day count.</source>
        <translation>ቅድሚ 12 ሰነ (6) 2026 ትሓቱ፡ ስለዚ እቶም ቅድሚ እታ መዓልቲ ዝነበሩ ሕግታት እዮም ዝምልከቱ።</translation>
    </message>
    <message>
        <source>The IND decided on your application before 12 June 2026, so the rules from before that day count.</source>
        <translation>IND ብዛዕባ ሕቶኹም ቅድሚ 12 ሰነ (6) 2026 ወሲና፡ ስለዚ እቶም ቅድሚ እታ መዓልቲ ዝነበሩ ሕግታት እዮም ዝምልከቱ።</translation>
    </message>
    <message>
        <source>You applied before 12 June 2026, and the IND had not decided by then. The IND uses the new rules for such applications too. Courts are testing this.</source>
        <translation>ቅድሚ 12 ሰነ (6) 2026 ሓቲትኩም፡ IND ድማ ክሳብ እታ መዓልቲ ኣይወሰነትን። IND ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም። ቤት ፍርድታት ነዚ ይፍትንዎ ኣለዉ።</translation>
    </message>
    <message>
        <source>The IND decided on your application after 12 June 2026. It uses the new rules for such applications too. Courts are testing this.</source>
        <translation>IND ብዛዕባ ሕቶኹም ድሕሪ 12 ሰነ (6) 2026 ወሲና። ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም። ቤት ፍርድታት ነዚ ይፍትንዎ ኣለዉ።</translation>
    </message>
    <message>
        <source>You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is not yet sure from which day the 2 years count (the date of your IND letter or the start of your permit): check the exact date with a lawyer. After that you need an income and your own home.</source>
        <translation>ንኡስ ሓለዋ ኣለኩም። ካብ 12 ሰነ (6) 2026 ጀሚሩ ኣስታት 2 ዓመት ክትጽበዩ ኣለኩም። እቶም 2 ዓመት ካብ ኣየናይ መዓልቲ ከም ዝቑጸሩ ገና ርግጸኛ ኣይኮነን (ዕለት ደብዳቤ IND ወይ መጀመርታ ፍቓድኩም)፦ ነቲ ልክዕ ዕለት ምስ ጠበቓ ኣረጋግጹ። ድሕሪኡ እቶትን ናትኩም ገዛን የድልየኩም።</translation>
    </message>
    <message>
        <source>You have subsidiary protection and about 2 years have passed. Now you need an income and your own home. Check with a lawyer that the 2 years are really over.</source>
        <translation>ንኡስ ሓለዋ ኣለኩም፡ ኣስታት 2 ዓመት ድማ ሓሊፎም። ሕጂ እቶትን ናትኩም ገዛን የድልየኩም። እቶም 2 ዓመት ብሓቂ ከም ዝተወድኡ ምስ ጠበቓ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a partner you are not married to can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ ዘይተመርዓኹምዎ መጻምድቲ ብመሰረቱ ብናሬይስ (nareis) ክመጽእ ኣይክእልን እዩ። ፍሉያት ኩነታት ኣለዉ፦ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. There are exceptions: see a lawyer.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ 18 ዓመት ወይ ልዕሊኡ ዝኾነ ቆልዓ ብመሰረቱ ክመጽእ ኣይክእልን እዩ። IND እቲ ቆልዓ በይኑ ይነብር እንተኾይኑ፡ ገንዘብ ይረክብ እንተኾይኑ ወይ ቆልዓ እንተለዎ’ውን ትርኢ። ፍሉያት ኩነታት ኣለዉ፦ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026 a foster child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ ዘዕበኹምዎ ቆልዓ ብመሰረቱ ብናሬይስ (nareis) ክመጽእ ኣይክእልን እዩ። ፍሉያት ኩነታት ኣለዉ፦ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>If you got a letter from the IND that says yes or no to the application for your family (in Dutch: beschikking), the IND has decided. A letter that only says the IND received your application is not a decision.</source>
        <translation>ካብ IND ንሕቶ ስድራኹም እወ ወይ ኣይፋል ዝብል ደብዳቤ እንተረኺብኩም (ብሆላንድኛ፦ beschikking)፡ IND ወሲና ኣላ። IND ሕቶኹም ከም ዝተቐበለት ጥራይ ዝብል ደብዳቤ ውሳነ ኣይኮነን።</translation>
    </message>
    <message>
        <source>The date is at the top of the first page of the IND letter with the decision.</source>
        <translation>እቲ ዕለት ኣብ ላዕሊ ናይ ቀዳመይቲ ገጽ ናይቲ ውሳነ ዘለዎ ደብዳቤ IND ኣሎ።</translation>
    </message>
    <message>
        <source>A registered marriage has an official marriage certificate from the government of the country where you married.</source>
        <translation>ዝተመዝገበ መርዓ ካብ መንግስቲ እታ ዝተመርዓኹምላ ሃገር ወግዓዊ ምስክር ወረቐት መርዓ ኣለዎ።</translation>
    </message>
    <message>
        <source>This date is in the future. Please choose a day that has passed.</source>
        <translation>እዚ ዕለት ኣብ መጻኢ እዩ። በጃኹም ዝሓለፈት መዓልቲ ምረጹ።</translation>
    </message>
    <message>
        <source>The IND cannot decide before the day you applied. Please check both dates.</source>
        <translation>IND ቅድሚ እታ ዝሓተትኩምላ መዓልቲ ክትውስን ኣይትኽእልን። በጃኹም ክልቲኡ ዕለታት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>About you: question %1 of %2</source>
        <translation>ብዛዕባኹም፦ ሕቶ %1 ካብ %2</translation>
    </message>
    <message>
        <source>Person %1 of %2: question %3 of %4</source>
        <translation>ሰብ %1 ካብ %2፦ ሕቶ %3 ካብ %4</translation>
    </message>
    <message>
        <source>Have you already sent the application for your family to the IND?</source>
        <translation>ነቲ ንስድራኹም ዝምልከት ሕቶ ድሮ ናብ IND ሰዲድኩምዎ ዶ?</translation>
    </message>
    <message>
        <source>If you have not sent it yet, we count from today. If you sent it, the day you sent it decides which rules count for your family.</source>
        <translation>ገና እንተዘይሰዲድኩምዎ፡ ካብ ሎሚ ንቖጽር። እንተሰዲድኩምዎ፡ እታ ዝሰደድኩምዎ መዓልቲ ኣየኖት ሕግታት ንስድራኹም ከም ዝምልከቱ ትውስን።</translation>
    </message>
    <message>
        <source>On which day did you send the application for your family?</source>
        <translation>ነቲ ንስድራኹም ዝምልከት ሕቶ ኣብ ኣየናይ መዓልቲ ሰዲድኩምዎ?</translation>
    </message>
    <message>
        <source>Were you already married or together before you came to the Netherlands?</source>
        <translation>ቅድሚ ናብ ኔዘርላንድ ምምጻእኩም ድሮ ተመርዒኹም ወይ ብሓባር ኔርኩም ዶ?</translation>
    </message>
    <message>
        <source>Was this child already part of your family before you came to the Netherlands?</source>
        <translation>እዚ ቆልዓ ቅድሚ ናብ ኔዘርላንድ ምምጻእኩም ድሮ ኣባል ስድራኹም ነይሩ ዶ?</translation>
    </message>
    <message>
        <source>Nareis is only for children who already belonged to your family before you came.</source>
        <translation>ናሬይስ (nareis) ቅድሚ ምምጻእኩም ድሮ ኣባላት ስድራኹም ንዝነበሩ ቆልዑ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>It is on the letter or e-mail in which the IND confirms your application. If you do not know the day, choose &quot;I don&apos;t know&quot;.</source>
        <translation>ኣብታ IND ሕቶኹም ዘረጋገጸትላ ደብዳቤ ወይ ኢመይል ኣሎ። ነታ መዓልቲ እንተዘይፈሊጥኩማ፡ «ኣይፈልጥን» ምረጹ።</translation>
    </message>
    <message>
        <source>Someone else, who is not in this application</source>
        <translation>ካልእ ሰብ፡ ኣብዚ ሕቶ ዘየለ</translation>
    </message>
    <message>
        <source>The 3 months ended on %1. If you sent the application on or before that day, you were in time. The IND letter that confirms your application shows the day.</source>
        <translation>እቶም 3 ኣዋርሕ ብ%1 ወዲኦም። ነቲ ሕቶ ኣብታ መዓልቲ ወይ ቅድሚኣ እንተሰዲድኩምዎ፡ ብግዜኹም ኢኹም ሰዲድኩምዎ። እታ IND ሕቶኹም ዘረጋገጸትላ ደብዳቤ ነታ መዓልቲ ተርኢ።</translation>
    </message>
    <message>
        <source>You applied within the 3 months, which end on %1.</source>
        <translation>ኣብ ውሽጢ እቶም 3 ኣዋርሕ ሓቲትኩም። ብ%1 እዮም ዝውድኡ።</translation>
    </message>
    <message>
        <source>Since 12 June 2026, people with subsidiary protection must wait about 2 years before they can bring their family.</source>
        <translation>ካብ 12 ሰነ (6) 2026 ጀሚሩ፡ ንኡስ ሓለዋ ዘለዎም ሰባት ስድራኦም ቅድሚ ምምጻኦም ኣስታት 2 ዓመት ክጽበዩ ኣለዎም።</translation>
    </message>
    <message>
        <source>The parent of this child is not your husband or wife by a registered marriage in this application. Since 12 June 2026 such a child can in principle no longer come with nareis. There are exceptions: see a lawyer.</source>
        <translation>ወላዲ እዚ ቆልዓ ኣብዚ ሕቶ ብዝተመዝገበ መርዓ ሰብኣይኩም ወይ ሰበይትኹም ኣይኮነን። ካብ 12 ሰነ (6) 2026 ጀሚሩ ከምዚ ዓይነት ቆልዓ ብመሰረቱ ብናሬይስ (nareis) ክመጽእ ኣይክእልን እዩ። ፍሉያት ኩነታት ኣለዉ፦ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>We do not know all the dates that decide which rules count: when you applied, or if the IND decided before 12 June 2026. So we show the careful answer: the new rules may count.</source>
        <translation>ኣየኖት ሕግታት ከም ዝምልከቱ ዝውስና ዕለታት ኩለን ኣይንፈልጥን፦ መዓስ ከም ዝሓተትኩም፡ ወይ IND ቅድሚ 12 ሰነ (6) 2026 ወሲና እንተኾይና። ስለዚ ነቲ ጥንቁቕ መልሲ ነርኢ፦ እቶም ሓደሽቲ ሕግታት ክምልከቱ ይኽእሉ።</translation>
    </message>
    <message>
        <source>The partner is under 18. The law is not clear for this. Ask for advice.</source>
        <translation>እቲ መጻምድቲ ትሕቲ 18 ዓመት እዩ። ሕጊ ንዚ ንጹር ኣይኮነን። ምኽሪ ሕተቱ።</translation>
    </message>
    <message>
        <source>You were already together before you came.</source>
        <translation>ቅድሚ ምምጻእኩም ድሮ ብሓባር ኔርኩም።</translation>
    </message>
    <message>
        <source>The child did not belong to your family before you came. The law is not clear for this. Ask for advice.</source>
        <translation>እቲ ቆልዓ ቅድሚ ምምጻእኩም ኣባል ስድራኹም ኣይነበረን። ሕጊ ንዚ ንጹር ኣይኮነን። ምኽሪ ሕተቱ።</translation>
    </message>
    <message>
        <source>You have subsidiary protection, so you can apply only after about 2 years. By then this child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle no longer come. See a lawyer now.</source>
        <translation>ንኡስ ሓለዋ ስለ ዘለኩም፡ ድሕሪ ኣስታት 2 ዓመት ጥራይ ክትሓቱ ትኽእሉ። ሽዑ እዚ ቆልዓ 18 ዓመት ወይ ልዕሊኡ ክኸውን እዩ፡ ካብ 12 ሰነ (6) 2026 ጀሚሩ ድማ 18 ዓመት ወይ ልዕሊኡ ዝዕድሚኡ ቆልዓ ብመሰረቱ ክመጽእ ኣይክእልን እዩ። ሕጂ ናብ ጠበቓ ኪዱ።</translation>
    </message>
    <message>
        <source>We do not know the day you sent the application. It decides which rules count and if you were in time. The IND letter that confirms your application shows it.</source>
        <translation>ነቲ ሕቶ ዝሰደድኩምሉ መዓልቲ ኣይንፈልጦን። ኣየኖት ሕግታት ከም ዝምልከቱን ብግዜኹም ከም ዝሰደድኩምን ዝውስን ንሱ እዩ። እታ IND ሕቶኹም ዘረጋገጸትላ ደብዳቤ ተርእዮ።</translation>
    </message>
    <message>
        <source>Has the IND already decided on your application (a yes or a no)?</source>
        <translation>IND ኣብ ሕቶኹም ድሮ ውሳነ ሂባ ድያ (እወ ወይ ኣይፋል)?</translation>
    </message>
    <message>
        <source>The application is sent. Answer every IND letter before the date in it, and keep the papers ready.</source>
        <translation>ሕቶ ተላኢኹ ኣሎ። ንነፍሲ ወከፍ ደብዳቤ IND ቅድሚ እቲ ኣብኡ ተጻሒፉ ዘሎ ዕለት ምለሱ፣ ወረቓቕቲ ድማ ድልዋት ኣቐምጡ።</translation>
    </message>
    <message>
        <source>Your application is from 12 June 2026 or later, so the new rules count.</source>
        <translation>ሕቶኹም ካብ 12 ሰነ (6) 2026 ወይ ድሕሪኡ እዩ፡ ስለዚ እቶም ሓደሽቲ ሕግታት እዮም ዝምልከቱ።</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: people with subsidiary protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>እዚ ዝምልከት፡ ነቲ ሕቶ ቅድሚ 12 ሰነ (6) 2026 እንተሰዲድኩምዎን IND ክሳብ እታ መዓልቲ እንተዘይወሰነትን እዩ። ሕጂ IND ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም፦ ንኡስ ሓለዋ ዘለዎም ሰባት ኣስታት 2 ዓመት ክጽበዩ ኣለዎም። ቤት ፍርድታት ነዚ ገና ይፍትንዎ ኣለዉ። ሕጂ ናብ ጠበቓ ኪዱ። ብመንገዲ Juridisch Loket ናጻ ሕጋዊ ሓገዝ ክርከብ ይከኣል።</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: only a husband or wife of a registered marriage and children under 18 can come. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>እዚ ዝምልከት፡ ነቲ ሕቶ ቅድሚ 12 ሰነ (6) 2026 እንተሰዲድኩምዎን IND ክሳብ እታ መዓልቲ እንተዘይወሰነትን እዩ። ሕጂ IND ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም፦ ሰብኣይ ወይ ሰበይቲ ናይ ዝተመዝገበ መርዓን ትሕቲ 18 ዓመት ዘለዉ ቆልዑን ጥራይ እዮም ክመጹ ዝኽእሉ። ቤት ፍርድታት ነዚ ገና ይፍትንዎ ኣለዉ። ሕጂ ናብ ጠበቓ ኪዱ። ብመንገዲ Juridisch Loket ናጻ ሕጋዊ ሓገዝ ክርከብ ይከኣል።</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications: a child of 18 or older can in principle no longer come. The IND also looks at whether the child lives on their own, earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>እዚ ዝምልከት፡ ነቲ ሕቶ ቅድሚ 12 ሰነ (6) 2026 እንተሰዲድኩምዎን IND ክሳብ እታ መዓልቲ እንተዘይወሰነትን እዩ። ሕጂ IND ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም፦ 18 ዓመት ወይ ልዕሊኡ ዝኾነ ቆልዓ ብመሰረቱ ክመጽእ ኣይክእልን እዩ። IND እቲ ቆልዓ በይኑ ይነብር እንተኾይኑ፡ ገንዘብ ይረክብ እንተኾይኑ ወይ ቆልዓ እንተለዎ’ውን ትርኢ። ቤት ፍርድታት ነዚ ገና ይፍትንዎ ኣለዉ። ሕጂ ናብ ጠበቓ ኪዱ። ብመንገዲ Juridisch Loket ናጻ ሕጋዊ ሓገዝ ክርከብ ይከኣል።</translation>
    </message>
    <message>
        <source>This applies if you sent the application before 12 June 2026 and the IND had not decided by then. The IND now also uses the new rules for such applications, and it is not sure if brothers and sisters can still come. See a lawyer now. Free legal help is possible through the Juridisch Loket.</source>
        <translation>እዚ ዝምልከት፡ ነቲ ሕቶ ቅድሚ 12 ሰነ (6) 2026 እንተሰዲድኩምዎን IND ክሳብ እታ መዓልቲ እንተዘይወሰነትን እዩ። ሕጂ IND ነቶም ሓደሽቲ ሕግታት ኣብ ከምዚኦም ዝኣመሰሉ ሕቶታት’ውን ትጥቀመሎም፡ ኣሕዋትን ኣሓትን ገና ክመጹ ይኽእሉ እንተኾይኖም ድማ ርግጸኛ ኣይኮነን። ሕጂ ናብ ጠበቓ ኪዱ። ብመንገዲ Juridisch Loket ናጻ ሕጋዊ ሓገዝ ክርከብ ይከኣል።</translation>
    </message>
</context>
<context>
    <name>JourneyGuide</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays, e.g. Monday to Friday</comment>
        <translation>ካብ %1 ክሳብ %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Opening hours: the days (e.g. &quot;Monday to Sunday&quot;), then the opening and closing time.</extracomment>
        <translation>%1፦ ካብ %2 ክሳብ %3</translation>
    </message>
</context>
<context>
    <name>JourneyListPage</name>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Help, words and costs</source>
        <translation>ሓገዝ፣ ቃላትን ወጻኢታትን</translation>
    </message>
    <message>
        <source>This information is in the app. It also works without internet.</source>
        <translation>እዚ ሓበሬታ ኣብቲ ኣፕ ኣሎ። ብዘይ ኢንተርነት እውን ይሰርሕ።</translation>
    </message>
    <message>
        <source>Help and contacts</source>
        <translation>ሓገዝን ርክብን</translation>
    </message>
    <message>
        <source>Who can help you, and how to reach them.</source>
        <translation>መን ክሕግዘኩም ይኽእል፣ ከመይ ከም ትረኽብዎም።</translation>
    </message>
    <message>
        <source>Dutch words</source>
        <translation>ቃላት ሆላንድኛ</translation>
    </message>
    <message>
        <source>What the words in IND letters mean.</source>
        <translation>ትርጉም ቃላት ኣብ ደብዳቤታት IND።</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>ወጻኢታት</translation>
    </message>
    <message>
        <source>What costs money on the way, and who pays.</source>
        <translation>ኣብ መገዲ እንታይ ገንዘብ የኽፍል፣ መን ይኸፍል።</translation>
    </message>
    <message>
        <source>Rules and numbers as of %1.</source>
        <translation>ሕግታትን ቁጽርታትን ዝተረጋገጹሉ ዕለት፦ %1።</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>Application sent</source>
        <translation>ሕቶ ተላኢኹ</translation>
    </message>
    <message>
        <source>You sent the application for your family. The IND checks it and sends you a letter that it has received it (ontvangstbevestiging).</source>
        <translation>ንስድራኹም ዝኸውን ሕቶ ልኢኽኩም ኢኹም። IND ነቲ ሕቶ ትርእዮ፡ ከም ዝተቐበለቶ ድማ ደብዳቤ ትልእከልኩም (ontvangstbevestiging)።</translation>
    </message>
    <message>
        <source>Keep copies of everything you sent, and write down the date you sent it. Answer every IND letter on time.</source>
        <translation>ካብቲ ዝለኣኽኩምዎ ኩሉ ቅዳሕ ሓልዉ፡ ዝለኣኽኩምሉ ዕለት ድማ ጽሓፉ። ንነፍሲ ወከፍ ደብዳቤ IND ብግዜኡ መልሱ።</translation>
    </message>
    <message>
        <source>Your family keeps their passports and papers safe and ready. The IND may ask for more papers, a DNA test or an interview.</source>
        <translation>ስድራኹም ፓስፖርትን ወረቓቕትን ብጥንቃቐ ሒዞም ድሉዋት ይገብርዎ። IND ተወሳኺ ወረቓቕቲ፡ መርመራ DNA ወይ ቃለ-መሕትት ክትሓትት ትኽእል እያ።</translation>
    </message>
    <message>
        <source>Waiting for the IND</source>
        <translation>ንIND ምጽባይ</translation>
    </message>
    <message>
        <source>The IND studies the application. It has 3 months to decide, and it may take 3 months more. Letters can come in this time: missing items, a DNA test or an interview.</source>
        <translation>IND ነቲ ሕቶ ትመርምሮ። ንምውሳን 3 ኣዋርሕ ኣለዋ፡ ካልእ 3 ኣዋርሕ ክትውስኽ ድማ ትኽእል። ኣብዚ ግዜ ደብዳቤታት ክመጹ ይኽእሉ፦ ብዛዕባ ዝጎደሉ ወረቓቕቲ፡ መርመራ DNA ወይ ቃለ-መሕትት።</translation>
    </message>
    <message>
        <source>Open every IND letter at once and look for the date by which you must answer. Do you not understand a letter? Samen can explain it, or show it to a volunteer.</source>
        <translation>ነፍሲ ወከፍ ደብዳቤ IND ብቕልጡፍ ክፈቱ፡ ክሳብ መዓስ ክትምልሱ ከም ዘለኩም ዕለት ድማ ድለዩ። ደብዳቤ ኣይተረድኣኩምን ድዩ? Samen ክገልጾ ይኽእል፡ ወይ ንወለንተኛ ኣርእዩ።</translation>
    </message>
    <message>
        <source>Your family answers questions from the embassy or the IND quickly. If the IND asks for a DNA test or an interview, they go to the appointment at the embassy.</source>
        <translation>ስድራኹም ንሕቶታት ኤምባሲ ወይ IND ቀልጢፎም ይምልሱ። IND መርመራ DNA ወይ ቃለ-መሕትት እንተሓቲታ፡ ናብቲ ቆጸራ ኣብ ኤምባሲ ይኸዱ።</translation>
    </message>
    <message>
        <source>The answer is yes</source>
        <translation>መልሱ እወ እዩ</translation>
    </message>
    <message>
        <source>The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.</source>
        <translation>IND እወ ኢላ። ስድራኹም ቪዛ ምእታው (mvv) ካብ ኤምባሲ ኔዘርላንድ ክወስዱ ይኽእሉ።</translation>
    </message>
    <message>
        <source>Tell your family at once and send them a copy of the letter. Help them make an appointment at the embassy.</source>
        <translation>ንስድራኹም ብቕልጡፍ ንገርዎም፡ ቅዳሕ እቲ ደብዳቤ ድማ ስደዱሎም። ኣብ ኤምባሲ ቆጸራ ክሕዙ ሓግዝዎም።</translation>
    </message>
    <message>
        <source>Your family collects the mvv at the embassy within 3 months of the decision. They bring their passports.</source>
        <translation>ስድራኹም ኣብ ውሽጢ 3 ኣዋርሕ ካብ ዕለት ውሳኔ ቪዛ mvv ካብ ኤምባሲ ይወስዱ። ፓስፖርቶም ሒዞም ይኸዱ።</translation>
    </message>
    <message>
        <source>The answer is no</source>
        <translation>መልሱ ኣይፋል እዩ</translation>
    </message>
    <message>
        <source>The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the date on the letter.</source>
        <translation>IND ኣይፋል ኢላ። እዚ ከቢድ ዜና እዩ። ኣብ ውሽጢ 4 ሰሙን ካብቲ ኣብ ደብዳቤ ዘሎ ዕለት ተቓውሞ (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be free if your income is low.</source>
        <translation>ኣይትጸበዩ። ኣብዚ ሰሙን ምስ ጠበቓ ወይ Juridisch Loket ተራኸቡ። እቶትኩም ትሑት እንተኾይኑ፡ ጠበቓ ብነጻ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>Your family keeps all their papers. They may be needed for the objection.</source>
        <translation>ስድራኹም ኩሉ ወረቓቕቶም ይሕዙ። ንተቓውሞ ከድልዩ ይኽእሉ እዮም።</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>ተቓውሞ ቀሪቡ</translation>
    </message>
    <message>
        <source>You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for this, and may take 6 weeks more.</source>
        <translation>ተቓውሞ (bezwaar) ኣቕሪብኩም ኢኹም። IND ንውሳኔኣ እንደገና ትርእዮ። ነዚ 19 ሰሙን ኣለዋ፡ ካልእ 6 ሰሙን ክትውስኽ ድማ ትኽእል።</translation>
    </message>
    <message>
        <source>Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.</source>
        <translation>ምስ ጠበቓኹም ርክብ ሓልዉ። ሓድሽ ወረቓቕቲ ምስ ረኸብኩም ንጠበቓኹም ሃብዎ።</translation>
    </message>
    <message>
        <source>Your family keeps their papers ready and answers questions quickly.</source>
        <translation>ስድራኹም ወረቓቕቶም ድሉው ገይሮም ንሕቶታት ቀልጢፎም ይምልሱ።</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>ውሳኔ ብዛዕባ ተቓውሞ</translation>
    </message>
    <message>
        <source>The IND decided on your objection. If it still says no, you can ask a court to look at it (beroep) within 4 weeks.</source>
        <translation>IND ብዛዕባ ተቓውሞኹም ወሲና። ገና ኣይፋል እንተኢላ፡ ኣብ ውሽጢ 4 ሰሙን ናብ ቤት ፍርዲ ክትከዱ (beroep) ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once about going to court. In an urgent case the lawyer can ask the judge for a quick measure (voorlopige voorziening).</source>
        <translation>ብዛዕባ ናብ ቤት ፍርዲ ምኻድ ብቕልጡፍ ምስ ጠበቓኹም ተዘራረቡ። ህጹጽ እንተኾይኑ፡ ጠበቓ ካብ ዳኛ ቅልጡፍ ስጉምቲ (voorlopige voorziening) ክሓትት ይኽእል።</translation>
    </message>
    <message>
        <source>Your family keeps their papers. Your lawyer will say if the court needs anything from them.</source>
        <translation>ስድራኹም ወረቓቕቶም ይሕዙ። ቤት ፍርዲ ካባታቶም ዘድሊ እንተሃልዩ ጠበቓኹም ክነግረኩም እዩ።</translation>
    </message>
    <message>
        <source>The mvv is ready</source>
        <translation>ቪዛ mvv ድሉው እዩ</translation>
    </message>
    <message>
        <source>Your family has the mvv, the entry visa in the passport. They must travel to the Netherlands within 90 days.</source>
        <translation>ስድራኹም ኣብ ፓስፖርቶም ቪዛ mvv ኣለዎም። ኣብ ውሽጢ 90 መዓልቲ ናብ ኔዘርላንድ ክጓዓዙ ኣለዎም።</translation>
    </message>
    <message>
        <source>Help your family book the journey. As soon as the ticket is booked, make the appointment at the IND in Zevenaar.</source>
        <translation>ንስድራኹም ጉዕዞ ክሕዙ ሓግዝዎም። ትኬት ምስ ተታሕዘ፡ ኣብ IND Zevenaar ቆጸራ ሓዙ።</translation>
    </message>
    <message>
        <source>Your family books tickets and travels before the mvv ends. They take their passports with the mvv.</source>
        <translation>ስድራኹም ትኬት ሒዞም ቅድሚ ግዜ mvv ምውዳኡ ይጓዓዙ። ፓስፖርቶም ምስ mvv ሒዞም ይኸዱ።</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>ኣብ ጉዕዞ</translation>
    </message>
    <message>
        <source>Your family is on the way to the Netherlands with the mvv.</source>
        <translation>ስድራኹም ብቪዛ mvv ናብ ኔዘርላንድ ኣብ መገዲ እዮም።</translation>
    </message>
    <message>
        <source>Check that the appointment at the IND in Zevenaar is booked. Plan who meets your family when they arrive.</source>
        <translation>ኣብ IND Zevenaar ቆጸራ ከም ዝተታሕዘ ኣረጋግጹ። ስድራኹም ምስ በጽሑ መን ከም ዝቕበሎም ኣዳልዉ።</translation>
    </message>
    <message>
        <source>Your family travels before the mvv ends and keeps their passports with them.</source>
        <translation>ስድራኹም ቅድሚ ግዜ mvv ምውዳኡ ይጓዓዙ፡ ፓስፖርቶም ድማ ምሳታቶም ይሕዙ።</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>ኔዘርላንድ በጺሖም</translation>
    </message>
    <message>
        <source>Your family is here. Within 3 days they report to the IND in Zevenaar. There they get their residence permit and are registered in the BRP.</source>
        <translation>ስድራኹም በጺሖም። ኣብ ውሽጢ 3 መዓልቲ ኣብ IND Zevenaar ይቐርቡ። ኣብኡ ናይ መንበሪ ፍቓድ ይወስዱ፡ ኣብ BRP ድማ ይምዝገቡ።</translation>
    </message>
    <message>
        <source>Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) with them. The GGD asks them for a TB check.</source>
        <translation>ምስ ስድራኹም ናብ IND Zevenaar ኺዱ። ኣብ ውሽጢ 2 ሰሙን ምሳታቶም ናብ ሓኪም ስድራ (huisarts) ኺዱ። GGD ንመርመራ ዓባይ ሰዓል (TB) ክትጽውዖም እያ።</translation>
    </message>
    <message>
        <source>Your family is no longer abroad. Keep the papers they brought in a safe place.</source>
        <translation>ስድራኹም ደጊም ኣብ ወጻኢ ኣይኮኑን። ነቶም ዘምጽእዎም ወረቓቕቲ ኣብ ውሑስ ቦታ ሓልዉ።</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>ብሓባር ምንባር</translation>
    </message>
    <message>
        <source>Your family has a residence permit. It depends on yours. The family must live together with you.</source>
        <translation>ስድራኹም ናይ መንበሪ ፍቓድ ኣለዎም። ኣብ ናትኩም ፍቓድ ዝምርኮስ እዩ። እቶም ስድራ ምሳኹም ብሓባር ክነብሩ ኣለዎም።</translation>
    </message>
    <message>
        <source>Check that everyone is registered at your address with the municipality (gemeente) and with a GP. If you separate, you must tell the IND.</source>
        <translation>ኩሎም ኣብ ኣድራሻኹም ኣብ ምምሕዳር ከተማ (gemeente) ከምኡ’ውን ኣብ ሓኪም ስድራ ከም ዝተመዝገቡ ኣረጋግጹ። እንተተፈላለኹም፡ ንIND ክትሕብሩ ኣለኩም።</translation>
    </message>
    <message>
        <source>Nobody needs to do anything abroad any more.</source>
        <translation>ኣብ ወጻኢ ደጊም ሓደ’ኳ ክገብሮ ዘለዎ የለን።</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>መረጋገጺ ምቕባል</translation>
    </message>
    <message>
        <source>The IND says it has received your application. The letter gives the date of your application, and may give the date by which the IND decides.</source>
        <translation>IND ሕቶኹም ከም ዝተቐበለት ትሕብር። ኣብቲ ደብዳቤ ዕለት ሕቶኹም ኣሎ፡ ምናልባት ድማ IND ክሳብ መዓስ ከም እትውስን።</translation>
    </message>
    <message>
        <source>Keep this letter and check the date of your application on it. You do not need to answer.</source>
        <translation>ነዚ ደብዳቤ ሓልዉ፡ ዕለት ሕቶኹም ድማ ኣረጋግጹ። ክትምልሱ ኣየድልየኩምን።</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>ዝጎደሉ ነገራት</translation>
    </message>
    <message>
        <source>The IND needs more papers or information before it can decide (herstel verzuim). The letter says what is missing.</source>
        <translation>IND ቅድሚ ምውሳና ተወሳኺ ወረቓቕቲ ወይ ሓበሬታ የድልያ (herstel verzuim)። እቲ ደብዳቤ እንታይ ከም ዝጎደለ ይነግር።</translation>
    </message>
    <message>
        <source>Send what is missing before the date written in the letter. Can you not get something in time? Tell the IND before that date, and say why.</source>
        <translation>እቲ ዝጎደለ ቅድሚ እቲ ኣብ ደብዳቤ ዝተጻሕፈ ዕለት ስደዱ። ገለ ነገር ብግዜኡ ክትረኽቡ ዘይትኽእሉ እንተኾይንኩም፡ ቅድሚ እቲ ዕለት ንIND ሓብሩ፡ ምኽንያቱ ድማ ግለጹ።</translation>
    </message>
    <message>
        <source>If you do not answer in time, the IND can stop handling your application. If the 3 months for nareis have passed by then, your family can lose the nareis route.</source>
        <translation>ብግዜኡ እንተዘይመሊስኩም፡ IND ምርኣይ ሕቶኹም ከተቋርጽ ትኽእል። ሽዑ እቲ 3 ኣዋርሕ ናይ nareis ሓሊፉ እንተኾይኑ፡ ስድራኹም መንገዲ nareis ከጥፍኡ ይኽእሉ።</translation>
    </message>
    <message>
        <source>DNA test or interview</source>
        <translation>መርመራ DNA ወይ ቃለ-መሕትት</translation>
    </message>
    <message>
        <source>The IND wants to check the family bond with a DNA test or an interview (identificerend gehoor) at a Dutch embassy.</source>
        <translation>IND ዝምድና ስድራ ብመርመራ DNA ወይ ብቃለ-መሕትት (identificerend gehoor) ኣብ ኤምባሲ ኔዘርላንድ ከተረጋግጽ ትደሊ።</translation>
    </message>
    <message>
        <source>Tell your family at once. They make the appointment at the embassy before the date written in the letter, and go to it.</source>
        <translation>ንስድራኹም ብቕልጡፍ ንገርዎም። ቅድሚ እቲ ኣብ ደብዳቤ ዝተጻሕፈ ዕለት ኣብ ኤምባሲ ቆጸራ ሒዞም ይኸዱ።</translation>
    </message>
    <message>
        <source>If your family does not go, the IND can refuse the application.</source>
        <translation>ስድራኹም እንተዘይኸዱ፡ IND ነቲ ሕቶ ክትነጽጎ ትኽእል።</translation>
    </message>
    <message>
        <source>Intention to refuse</source>
        <translation>መደብ ምንጻግ</translation>
    </message>
    <message>
        <source>The IND plans to say no (voornemen). It has not decided yet. You can first give your reaction (zienswijze).</source>
        <translation>IND ኣይፋል ክትብል ትሓስብ ኣላ (voornemen)። ገና ኣይወሰነትን። ቅድም ርእይቶኹም (zienswijze) ክትህቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date written in the letter.</source>
        <translation>ብቕልጡፍ ምስ ጠበቓ ወይ Juridisch Loket ተራኸቡ። ርእይቶኹም ቅድሚ እቲ ኣብ ደብዳቤ ዝተጻሕፈ ዕለት ስደዱ።</translation>
    </message>
    <message>
        <source>If you do not react in time, the IND decides without your reaction.</source>
        <translation>ብግዜኡ ርእይቶ እንተዘይሂብኩም፡ IND ብዘይ ርእይቶኹም ትውስን።</translation>
    </message>
    <message>
        <source>Decision: yes</source>
        <translation>ውሳኔ፦ እወ</translation>
    </message>
    <message>
        <source>The IND says yes to your application (beschikking). Your family can get the mvv at the Dutch embassy.</source>
        <translation>IND ንሕቶኹም እወ ትብል (beschikking)። ስድራኹም ቪዛ mvv ካብ ኤምባሲ ኔዘርላንድ ክወስዱ ይኽእሉ።</translation>
    </message>
    <message>
        <source>Send a copy to your family. They must collect the mvv within 3 months of the date of this letter.</source>
        <translation>ቅዳሕ ናብ ስድራኹም ስደዱ። ኣብ ውሽጢ 3 ኣዋርሕ ካብ ዕለት እዚ ደብዳቤ ቪዛ mvv ክወስዱ ኣለዎም።</translation>
    </message>
    <message>
        <source>Decision: no</source>
        <translation>ውሳኔ፦ ኣይፋል</translation>
    </message>
    <message>
        <source>The IND says no to your application (beschikking). The letter explains why.</source>
        <translation>IND ንሕቶኹም ኣይፋል ትብል (beschikking)። እቲ ደብዳቤ ምኽንያቱ ይገልጽ።</translation>
    </message>
    <message>
        <source>Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within 4 weeks of the date of this letter.</source>
        <translation>ኣብዚ ሰሙን ምስ ጠበቓ ወይ Juridisch Loket ተራኸቡ። ኣብ ውሽጢ 4 ሰሙን ካብ ዕለት እዚ ደብዳቤ ተቓውሞ (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer object, and the no becomes final.</source>
        <translation>ድሕሪ 4 ሰሙን ደጊም ተቓውሞ ከተቕርቡ ኣይትኽእሉን፡ እቲ ኣይፋል ድማ ናይ መወዳእታ ይኸውን።</translation>
    </message>
    <message>
        <source>Objection: you are right</source>
        <translation>ተቓውሞ፦ ቅኑዓት ኢኹም</translation>
    </message>
    <message>
        <source>The IND agrees with your objection (gegrond). The letter says what happens now: a yes, or a new decision.</source>
        <translation>IND ምስ ተቓውሞኹም ትሰማማዕ (gegrond)። እቲ ደብዳቤ ሕጂ እንታይ ከም ዝኸውን ይነግር፦ እወ፡ ወይ ሓድሽ ውሳኔ።</translation>
    </message>
    <message>
        <source>Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.</source>
        <translation>ነቲ ደብዳቤ ምስ ጠበቓኹም ኣንብብዎ። እወ እንተኾይኑ፡ ንስድራኹም ቪዛ mvv ክወስዱ ንገርዎም።</translation>
    </message>
    <message>
        <source>Objection: still no</source>
        <translation>ተቓውሞ፦ ገና ኣይፋል</translation>
    </message>
    <message>
        <source>The IND keeps its no after your objection (ongegrond).</source>
        <translation>IND ድሕሪ ተቓውሞኹም ውን ኣብ ኣይፋል ጸኒዓ (ongegrond)።</translation>
    </message>
    <message>
        <source>Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the date of this letter.</source>
        <translation>ብቕልጡፍ ምስ ጠበቓኹም ተዘራረቡ። ኣብ ውሽጢ 4 ሰሙን ካብ ዕለት እዚ ደብዳቤ ናብ ቤት ፍርዲ (beroep) ክትከዱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>After 4 weeks you can no longer go to court, and the no becomes final.</source>
        <translation>ድሕሪ 4 ሰሙን ደጊም ናብ ቤት ፍርዲ ክትከዱ ኣይትኽእሉን፡ እቲ ኣይፋል ድማ ናይ መወዳእታ ይኸውን።</translation>
    </message>
    <message>
        <source>mvv ready</source>
        <translation>ቪዛ mvv ድሉው</translation>
    </message>
    <message>
        <source>Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at the Dutch embassy.</source>
        <translation>ስድራኹም ቪዛ ምእታው (mvv, machtiging tot voorlopig verblijf) ካብ ኤምባሲ ኔዘርላንድ ክወስዱ ይኽእሉ።</translation>
    </message>
    <message>
        <source>Tell your family to make an appointment at the embassy. They must collect the mvv within 3 months of the decision.</source>
        <translation>ንስድራኹም ኣብ ኤምባሲ ቆጸራ ክሕዙ ንገርዎም። ኣብ ውሽጢ 3 ኣዋርሕ ካብ ዕለት ውሳኔ ቪዛ mvv ክወስዱ ኣለዎም።</translation>
    </message>
    <message>
        <source>Volunteers and staff help refugees with family reunification. They can explain IND letters and help with forms.</source>
        <translation>ወለንተኛታትን ሰራሕተኛታትን ንስደተኛታት ኣብ ምጥርናፍ ስድራ ይሕግዙ። ደብዳቤታት IND ክገልጹን ኣብ ምምላእ ፎርማት ክሕግዙን ይኽእሉ።</translation>
    </message>
    <message>
        <source>Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch Loket arranges this.</source>
        <translation>እቶትኩም ትሑት እንተኾይኑ፡ ክፍሊት ጠበቓ ምሉእ ወይ ክፋሉ ይኸፍል። ጠበቓኹም ወይ Juridisch Loket እዚ የዳልዉ።</translation>
    </message>
    <message>
        <source>The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help with stress and sleep problems, and can refer you to mental-health care.</source>
        <translation>ሓኪም ስድራ (huisarts)። ስድራኹም ኣብ ውሽጢ 2 ሰሙን ድሕሪ ምብጻሖም ናብ ሓኪም ስድራ ይኸዱ። እቲ ሓኪም ኣብ ጸቕጢን ጸገም ድቃስን ክሕግዝ፡ ናብ ክንክን ኣእምሮ ጥዕና ድማ ክሰደኩም ይኽእል።</translation>
    </message>
    <message>
        <source>The public health service. It does the TB check of your family after arrival.</source>
        <translation>ኣገልግሎት ህዝባዊ ጥዕና። ድሕሪ ምብጻሕ ንስድራኹም መርመራ ዓባይ ሰዓል (TB) ትገብር።</translation>
    </message>
    <message>
        <source>The municipality registers your family in the BRP, and helps with housing and settling in.</source>
        <translation>ምምሕዳር ከተማ ንስድራኹም ኣብ BRP ይምዝግብ፡ ኣብ መንበሪ ገዛን ምጥጣሕን ድማ ይሕግዝ።</translation>
    </message>
    <message>
        <source>The immigration service decides on the application. Its letters are in Dutch.</source>
        <translation>ኣገልግሎት ስደት ኣብ ሕቶ ይውስን። ደብዳቤታቱ ብሆላንድኛ እዮም።</translation>
    </message>
    <message>
        <source>Your family goes to the Dutch embassy for the DNA test or the interview, and to collect the mvv.</source>
        <translation>ስድራኹም ንመርመራ DNA ወይ ንቓለ-መሕትት፡ ከምኡ’ውን ቪዛ mvv ንምውሳድ ናብ ኤምባሲ ኔዘርላንድ ይኸዱ።</translation>
    </message>
    <message>
        <source>A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting and on a refusal are based on its information.</source>
        <translation>ናይ ኔዘርላንድ ማእከል ፍልጠት ብዛዕባ ጥዕና ስደተኛታት። ኣብ Samen ዘለዉ ምኽርታት ብዛዕባ ምጽባይን ምንጻግን ካብ ሓበሬታኡ እዮም።</translation>
    </message>
    <message>
        <source>The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on your family&apos;s application.</source>
        <translation>ናይ ኔዘርላንድ ኣገልግሎት ስደትን ዜግነትን (Immigratie- en Naturalisatiedienst)። ኣብ ሕቶ ስድራኹም ይውስን።</translation>
    </message>
    <message>
        <source>Family reunification for refugees. It is free and has no income requirement, if you apply within 3 months.</source>
        <translation>ምጥርናፍ ስድራ ንስደተኛታት። ኣብ ውሽጢ 3 ኣዋርሕ እንተሓቲትኩም፡ ብነጻ እዩ፡ ቅድመ-ኩነት እቶት ድማ የብሉን።</translation>
    </message>
    <message>
        <source>The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy puts it in the passport.</source>
        <translation>ቪዛ ምእታው ናብ ኔዘርላንድ (machtiging tot voorlopig verblijf)። ኤምባሲ ኣብ ፓስፖርት የእትዎ።</translation>
    </message>
    <message>
        <source>The Dutch population register. Everyone who lives in the Netherlands is registered in it.</source>
        <translation>መዝገብ ህዝቢ ኔዘርላንድ። ኩሉ ኣብ ኔዘርላንድ ዝነብር ኣብኡ ይምዝገብ።</translation>
    </message>
    <message>
        <source>An official decision of the IND, on paper.</source>
        <translation>ወግዓዊ ብጽሑፍ ዝወጸ ውሳኔ IND።</translation>
    </message>
    <message>
        <source>A letter that something is missing from your application, with a date by which to send it.</source>
        <translation>ኣብ ሕቶኹም ገለ ነገር ከም ዝጎደለ ዝሕብር ደብዳቤ፡ ምስ ክሳብ መዓስ ክትሰዱዎ ዘለኩም ዕለት።</translation>
    </message>
    <message>
        <source>The IND plans to say no, but has not decided yet.</source>
        <translation>IND ኣይፋል ክትብል ትሓስብ፡ ግን ገና ኣይወሰነትን።</translation>
    </message>
    <message>
        <source>Your written reaction to a voornemen.</source>
        <translation>ብጽሑፍ ዝህብዎ ርእይቶ ንvoornemen።</translation>
    </message>
    <message>
        <source>An objection: you ask the IND to look at its decision again.</source>
        <translation>ተቓውሞ፦ IND ንውሳኔኣ እንደገና ክትርእዮ ትሓትዋ።</translation>
    </message>
    <message>
        <source>An appeal: you ask a court to look at the decision.</source>
        <translation>ይግባይ፦ ቤት ፍርዲ ነቲ ውሳኔ ክርእዮ ትሓትዎ።</translation>
    </message>
    <message>
        <source>A quick measure a judge can take in an urgent case, while the appeal is running.</source>
        <translation>ዳኛ ኣብ ህጹጽ ኩነታት፡ እቲ ይግባይ ከሎ፡ ክወስዶ ዝኽእል ቅልጡፍ ስጉምቲ።</translation>
    </message>
    <message>
        <source>A letter to the IND saying it is late with its decision.</source>
        <translation>ንIND ኣብ ውሳኔኣ ከም ዝደንጎየት ዝሕብር ደብዳቤ።</translation>
    </message>
    <message>
        <source>The time the IND has to decide.</source>
        <translation>IND ንምውሳን ዘለዋ ግዜ።</translation>
    </message>
    <message>
        <source>A letter that the IND has received your application.</source>
        <translation>IND ሕቶኹም ከም ዝተቐበለት ዝሕብር ደብዳቤ።</translation>
    </message>
    <message>
        <source>The fee for an application. Nareis has no fee; the regular route has one.</source>
        <translation>ክፍሊት ሕቶ። nareis ክፍሊት የብሉን፤ እቲ ልሙድ መንገዲ ግን ኣለዎ።</translation>
    </message>
    <message>
        <source>An official stamp that shows a paper from abroad is real.</source>
        <translation>ወረቐት ካብ ወጻኢ ሓቀኛ ምዃኑ ዘርኢ ወግዓዊ ማሕተም።</translation>
    </message>
    <message>
        <source>A sworn translator. Papers that are not in Dutch, English, French or German need a translation by a sworn translator.</source>
        <translation>ዝመሓለ ተርጓሚ። ብሆላንድኛ፡ እንግሊዝኛ፡ ፈረንሳይኛ ወይ ጀርመንኛ ዘይኮኑ ወረቓቕቲ ብዝመሓለ ተርጓሚ ክትርጎሙ ኣለዎም።</translation>
    </message>
    <message>
        <source>The person in the Netherlands who asks for the family to come: you.</source>
        <translation>ኣብ ኔዘርላንድ ዘሎ ስድራ ክመጹ ዝሓትት ሰብ፦ ንስኹም።</translation>
    </message>
    <message>
        <source>Refugee status.</source>
        <translation>ናይ ስደተኛ ስታቱስ።</translation>
    </message>
    <message>
        <source>Subsidiary protection.</source>
        <translation>ንኡስ ሓለዋ።</translation>
    </message>
    <message>
        <source>A child who came to the Netherlands alone, without father or mother.</source>
        <translation>ብዘይ ኣቦ ወይ ኣደ በይኑ ናብ ኔዘርላንድ ዝመጸ ቆልዓ።</translation>
    </message>
    <message>
        <source>The town where family members report to the IND after arrival.</source>
        <translation>ኣባላት ስድራ ድሕሪ ምብጻሖም ኣብ IND ዝቐርቡላ ከተማ።</translation>
    </message>
    <message>
        <source>The regular route for family reunification. It has a fee and asks for an income, among other things.</source>
        <translation>እቲ ልሙድ መንገዲ ምጥርናፍ ስድራ። ክፍሊት ኣለዎ፡ ካብ ካልኦት ነገራት ድማ እቶት ይሓትት።</translation>
    </message>
    <message>
        <source>The civic integration exam abroad. The regular route asks for it; nareis does not.</source>
        <translation>ኣብ ወጻኢ ዝወሃብ ፈተና ምውሃድ። እቲ ልሙድ መንገዲ ይሓትቶ፤ nareis ኣይሓትቶን።</translation>
    </message>
    <message>
        <source>A DNA test to show a family bond.</source>
        <translation>ዝምድና ስድራ ንምርኣይ ዝግበር መርመራ DNA።</translation>
    </message>
    <message>
        <source>An interview at the embassy about who someone is and about the family bond.</source>
        <translation>ኣብ ኤምባሲ ብዛዕባ መንነት ሰብን ዝምድና ስድራን ዝግበር ቃለ-መሕትት።</translation>
    </message>
    <message>
        <source>The public health service in your region.</source>
        <translation>ኣብ ከባቢኹም ዘሎ ኣገልግሎት ህዝባዊ ጥዕና።</translation>
    </message>
    <message>
        <source>A check for tuberculosis (TB) after arrival.</source>
        <translation>ድሕሪ ምብጻሕ ዝግበር መርመራ ዓባይ ሰዓል (TB)።</translation>
    </message>
    <message>
        <source>The family doctor (GP).</source>
        <translation>ሓኪም ስድራ።</translation>
    </message>
    <message>
        <source>The family members must live together with you.</source>
        <translation>ኣባላት ስድራ ምሳኹም ብሓባር ክነብሩ ኣለዎም።</translation>
    </message>
    <message>
        <source>An organisation that helps refugees.</source>
        <translation>ንስደተኛታት ዝሕግዝ ትካል።</translation>
    </message>
    <message>
        <source>The Afghan identity card.</source>
        <translation>ናይ ኣፍጋኒስታን መንነት ካርድ።</translation>
    </message>
    <message>
        <source>The Islamic marriage certificate (Afghanistan).</source>
        <translation>ኢስላማዊ ምስክር ወረቐት መርዓ (ኣፍጋኒስታን)።</translation>
    </message>
    <message>
        <source>The nareis application itself has no fee (leges).</source>
        <translation>ሕቶ nareis ባዕሉ ክፍሊት (leges) የብሉን።</translation>
    </message>
    <message>
        <source>A sworn translator charges for each translation. The price differs per translator, so ask first.</source>
        <translation>ዝመሓለ ተርጓሚ ንነፍሲ ወከፍ ትርጉም ክፍሊት ይሓትት። ዋጋ ካብ ተርጓሚ ናብ ተርጓሚ ይፈላለ፡ ስለዚ ቅድም ሕተቱ።</translation>
    </message>
    <message>
        <source>Legalisation can cost money in the country of the papers and at the embassy. The price differs per country. It is not sure that the IND asks for it for nareis.</source>
        <translation>ምርግጋጽ (legalisatie) ኣብቲ ሃገር ወረቓቕትን ኣብ ኤምባሲን ገንዘብ ክሓትት ይኽእል። ዋጋ ካብ ሃገር ናብ ሃገር ይፈላለ። IND ንnareis ከም እትሓትቶ ርግጸኛ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Passports cost money. The price differs per country.</source>
        <translation>ፓስፖርት ገንዘብ ይሓትት። ዋጋ ካብ ሃገር ናብ ሃገር ይፈላለ።</translation>
    </message>
    <message>
        <source>A DNA test can cost money. Ask the IND or the embassy who pays and how much.</source>
        <translation>መርመራ DNA ገንዘብ ክሓትት ይኽእል። መን ከም ዝኸፍልን ክንደይ ምዃኑን ንIND ወይ ንኤምባሲ ሕተቱ።</translation>
    </message>
    <message>
        <source>The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if you need help.</source>
        <translation>ጉዕዞ ናብ ኔዘርላንድ ገንዘብ ይሓትት። ዋጋታት ይፈላለዩ። ሓገዝ እንተድልየኩም ንVluchtelingenWerk ሕተቱ።</translation>
    </message>
    <message>
        <source>The regular route has a fee (leges) for each application. The amount is on the IND website.</source>
        <translation>እቲ ልሙድ መንገዲ ንነፍሲ ወከፍ ሕቶ ክፍሊት (leges) ኣለዎ። መጠኑ ኣብ ወብሳይት IND ኣሎ።</translation>
    </message>
    <message>
        <source>The wait is long</source>
        <translation>ምጽባይ ነዊሕ እዩ</translation>
    </message>
    <message>
        <source>The wait can take many months, and nobody can tell you exactly how long. Many families find this very hard. Your feelings are normal.</source>
        <translation>ምጽባይ ብዙሕ ኣዋርሕ ክወስድ ይኽእል፡ ክንደይ ከም ዝወስድ ድማ ብልክዕ ክነግረኩም ዝኽእል የለን። ብዙሓት ስድራታት እዚ ኣዝዩ ከቢድ ኮይኑ ይረኽብዎ። ስምዒታትኩም ንቡር እዩ።</translation>
    </message>
    <message>
        <source>Talking with your family</source>
        <translation>ምስ ስድራኹም ምዝርራብ</translation>
    </message>
    <message>
        <source>Tell your family what you know, and also what you do not know yet. Agree when you will talk. That makes the waiting a little easier for both sides.</source>
        <translation>ንስድራኹም ዝፈለጥኩምዎ፡ ከምኡ’ውን ገና ዘይፈለጥኩምዎ ንገርዎም። መዓስ ከም እትዘራረቡ ተሰማምዑ። እዚ ንኽልቲኡ ወገን ምጽባይ ቁሩብ የቃልል።</translation>
    </message>
    <message>
        <source>Pressure and money</source>
        <translation>ጸቕጥን ገንዘብን</translation>
    </message>
    <message>
        <source>Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly what you can and cannot do. VluchtelingenWerk can help you think it through.</source>
        <translation>ስድራ ኣብ ወጻኢ ገንዘብ ክሓቱ፡ ወይ ስለምንታይ ከምዚ ከም ዝነውሐ ክሓቱ ይኽእሉ። እዚ ጌጋኹም ኣይኮነን። እንታይ ክትገብሩ ከም እትኽእሉን ከም ዘይትኽእሉን ብቕንዕና ንገሩ። VluchtelingenWerk ምሳኹም ክሓስብ ይኽእል።</translation>
    </message>
    <message>
        <source>Stress and sleep</source>
        <translation>ጸቕጥን ድቃስን</translation>
    </message>
    <message>
        <source>Worry, stress and bad sleep are common while you wait. Talk to someone you trust. Your GP (huisarts) can help, and can refer you to mental-health care.</source>
        <translation>ሻቕሎት፡ ጸቕጥን ሕማቕ ድቃስን ኣብ ግዜ ምጽባይ ልሙዳት እዮም። ምስ እትኣምንዎ ሰብ ተዘራረቡ። ሓኪም ስድራኹም (huisarts) ክሕግዝ፡ ናብ ክንክን ኣእምሮ ጥዕና ድማ ክሰደኩም ይኽእል።</translation>
    </message>
    <message>
        <source>A no is hard</source>
        <translation>ኣይፋል ከቢድ እዩ</translation>
    </message>
    <message>
        <source>A no is very hard news, for you and for your family. Take time, and do not stay alone with it. Talk to someone you trust.</source>
        <translation>ኣይፋል ንዓኹምን ንስድራኹምን ኣዝዩ ከቢድ ዜና እዩ። ግዜ ውሰዱ፡ በይንኹም ድማ ኣይትጸንሑ። ምስ እትኣምንዎ ሰብ ተዘራረቡ።</translation>
    </message>
    <message>
        <source>You can object</source>
        <translation>ተቓውሞ ከተቕርቡ ትኽእሉ ኢኹም</translation>
    </message>
    <message>
        <source>A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a lawyer or the Juridisch Loket this week.</source>
        <translation>ኣይፋል ኩሉ ግዜ መወዳእታ ኣይኮነን። ኣብ ውሽጢ 4 ሰሙን ተቓውሞ (bezwaar) ከተቕርቡ ትኽእሉ ኢኹም። ኣብዚ ሰሙን ምስ ጠበቓ ወይ Juridisch Loket ተራኸቡ።</translation>
    </message>
    <message>
        <source>A lawyer can be free</source>
        <translation>ጠበቓ ብነጻ ክኸውን ይኽእል</translation>
    </message>
    <message>
        <source>If your income is low, the costs of a lawyer are paid in full or in part. Ask the Juridisch Loket.</source>
        <translation>እቶትኩም ትሑት እንተኾይኑ፡ ክፍሊት ጠበቓ ምሉእ ወይ ክፋሉ ይኽፈል። ንJuridisch Loket ሕተቱ።</translation>
    </message>
    <message>
        <source>After the objection</source>
        <translation>ድሕሪ ተቓውሞ</translation>
    </message>
    <message>
        <source>If the IND still says no after your objection, you can go to court (beroep) within 4 weeks. Your lawyer does this for you.</source>
        <translation>IND ድሕሪ ተቓውሞኹም ገና ኣይፋል እንተኢላ፡ ኣብ ውሽጢ 4 ሰሙን ናብ ቤት ፍርዲ (beroep) ክትከዱ ትኽእሉ ኢኹም። ጠበቓኹም እዚ ይገብረልኩም።</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>ቀጽሉ</translation>
    </message>
    <message>
        <source>Go on with school, work and Dutch lessons while you wait. It helps you now, and it helps your family when they come.</source>
        <translation>ኣብ ግዜ ምጽባይ ትምህርቲ፡ ስራሕን ትምህርቲ ሆላንድኛን ቀጽሉ። እዚ ሕጂ ይሕግዘኩም፡ ስድራኹም ምስ መጹ ድማ ይሕግዞም።</translation>
    </message>
    <message>
        <source>Legal advice: free at their offices; by phone it costs 25 cents a minute. They can refer you to a lawyer.</source>
        <translation>ሕጋዊ ምኽሪ፦ ኣብ ቤት ጽሕፈታቶም ናጻ እዩ፤ ብመንገዲ ተሌፎን ግን ኣብ ደቒቕ 25 ሳንቲም የኽፍል። ናብ ጠበቓ ክሰዱኹም ይኽእሉ።</translation>
    </message>
    <message>
        <source>The nuclear family: husband or wife by a registered marriage, and children under 18.</source>
        <translation>ዋና ስድራ፦ ብዝተመዝገበ መርዓ ሰብኣይ ወይ ሰበይቲ፡ ከምኡ’ውን ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ።</translation>
    </message>
    <message>
        <source>Legal advice, free at their offices.</source>
        <translation>ሕጋዊ ምኽሪ፡ ኣብ ቤት ጽሕፈታቶም ናጻ።</translation>
    </message>
</context>
<context>
    <name>KeptLetterCard</name>
    <message>
        <source>The letter you kept</source>
        <translation>እቲ ዝዓቀብኩምዎ ደብዳቤ</translation>
    </message>
    <message>
        <source>Letter of %1, kept on %2</source>
        <translation>ደብዳቤ ዕለት %1። ዝተዓቀበሉ ዕለት፦ %2</translation>
    </message>
    <message>
        <source>Kept on %1</source>
        <translation>ዝተዓቀበሉ ዕለት፦ %1</translation>
    </message>
    <message>
        <source>Show the photo of the letter on the whole screen</source>
        <translation>ስእሊ እቲ ደብዳቤ ኣብ ምሉእ መርኣዪ ርኣዩ</translation>
    </message>
    <message>
        <source>The text Samen read in the letter (in Dutch, maybe with mistakes):</source>
        <translation>Samen ኣብቲ ደብዳቤ ዘንበቦ ጽሑፍ (ብሆላንድኛ፡ ጌጋ ክህልዎ ይኽእል)፦</translation>
    </message>
    <message>
        <source>Delete the photo and text</source>
        <translation>ነቲ ስእልን ጽሑፍን ደምስሱ</translation>
    </message>
    <message>
        <source>Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.</source>
        <translation>ስእልን ጽሑፍን ናይዚ ደብዳቤ ካብዚ ተሌፎን ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም። እቲ ዝዓቀብኩምዎ ዕለታት ይተርፍ።</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Photo of the letter</source>
        <translation>ስእሊ እቲ ደብዳቤ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ኣንእሱ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ኣዕብዩ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>For %1</source>
        <translation>ን%1</translation>
    </message>
    <message>
        <source>Family reunification in the Netherlands: what you need to know</source>
        <translation>ምጥርናፍ ስድራ ኣብ ኔዘርላንድ፦ ክትፈልጥዎ ዘለኩም</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ውልቀ-ሰብ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Name in the passport (Latin letters)</source>
        <translation>ስም ኣብ ፓስፖርት (ብላቲን ፊደላት)</translation>
    </message>
    <message>
        <source>What to bring to the embassy</source>
        <translation>ናብ ኤምባሲ ክትወስድዎ ዘለኩም</translation>
    </message>
    <message>
        <source>Dates to keep</source>
        <translation>ክትዝክርዎም ዘለኩም ዕለታት</translation>
    </message>
    <message>
        <source>Appointment at the embassy</source>
        <translation>ቆጸራ ኣብ ኤምባሲ</translation>
    </message>
    <message>
        <source>The embassy gives you this date. Write it here:</source>
        <translation>እዚ ዕለት ኤምባሲ እያ ትህበኩም። ኣብዚ ጽሓፍዎ፦</translation>
    </message>
    <message>
        <source>Not known yet. It is counted from this step: %1.</source>
        <translation>ገና ኣይተፈልጠን። ካብዚ ስጉምቲ እዚ ይቑጸር፦ %1።</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (ተዛዚሙ)</translation>
    </message>
    <message>
        <source>The DNA test or the interview</source>
        <translation>መርመራ DNA ወይ ቃለ-መሕትት</translation>
    </message>
    <message>
        <source>Made with the Samen app on %1. Check every date in the letters from the IND and the embassy.</source>
        <translation>ብኣፕ Samen ብ%1 ተዳልዩ። ነፍሲ ወከፍ ዕለት ኣብ ደብዳቤታት IND ከምኡውን ኤምባሲ ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>ቅድም ንSamen ብምስጢራዊ ቁጽርኹም ክፈትዎ።</translation>
    </message>
    <message>
        <source>Send the PDF with</source>
        <translation>ነቲ PDF ዝስደደሉ ኣፕ ምረጹ</translation>
    </message>
    <message>
        <source>No app to send it with could be opened. Save it as a PDF instead.</source>
        <translation>ዝስደደሉ ኣፕ ክኽፈት ኣይከኣለን። ኣብ ክንድኡ ከም PDF ዕቀብዎ።</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Kit for %1</source>
        <translation>ሓበሬታ ን%1</translation>
    </message>
    <message>
        <source>Kit for the family</source>
        <translation>ሓበሬታ ንስድራ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዕቀቡ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Where do you want to save the PDF?</source>
        <translation>ነቲ PDF ኣበይ ክትዕቅብዎ ትደልዩ?</translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>እዚ ሰብ ኣብ ዝርዝር ስድራ የለን።</translation>
    </message>
    <message>
        <source>A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.</source>
        <translation>ገጽ ንዚ ኣባል ስድራ፡ ብዝንበቦ ቋንቋ፦ ስሙ፡ ንኤምባሲ ዝድለዩ ወረቓቕቲ፡ ከምኡውን ክዝከሩ ዘለዎም ዕለታት።</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>ቋንቋ ናይቲ ሓበሬታ</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>ኣብቲ ፋይል ዝህሉ</translation>
    </message>
    <message>
        <source>This is exactly what the PDF will hold. Only this person&apos;s details are in it.</source>
        <translation>ኣብቲ PDF ዝህሉ ልክዕ እዚ እዩ። ሓበሬታ ናይዚ ሰብ እዚ ጥራይ እዩ ዘሎ።</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>እቲ ፋይል PDF ብምስጢራዊ ቁጽርኹም ዕጹው ኣይኮነን። ነቲ ፋይል ዝሓዘ ዝኾነ ሰብ ከንብቦ ይኽእል። ኣብቲ ዝመረጽኩምዎ ቦታ ጥራይ ዕቀብዎ፡ ምስ ዘየድልየኩም ድማ ደምስስዎ።</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ከም PDF ዕቀቡ</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>እቲ PDF ተዓቂቡ።</translation>
    </message>
    <message>
        <source>The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.</source>
        <translation>እቲ ፋይል PDF ብምስጢራዊ ቁጽርኹም ዕጹው ኣይኮነን። ነቲ ፋይል ዝሓዘ ዝኾነ ሰብ ከንብቦ ይኽእል። ንዝምልከቶ ሰብ ጥራይ ስደድዎ፡ ኣብቲ ዝመረጽኩምዎ ቦታ ጥራይ ዕቀብዎ፡ ምስ ዘየድልየኩም ድማ ደምስስዎ።</translation>
    </message>
    <message>
        <source>Send the PDF</source>
        <translation>ነቲ PDF ስደዱ</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>The language could not be saved.</source>
        <translation>እቲ ቋንቋ ክዕቀብ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>ቋንቋኹም ምረጹ</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>ቋንቋኹም ጠውቑ። ድሒርኩም ኣብ ምድላዋት ክትቕይርዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽሉ</translation>
    </message>
</context>
<context>
    <name>LetterChoice</name>
    <message>
        <source>Chosen</source>
        <translation>ተመሪጹ</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>What to do</source>
        <translation>እንታይ ክግበር ኣለዎ</translation>
    </message>
    <message>
        <source>Its date starts: %1</source>
        <translation>ዕለቱ ዝጅምሮ፦ %1</translation>
    </message>
    <message>
        <source>Enter the dates of this letter</source>
        <translation>ዕለታት ናይዚ ደብዳቤ ኣእትዉ</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>ዕለት ናይቲ ደብዳቤ</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>IND ቅድሚ እዚ ትውስን</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>ቅድሚ እዚ ምለሱ</translation>
    </message>
    <message>
        <source>The letter says before which day the IND decides. Enter that day.</source>
        <translation>እቲ ደብዳቤ IND ቅድሚ ኣየናይ መዓልቲ ከም እትውስን ይብል። ነታ መዓልቲ ኣእትዉ።</translation>
    </message>
    <message>
        <source>The letter says before which day the IND wants your answer. Enter that day.</source>
        <translation>እቲ ደብዳቤ IND ቅድሚ ኣየናይ መዓልቲ መልሲ ከም እትደሊ ይብል። ነታ መዓልቲ ኣእትዉ።</translation>
    </message>
    <message>
        <source>Saved. Samen reminds you before the date.</source>
        <translation>ተዓቂቡ። Samen ቅድሚ እቲ ዕለት ከዘኻኽረኩም እዩ።</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ተዓቂቡ።</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>ስጉምትታት ርኣዩ</translation>
    </message>
    <message>
        <source>See all dates</source>
        <translation>ኩሎም ዕለታት ርኣዩ</translation>
    </message>
    <message>
        <source>The date at the top of the letter, next to the word &quot;Datum&quot;.</source>
        <translation>እቲ ኣብ ላዕሊ ናይቲ ደብዳቤ፣ ኣብ ጥቓ እታ «Datum» ትብል ቃል ዘሎ ዕለት።</translation>
    </message>
    <message>
        <source>Dates to keep:</source>
        <translation>ክትዝክርዎም ዘለኩም ዕለታት፦</translation>
    </message>
    <message>
        <source>Keep the photo and text of this letter</source>
        <translation>ስእልን ጽሑፍን ናይዚ ደብዳቤ ዓቅቡ</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter&apos;s page. You can delete them there.</source>
        <translation>ክሳብ ዘወልዕዎ ጠፊኡ እዩ። ሽዑ Samen ነቲ ስእልን ዘንበቦ ጽሑፍን ኣብዚ ተሌፎን ጥራይ፡ ብምስጢራዊ ቁጽርኹም ዕጹው ገይሩ ይዕቅቦ፡ ኣብ ገጽ እዚ ደብዳቤ ድማ የርእዮ። ኣብኡ ክትድምስስዎ ትኽእሉ ኢኹም።</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>ካብ IND ደብዳቤ መጺኡ</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>መጀመርታ ብዛዕባ ስድራኹም ዘለዉ ሕቶታት መልሱ። ድሕሪኡ ነፍሲ ወከፍ ስጉምቲ ኣብዚ ክትከታተሉ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>ሕቶታት ጀምሩ</translation>
    </message>
    <message>
        <source>For whom is the letter?</source>
        <translation>እቲ ደብዳቤ ንመን እዩ?</translation>
    </message>
    <message>
        <source>The letter is about everyone in this application</source>
        <translation>እቲ ደብዳቤ ብዛዕባ ኩሎም ኣብዚ ሕቶ ዘለዉ እዩ</translation>
    </message>
    <message>
        <source>Which letter is it?</source>
        <translation>ኣየናይ ደብዳቤ እዩ?</translation>
    </message>
    <message>
        <source>Look at the Dutch words at the top of the letter. Choose the same words below.</source>
        <translation>ነቶም ኣብ ላዕሊ ናይቲ ደብዳቤ ዘለዉ ቃላት ሆላንድኛ ርኣዩ። ነቶም ሓደ ዓይነት ቃላት ኣብ ታሕቲ ምረጹ።</translation>
    </message>
    <message>
        <source>Not in the list? Add the date the letter asks you to answer by.</source>
        <translation>ኣብቲ ዝርዝር የለን? እቲ ደብዳቤ መልሲ ዝሓተሉ ዕለት ወስኹ።</translation>
    </message>
    <message>
        <source>Add a date from an IND letter</source>
        <translation>ካብ ደብዳቤ IND ዕለት ወስኹ</translation>
    </message>
    <message>
        <source>Let Samen read it</source>
        <translation>Samen ክንብቦ ግደፉ</translation>
    </message>
    <message>
        <source>Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.</source>
        <translation>ናይቲ ደብዳቤ ስእሊ ኣልዕሉ ወይ ፋይሉ ምረጹ። Samen ኣብዚ ተሌፎን ኣንቢቡ እንታይ ደብዳቤ ምዃኑን ክሳብ መዓስ ክትገብሩ ከም ዘለኩምን ይነግረኩም።</translation>
    </message>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Samen ነቲ ደብዳቤ የንብቦ</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Family member</source>
        <translation>ኣባል ስድራ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Name in your own language</source>
        <translation>ስም ብቋንቋኹም</translation>
    </message>
    <message>
        <source>Name in Latin letters, exactly as in the passport</source>
        <translation>ስም ብላቲን ፊደላት፡ ልክዕ ከም ኣብ ፓስፖርት</translation>
    </message>
    <message>
        <source>Suggest Latin letters</source>
        <translation>ብላቲን ፊደላት ኣማኽሩኒ</translation>
    </message>
    <message>
        <source>The suggestion is only a guess. Change it so that it is exactly as in the passport.</source>
        <translation>እቲ ምኽሪ ግምት ጥራይ እዩ። ልክዕ ከም ኣብ ፓስፖርት ክኸውን ቀይርዎ።</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>ወረቓቕቲ</translation>
    </message>
    <message>
        <source>%1, with photos or files</source>
        <translation>%1፡ ምስ ስእልታት ወይ ፋይላት</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>ነዚ ሰብ ኣልግስዎ</translation>
    </message>
    <message>
        <source>Yes, remove this person</source>
        <translation>እወ፡ ነዚ ሰብ ኣልግስዎ</translation>
    </message>
    <message>
        <source>Dates and progress of the application</source>
        <translation>ዕለታትን ምዕባለን ናይቲ ሕቶ</translation>
    </message>
    <message>
        <source>Earlier answers (before the rules changed):</source>
        <translation>ቀዳሞት መልስታት (ቅድሚ ሕግታት ምቕያሮም)፦</translation>
    </message>
    <message numerus="yes">
        <source>This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.</source>
        <translation>
            <numerusform>እዚ ነዚ ሰብ ምስ መልስታቱ፡ ወረቓቕቱ፡ ዕለታቱን መዘኻኸሪታቱን፡ ከምኡ’ውን %Ln ስእሊ ወይ ፋይል ናይ ወረቓቕቱ ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</numerusform>
            <numerusform>እዚ ነዚ ሰብ ምስ መልስታቱ፡ ወረቓቕቱ፡ ዕለታቱን መዘኻኸሪታቱን፡ ከምኡ’ውን %Ln ስእልታት ወይ ፋይላት ናይ ወረቓቕቱ ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes this person with their answers, papers, dates and reminders. You cannot undo this.</source>
        <translation>እዚ ነዚ ሰብ ምስ መልስታቱ፡ ወረቓቕቱ፡ ዕለታቱን መዘኻኸሪታቱን ይድምስሶ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message numerus="yes">
        <source>Remove this person and %Ln photo(s)</source>
        <translation>
            <numerusform>ነዚ ሰብን %Ln ስእልን ደምስሱ</numerusform>
            <numerusform>ነዚ ሰብን %Ln ስእልታትን ደምስሱ</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer in the family list.</source>
        <translation>እዚ ሰብ ኣብ ዝርዝር ስድራ የለን።</translation>
    </message>
    <message>
        <source>Kit for %1</source>
        <translation>ሓበሬታ ን%1</translation>
    </message>
</context>
<context>
    <name>NoVoiceNote</name>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>እዚ ተሌፎን ንቋንቋኹም ብድምጺ ዜንብብ ድምጺ የብሉን።</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>Write a note for yourself</source>
        <translation>ንነብስኹም መዘኻኸሪ ጽሓፉ</translation>
    </message>
</context>
<context>
    <name>OwnNameCard</name>
    <message>
        <source>You: %1</source>
        <translation>ንስኹም፦ %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>ንስኹም</translation>
    </message>
    <message>
        <source>Your name in your own language (you may leave it empty). A helper sees it on the summary.</source>
        <translation>ስምኩም ብቋንቋኹም (ባዶ ክትገድፍዎ ትኽእሉ ኢኹም)። ሓጋዚ ኣብቲ ጽማቕ ይርእዮ።</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your residence permit</source>
        <translation>ስምኩም ብላቲን ፊደላት፡ ከም ኣብ ፍቓድ መንበሪኹም</translation>
    </message>
</context>
<context>
    <name>PageTile</name>
    <message>
        <source>Look at page %1</source>
        <translation>ገጽ %1 ርኣዩ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>ገጽ %1</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>ብ %1 ተወሲኹ</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>ርኣዩ</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ቅዳሕ ዕቀቡ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ደምስሱ</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>Where you are now</source>
        <translation>ሕጂ ኣበይ ከም ዘለኹም</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>ሕጂ ክትገብርዎ ትኽእሉ</translation>
    </message>
    <message>
        <source>What your family abroad does</source>
        <translation>ስድራኹም ኣብ ወጻኢ ዝገብርዎ</translation>
    </message>
</context>
<context>
    <name>PhaseGroup</name>
    <message>
        <source>Next step: %1</source>
        <translation>ዝቕጽል ስጉምቲ፦ %1</translation>
    </message>
    <message>
        <source>See the steps</source>
        <translation>ስጉምትታት ርኣዩ</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln ዓመት</numerusform>
            <numerusform>%Ln ዓመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ወርሒ</numerusform>
            <numerusform>%Ln ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln ሰሙን</numerusform>
            <numerusform>%Ln ሰሙናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln መዓልቲ</numerusform>
            <numerusform>%Ln መዓልታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually up to %1.</source>
        <translation>ብልሙድ ክሳብ %1።</translation>
    </message>
    <message>
        <source>It can take %1 longer.</source>
        <translation>%1 ካብኡ ንላዕሊ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Application not sent yet</source>
        <translation>ሕቶ ገና ኣይተለኣኸን</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>The photo is blurred. Hold the phone still and take it again.</source>
        <translation>እቲ ስእሊ ንጹር ኣይኮነን። ተሌፎን ከይተንቀሳቐሰ ሓዝዎ እሞ እንደገና ኣልዕልዎ።</translation>
    </message>
    <message>
        <source>A light shines on the paper and hides part of it. Move the paper or the light and take the photo again.</source>
        <translation>ብርሃን ኣብቲ ወረቐት ይበርቕ እሞ ክፋል ይሓብኦ። ነቲ ወረቐት ወይ ነቲ ብርሃን ኣግልስዎ እሞ እንደገና ስእሊ ኣልዕሉ።</translation>
    </message>
    <message>
        <source>The photo is too dark. Take it again in more light.</source>
        <translation>እቲ ስእሊ ኣዝዩ ጸልማት እዩ። ኣብ ዝበዝሐ ብርሃን እንደገና ኣልዕልዎ።</translation>
    </message>
    <message>
        <source>Part of the paper is cut off. Take the photo again with all four corners of the paper in it.</source>
        <translation>ክፋል እቲ ወረቐት ካብ ስእሊ ወጺኡ ኣሎ። ኣርባዕቲኦም ኩርናዓት እቲ ወረቐት ኣብ ስእሊ ከም ዘለዉ ጌርኩም እንደገና ኣልዕሉ።</translation>
    </message>
</context>
<context>
    <name>PhotoCheckPage</name>
    <message>
        <source>Check the photo</source>
        <translation>ስእሊ ምፍታሽ</translation>
    </message>
    <message>
        <source>There is no photo to check.</source>
        <translation>ዝፍተሽ ስእሊ የለን።</translation>
    </message>
    <message>
        <source>Making the page straight. This can take a moment.</source>
        <translation>እቲ ገጽ ይቕናዕ ኣሎ። ቁሩብ ግዜ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Checking the photo. This can take a moment.</source>
        <translation>እቲ ስእሊ ይፍተሽ ኣሎ። ቁሩብ ግዜ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>The photo looks clear.</source>
        <translation>እቲ ስእሊ ንጹር ይመስል።</translation>
    </message>
    <message>
        <source>Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.</source>
        <translation>ነተን ኣርባዕተ ክቡብ ምልክታት ተመልከቱ። ነፍሲ ወከፈን ኣብ ሓደ ኩርናዕ እቲ ወረቐት ክኸውን ኣለዋ። እንተ ዘይኮይኑ ናብኡ ስሓብዋ።</translation>
    </message>
    <message>
        <source>Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.</source>
        <translation>Samen ደረት እቲ ወረቐት ክረክብ ኣይከኣለን። ነተን ኣርባዕተ ክቡብ ምልክታት ናብ ኩርናዓት እቲ ወረቐት ስሓብወን።</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>እቲ ስእሊ</translation>
    </message>
    <message>
        <source>Top left corner of the paper</source>
        <translation>ላዕለዋይ ጸጋማይ ኩርናዕ እቲ ወረቐት</translation>
    </message>
    <message>
        <source>Top right corner of the paper</source>
        <translation>ላዕለዋይ የማናይ ኩርናዕ እቲ ወረቐት</translation>
    </message>
    <message>
        <source>Bottom right corner of the paper</source>
        <translation>ታሕተዋይ የማናይ ኩርናዕ እቲ ወረቐት</translation>
    </message>
    <message>
        <source>Bottom left corner of the paper</source>
        <translation>ታሕተዋይ ጸጋማይ ኩርናዕ እቲ ወረቐት</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>እንደገና ኣልዕሉ</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>በዚ ስእሊ ተጠቐሙ</translation>
    </message>
    <message>
        <source>The arrow keys move this mark.</source>
        <translation>መጠወቕቲ ኣንፈት ነዛ ምልክት የንቀሳቕስዋ።</translation>
    </message>
</context>
<context>
    <name>ReadDateCheck</name>
    <message>
        <source>Samen read this in the letter: &quot;%1&quot;. Check the date against the paper, then save.</source>
        <translation>Samen ኣብቲ ደብዳቤ እዚ ኣንቢቡ፦ «%1»። ነቲ ዕለት ምስቲ ደብዳቤ ኣመሳኽሩ፣ ድሕሪኡ ዓቅቡ።</translation>
    </message>
</context>
<context>
    <name>ReaderFoundDate</name>
    <message>
        <source>From the words in the letter: &quot;%1&quot;</source>
        <translation>ካብቶም ኣብቲ ደብዳቤ ዘለዉ ቃላት፦ «%1»</translation>
    </message>
    <message>
        <source>This day has already passed. Ask a helper today what you can still do.</source>
        <translation>እዛ መዓልቲ ሓሊፋ እያ። ሎሚ ንሓጋዚ እንታይ ክትገብሩ ከም እትኽእሉ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Let Samen read the letter</source>
        <translation>Samen ነቲ ደብዳቤ የንብቦ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈቱ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file of the letter</source>
        <translation>ስእሊ ወይ ፋይል PDF ናይቲ ደብዳቤ ምረጹ</translation>
    </message>
    <message>
        <source>Photos and PDF files</source>
        <translation>ስእልታትን ፋይላት PDFን</translation>
    </message>
    <message>
        <source>Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.</source>
        <translation>Samen ነቲ ደብዳቤ ኣብዚ ተሌፎን የንብቦ። ዋላ ሓንቲ ናብ ዝኾነ ቦታ ኣይለኣኽን፣ ንስኻትኩም እንተ ዘይመሪጽኩም ድማ ዋላ ሓንቲ ኣይዕቀብን።</translation>
    </message>
    <message>
        <source>Put the letter flat on a table, in good light. The whole first page must be in the photo.</source>
        <translation>ነቲ ደብዳቤ ኣብ ጠረጴዛ ጸፊሕኩም ኣንብሩዎ፣ ኣብ ጽቡቕ ብርሃን። እቲ ቀዳማይ ገጽ ምሉእ ኣብቲ ስእሊ ክኸውን ኣለዎ።</translation>
    </message>
    <message>
        <source>Take a photo of the letter</source>
        <translation>ናይቲ ደብዳቤ ስእሊ ኣልዕሉ</translation>
    </message>
    <message>
        <source>Choose a photo or PDF of the letter</source>
        <translation>ስእሊ ወይ PDF ናይቲ ደብዳቤ ምረጹ</translation>
    </message>
    <message>
        <source>Choose the letter from the list yourself</source>
        <translation>ነቲ ደብዳቤ ባዕልኹም ካብቲ ዝርዝር ምረጹ</translation>
    </message>
    <message>
        <source>Samen is reading the letter. This can take up to a minute.</source>
        <translation>Samen ነቲ ደብዳቤ የንብቦ ኣሎ። እዚ ክሳብ ሓደ ደቒቕ ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>ምንባብ ኣቋርጹ</translation>
    </message>
    <message>
        <source>This does not look like an IND letter.</source>
        <translation>እዚ ደብዳቤ ናይ IND ኣይመስልን።</translation>
    </message>
    <message>
        <source>Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.</source>
        <translation>ምናልባት እቲ ስእሊ ንጹር ኣይኮነን፣ ወይ ካልእ ዓይነት ደብዳቤ እዩ። ካልእ ስእሊ ክትፍትኑ፣ ወይ ብቃላት ሆላንድኛ ኣብ ላዕሊ ዘለዉ ነቲ ደብዳቤ ካብቲ ዝርዝር ክትመርጹ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Try another photo or file</source>
        <translation>ካልእ ስእሊ ወይ ፋይል ፈትኑ</translation>
    </message>
    <message>
        <source>Samen read the letter. Check what it found against the paper before you continue.</source>
        <translation>Samen ነቲ ደብዳቤ ኣንቢብዎ። ቅድሚ ምቕጻልኩም ዝረኸቦ ምስቲ ደብዳቤ ኣመሳኽሩ።</translation>
    </message>
    <message>
        <source>Samen is not sure about this letter. Check everything below against the paper.</source>
        <translation>Samen ብዛዕባ እዚ ደብዳቤ ርግጸኛ ኣይኮነን። ኩሉ ኣብ ታሕቲ ዘሎ ምስቲ ደብዳቤ ኣመሳኽሩ።</translation>
    </message>
    <message>
        <source>Which letter it seems to be</source>
        <translation>እቲ ዝመስል ደብዳቤ</translation>
    </message>
    <message>
        <source>Which of these is it?</source>
        <translation>ካብዚኦም እየናይ እዩ?</translation>
    </message>
    <message>
        <source>Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.</source>
        <translation>Samen ነዞም ደብዳቤታት ክፈልዮም ኣይከኣለን። ነዞም ቃላት ሆላንድኛ ኣብቲ ደብዳቤ ድለዩ እሞ ምረጹ።</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>ዕለት ናይቲ ደብዳቤ</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter. You can enter it on the next page.</source>
        <translation>Samen ዕለት ናይቲ ደብዳቤ ኣይረኸበን። ኣብቲ ዝቕጽል ገጽ ከተእትዉዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Answer before</source>
        <translation>ቅድሚ እዚ ምለሱ</translation>
    </message>
    <message>
        <source>Samen did not find a day to answer by. Look in the letter for words like &quot;binnen&quot; and a date.</source>
        <translation>Samen ክሳብ መዓስ ክትምልሱ ከም ዘለኩም ዕለት ኣይረኸበን። ኣብቲ ደብዳቤ ከም «binnen» ዝኣመሰሉ ቃላትን ዕለትን ድለዩ።</translation>
    </message>
    <message>
        <source>The IND decides before</source>
        <translation>IND ቅድሚ እዚ ትውስን</translation>
    </message>
    <message>
        <source>V-number: %1</source>
        <translation>ቁጽሪ V፦ %1</translation>
    </message>
    <message>
        <source>Continue: check the dates and save</source>
        <translation>ቀጽሉ፦ ዕለታት ኣረጋግጹን ዓቅቡን</translation>
    </message>
    <message>
        <source>It is another letter: choose from the list</source>
        <translation>ካልእ ደብዳቤ እዩ፦ ካብቲ ዝርዝር ምረጹ</translation>
    </message>
    <message>
        <source>Read another photo or file</source>
        <translation>ካልእ ስእሊ ወይ ፋይል ኣንብቡ</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>This file is empty. Choose another photo or file of the letter.</source>
        <translation>እዚ ፋይል ባዶ እዩ። ካልእ ስእሊ ወይ ፋይል ናይቲ ደብዳቤ ምረጹ።</translation>
    </message>
    <message>
        <source>This file is too large to read. Take a new photo of the letter, or choose a smaller file.</source>
        <translation>እዚ ፋይል ንምንባብ ኣዝዩ ዓቢ እዩ። ሓድሽ ስእሊ ናይቲ ደብዳቤ ኣልዕሉ፣ ወይ ንእሽቶ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.</source>
        <translation>Samen ስእልታት (JPEG, PNG) ከምኡ&apos;ውን ፋይላት PDF ከንብብ ይኽእል። ስእሊ ወይ PDF ናይቲ ደብዳቤ ምረጹ።</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be one letter. Choose the PDF of one letter.</source>
        <translation>እዚ PDF ንሓደ ደብዳቤ ኣዝዮም ብዙሓት ገጻት ኣለዉዎ። PDF ናይ ሓደ ደብዳቤ ምረጹ።</translation>
    </message>
    <message>
        <source>The letter reader is missing from this installation of Samen. Choose the letter from the list yourself.</source>
        <translation>ኣንባቢ ደብዳቤ ኣብዚ ምትካል Samen የለን። ነቲ ደብዳቤ ባዕልኹም ካብቲ ዝርዝር ምረጹ።</translation>
    </message>
    <message>
        <source>This file cannot be read. Take a new photo of the letter, or choose another file.</source>
        <translation>እዚ ፋይል ክንበብ ኣይክእልን። ሓድሽ ስእሊ ናይቲ ደብዳቤ ኣልዕሉ፣ ወይ ካልእ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>Samen could not find which letter this is.</source>
        <translation>Samen እዚ እንታይ ደብዳቤ ምዃኑ ክፈልጥ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>The letter has words of two kinds of letters.</source>
        <translation>እቲ ደብዳቤ ናይ ክልተ ዓይነት ደብዳቤታት ቃላት ኣለዎ።</translation>
    </message>
    <message>
        <source>Samen could not read whether the objection was accepted or not.</source>
        <translation>Samen እቲ ተቓውሞ ተቐቢሉ ድዩ ኣይተቐበለን ከንብብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Samen did not find the date of the letter.</source>
        <translation>Samen ዕለት ናይቲ ደብዳቤ ኣይረኸበን።</translation>
    </message>
    <message>
        <source>The letter has more than one date that could be meant.</source>
        <translation>እቲ ደብዳቤ ካብ ሓደ ንላዕሊ ክኸውን ዝኽእል ዕለት ኣለዎ።</translation>
    </message>
    <message>
        <source>The date of the letter is long ago. Check that Samen read it right.</source>
        <translation>ዕለት ናይቲ ደብዳቤ ነዊሕ ግዜ ኣቐዲሙ እዩ። Samen ብግቡእ ከም ዘንበቦ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>The date of the letter is after today. Check that Samen read it right.</source>
        <translation>ዕለት ናይቲ ደብዳቤ ድሕሪ ሎሚ እዩ። Samen ብግቡእ ከም ዘንበቦ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>A date in the letter was hard to read.</source>
        <translation>ሓደ ዕለት ኣብቲ ደብዳቤ ንምንባብ ከቢዱ ነይሩ።</translation>
    </message>
    <message>
        <source>Samen did not find by when you must answer.</source>
        <translation>Samen ክሳብ መዓስ ክትምልሱ ከም ዘለኩም ኣይረኸበን።</translation>
    </message>
    <message>
        <source>The letter gives a period, but Samen is not sure from which day it counts.</source>
        <translation>እቲ ደብዳቤ ግዜ ይጠቅስ፣ ግን Samen ካብ ኣየናይ መዓልቲ ከም ዝቑጸር ርግጸኛ ኣይኮነን።</translation>
    </message>
    <message>
        <source>A date Samen read is before the date of the letter. Check it against the paper.</source>
        <translation>Samen ዘንበቦ ዕለት ቅድሚ ዕለት ናይቲ ደብዳቤ እዩ። ምስቲ ደብዳቤ ኣመሳኽሩዎ።</translation>
    </message>
    <message>
        <source>The day to answer by is far away. Check that Samen read it right.</source>
        <translation>እቲ ክትምልሱሉ ዘለኩም መዓልቲ ርሑቕ እዩ። Samen ብግቡእ ከም ዘንበቦ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>The V-number was hard to read.</source>
        <translation>ቁጽሪ V ንምንባብ ከቢዱ ነይሩ።</translation>
    </message>
    <message>
        <source>The photo was hard to read. A sharper photo in good light helps.</source>
        <translation>እቲ ስእሊ ንምንባብ ከቢዱ ነይሩ። ኣብ ጽቡቕ ብርሃን ዝተላዕለ ንጹር ስእሊ ይሕግዝ።</translation>
    </message>
    <message>
        <source>Samen is not sure about part of this letter.</source>
        <translation>Samen ብዛዕባ ገለ ክፋል ናይዚ ደብዳቤ ርግጸኛ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Samen did not find the day by which the IND decides.</source>
        <translation>Samen እታ IND ቅድሚኣ ትውስነላ መዓልቲ ኣይረኸበን።</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>ሕቶ ምጥርናፍ ስድራ</translation>
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
        <translation>ክትርእይዎ ዘለኩም ዕለት ኣሎኩም።</translation>
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
    <message>
        <source>End of the waiting time</source>
        <translation>መወዳእታ ግዜ ምጽባይ</translation>
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
        <translation>ፋይል ተጠባባቒ ቅዳሕ ምረጹ</translation>
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
        <translation>ሓበሬታኹም ተመሊሱ ኣሎ።</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>ተጠባባቒ ቅዳሕ ይምርመርን ይምለስን ኣሎ።</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈቱ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.</source>
        <translation>ኩሉ ሕጂ ኣብ Samen ዘሎ ብቲ ኣብ ተጠባባቒ ቅዳሕ ዘሎ ክትካእ እዩ። ድሕሪ እቲ ተጠባባቒ ቅዳሕ ምስራሑ ዝወሰኽኩምዎ ወይ ዝቐየርኩምዎ ክጠፍእ እዩ። ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message>
        <source>Yes, replace it with the backup</source>
        <translation>እወ፡ ብተጠባባቒ ቅዳሕ ተክእዎ</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation>ውጽኢትኹም</translation>
    </message>
    <message>
        <source>There is no result yet. First answer the questions about you and your family.</source>
        <translation>ገና ውጽኢት የለን። መጀመርታ ነቲ ብዛዕባኹምን ስድራኹምን ዘሎ ሕቶታት መልሱ።</translation>
    </message>
    <message>
        <source>Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.</source>
        <translation>መን ክሕግዝ ይኽእል፦ ናይ VluchtelingenWerk ወለንተኛ ኣብ AZC ወይ ኣብ ከተማኹም፡ ወይ ብመንገዲ Juridisch Loket ጠበቓ። ነዚ ስክሪን ኣርእይዎም። Samen ጠበቓ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>መልስታተይ ምቕያር</translation>
    </message>
    <message>
        <source>Next: the papers for each person</source>
        <translation>ቀጺሉ፦ ወረቓቕቲ ናይ ነፍሲ ወከፍ ሰብ</translation>
    </message>
</context>
<context>
    <name>RulesChangeNotice</name>
    <message>
        <source>Samen&apos;s rules were updated (rules as of %1).</source>
        <translation>ሕግታት Samen ተሓዲሶም (ሕግታት ከም ናይ %1)።</translation>
    </message>
    <message>
        <source>For %1 the answer is now: %2. Before it was: %3.</source>
        <translation>ን%1 እቲ መልሲ ሕጂ፦ %2። ቅድሚ ሕጂ፦ %3 ነይሩ።</translation>
    </message>
    <message>
        <source>Until %1 the answer was: %2 (rules as of %3).</source>
        <translation>ክሳብ %1 እቲ መልሲ፦ %2 ነይሩ (ሕግታት ከም ናይ %3)።</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>ሕብኡ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ኣርእዩ</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>ሕብኡ፦ %1</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>ኣርእዩ፦ %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
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
        <translation>Samen ብዘይ ኢንተርነት ይሰርሕ። ሓበሬታኹም ናብ ዝኾነ ቦታ ኣይሰድድን።</translation>
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
        <translation>ሓበሬታኹም ኣብዚ ተሌፎን ዕጹው እዩ። ካብቲ ኣፕ ክትወጹ ከለኹም ወይ ን5 ደቓይቕ ከይተጠቐምኩምሉ፡ Samen ባዕሉ ይዕጾ።</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Samen ሕጂ ዕጸውዎ</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>መሕለፊ ቃል ቀይሩ</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>ምስጢራዊ ቁጽሪ ቀይሩ</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ስርሑ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>ንኹሉ ደምስሱ</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Say which date in reminders</source>
        <translation>ኣብ መዘኻኸሪታት ኣየናይ ዕለት ምዃኑ ንገሩ</translation>
    </message>
    <message>
        <source>Off: a reminder only says &quot;You have a date to check.&quot; On: it also says which date and when. Others may see reminders on your screen.</source>
        <translation>ዕጹው፦ መዘኻኸሪ «ክትርእይዎ ዘለኩም ዕለት ኣሎኩም።» ጥራይ ይብል። ክፉት፦ ኣየናይ ዕለትን መዓስን እውን ይብል። ካልኦት ኣብ ስክሪንኩም መዘኻኸሪታት ክርእዩ ይኽእሉ እዮም።</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ዕለታት</translation>
    </message>
    <message>
        <source>Also show dates in the Ethiopian calendar (E.C.)</source>
        <translation>ዕለታት ብናይ ግዕዝ ዓውደ ኣዋርሕ (ዓ.ም.) እውን ኣርእዩ</translation>
    </message>
    <message>
        <source>Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.</source>
        <translation>Samen ኩሉ ግዜ ነቲ ግሪጎርያዊ (ኤውሮጳዊ) ዕለት ቅድሚ ኩሉ የርኢ፡ ከምቲ IND ዝጽሕፎ። ናይ ግዕዝ ዕለት ድሕሪኡ ይመጽእ፡ ብ«ዓ.ም.» ተመልኪቱ።</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in this phone&apos;s secure chip. A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>ምስጢራዊ ቁጽሪኹም ምስ ኣብቲ ውሑስ ቺፕ ናይዚ ተሌፎን ዘሎ መፍትሕ ብሓባር ይሰርሕ። ቅዳሕ ናይ ፋይላት Samen ኣብ ካልእ መሳርሒ ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>Your PIN works together with a key in Android&apos;s key store (this phone has no separate secure chip for it). A copy of Samen&apos;s files cannot be opened on another device.</source>
        <translation>ምስጢራዊ ቁጽሪኹም ምስ ኣብ መኽዘን መፍትሕ ናይ Android ዘሎ መፍትሕ ብሓባር ይሰርሕ (እዚ ተሌፎን ንዕኡ ዝኸውን ፍሉይ ውሑስ ቺፕ የብሉን)። ቅዳሕ ናይ ፋይላት Samen ኣብ ካልእ መሳርሒ ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>On this computer only your PIN protects a copy of Samen&apos;s files. The computer&apos;s keyring keeps the count of wrong tries, so nobody can reset it.</source>
        <translation>ኣብዚ ኮምፒተር፡ ንቕዳሕ ፋይላት Samen ዝሕልዎ ምስጢራዊ ቁጽሪኹም ጥራይ እዩ። መኽዘን መፍትሕ ናይቲ ኮምፒተር ቁጽሪ ጌጋ ፈተነታት ይሕዝ፡ ስለዚ ሓደ እኳ ክድምስሶ ኣይክእልን።</translation>
    </message>
    <message>
        <source>On this device only your PIN protects a copy of Samen&apos;s files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.</source>
        <translation>ኣብዚ መሳርሒ፡ ንቕዳሕ ፋይላት Samen ዝሕልዎ ምስጢራዊ ቁጽሪኹም ጥራይ እዩ፡ ቁጽሪ ጌጋ ፈተነታት ድማ ኣብ ንቡር ፋይል ይዕቀብ። ሓደ እኳ ክግምቶ ዘይክእል ምስጢራዊ ቁጽሪ ምረጹ።</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ዓቐን ጽሑፍ</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the buttons that make text smaller or larger</comment>
        <translation>ሀ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>ዝነኣሰ ጽሑፍ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>ዝዓበየ ጽሑፍ</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>ብድምጺ ምንባብ</translation>
    </message>
    <message>
        <source>Tap the speaker to hear how Samen reads a text aloud.</source>
        <translation>Samen ብኸመይ ጽሑፍ ብድምጺ ከም ዘንብብ ንምስማዕ ነቲ መጉልሒ ድምጺ ጠውቑ።</translation>
    </message>
    <message>
        <source>Read slowly</source>
        <translation>ብቐስታ ምንባብ</translation>
    </message>
    <message>
        <source>Looking for a voice on this phone …</source>
        <translation>ኣብዚ ተሌፎን ድምጺ ይድለ ኣሎ …</translation>
    </message>
    <message>
        <source>This phone has a voice for your language.</source>
        <translation>እዚ ተሌፎን ንቋንቋኹም ድምጺ ኣለዎ።</translation>
    </message>
    <message>
        <source>This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.</source>
        <translation>እዚ ተሌፎን ናይ ዳሪ ድምጺ የብሉን። ጽሑፋት ብናይ ፋርሲ ድምጺ እዮም ዝንበቡ፣ እዚ ድምጺ ቁሩብ ፍልይ ይብል።</translation>
    </message>
    <message>
        <source>This phone has no voice that can read your language aloud.</source>
        <translation>እዚ ተሌፎን ንቋንቋኹም ብድምጺ ዜንብብ ድምጺ የብሉን።</translation>
    </message>
    <message>
        <source>The first tap on a speaker also checks whether this phone has a voice for your language.</source>
        <translation>ንመጀመርያ ግዜ መጉልሒ ድምጺ ምስ ጠወቕኩም፣ እዚ ተሌፎን ንቋንቋኹም ድምጺ እንተለዎ እውን ይፍተሽ።</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>ሓበሬታኹም ሓልዉ</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>መሕለፊ ቃል ምረጹ። ነቲ ኣፕ ኣብ ዝኸፈትኩምሉ ግዜ ኩሉ Samen ይሓተኩም። ዝዓቀብኩምዎ ኩሉ ኣብዚ ተሌፎን ዕጹው ኮይኑ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>እንተወሓደ 6 ቁጽርታት ዘለዎ ምስጢራዊ ቁጽሪ ምረጹ። ነቲ ኣፕ ኣብ ዝኸፈትኩምሉ ግዜ ኩሉ Samen ይሓተኩም። ዝዓቀብኩምዎ ኩሉ ኣብዚ ተሌፎን ዕጹው ኮይኑ ይጸንሕ።</translation>
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
        <translation>መሕለፊ ቃል ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>ምስጢራዊ ቁጽሪ ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>እቶም ክልተ ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>ኣገዳሲ፦ ምስጢራዊ ቁጽርኹም እንተረሲዕኩም፡ ሓደ እኳ ሓበሬታኹም ክኸፍቶ ኣይክእልን፡ ሰራሕቲ Samen እውን ከይተረፉ። ክትመልስዎ ምእንቲ ኣብ ምድላዋት ተጠባባቒ ቅዳሕ ስርሑ።</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>ሓበሬታይ ዕጸውዎ</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>ሓበሬታኹም ይዕጾ ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>ኣብ ክንዲኡ ምስጢራዊ ቁጽሪ ተጠቐሙ</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ቃል ተጠቐሙ</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Stop reading: %1</source>
        <translation>ምንባብ ምቁራጽ፦ %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>ብድምጺ ምንባብ፦ %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Date in the IND letter</source>
        <translation>ዕለት ኣብ ደብዳቤ IND</translation>
    </message>
    <message>
        <source>Same date for everyone in this application</source>
        <translation>ንኹሎም ኣብዚ ሕቶ ዘለዉ ሓደ ዓይነት ዕለት</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>ነዚ ዕለት ኣልግስዎ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>StageStep</name>
    <message>
        <source>No date yet</source>
        <translation>ገና ዕለት የለን</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>ዕለት ቀይሩ</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>ዕለት ኣእትዉ</translation>
    </message>
</context>
<context>
    <name>StepDateEntry</name>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A letter from the IND came</source>
        <translation>ካብ IND ደብዳቤ መጺኡ</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>ኩሎም ስጉምትታት</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>ኣዝዩ ሓጺር፦ እንተወሓደ 8 ፊደላት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>ቀሊል ንምግማቱ። ተወሳኺ ቃላት ወይ ቁጽርታት ወስኹ።</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>ጽቡቕ። ዝነውሐ መሕለፊ ቃል ዝያዳ ውሑስ እዩ።</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>ሓያል መሕለፊ ቃል።</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ቀሊል ንምግማቱ እዩ፡ ይደጋገም፡ ብተኸታታሊ ይውስኽ ወይ ይንኪ፡ ኣዝዩ ልሙድ እዩ ወይ ዓመት ይመስል። ብዘይ ስርዓት 6 ቁጽርታት ምረጹ።</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>እቲ ፋይል ክዕቀብ ኣይከኣለን። ካልእ ቦታ ምረጹ።</translation>
    </message>
    <message>
        <source>Family reunification: summary</source>
        <translation>ምጥርናፍ ስድራ፦ ጽማቕ</translation>
    </message>
    <message>
        <source>Person in the Netherlands (referent)</source>
        <translation>ኣብ ኔዘርላንድ ዘሎ ሰብ (referent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ስም ብላቲን ፊደላት</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>ሓለዋ</translation>
    </message>
    <message>
        <source>Date of the IND decision</source>
        <translation>ዕለት ውሳነ IND</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>ኣባላት ስድራ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ዝምድና</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጽኢት</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ሕጊ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ምንጪ</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>ናይ መወዳእታ ስጉምቲ</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>ናይ መወዳእታ ግዜታት</translation>
    </message>
    <message>
        <source>For</source>
        <translation>ንመን</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>ብምሉኡ ስድራ</translation>
    </message>
    <message>
        <source>Note by the user (own words, not checked)</source>
        <translation>መዘኻኸሪ ናይ ተጠቃሚ (ናቱ ቃላት፡ ዘይተረጋገጸ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>የለን</translation>
    </message>
    <message>
        <source>No family members entered yet.</source>
        <translation>ገና ኣባላት ስድራ ኣይኣተዉን።</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>ክፉት ናይ መወዳእታ ግዜ የለን።</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>ሕግታት ክሳብ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ዝተሰርሐሉ ዕለት</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ገጽ</translation>
    </message>
    <message>
        <source>Made with the Samen app from the user&apos;s own answers. Not an official document: check the facts with the IND letters.</source>
        <translation>ብኣፕ Samen ካብ መልስታት ተጠቃሚ ዝተሰርሐ። ወግዓዊ ሰነድ ኣይኮነን፦ ሓበሬታ ምስ ደብዳቤታት IND ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ሰብኣይ ወይ ሰበይቲ</translation>
    </message>
    <message>
        <source>Partner (not married)</source>
        <translation>መጻምድቲ (ዘይተመርዓወ)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ቆልዓ</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>ብጉዲፈቻ ዝተወሰደ ቆልዓ</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation>ዘዕበኹምዎ ቆልዓ</translation>
    </message>
    <message>
        <source>Child of the partner</source>
        <translation>ቆልዓ መጻምድቲ</translation>
    </message>
    <message>
        <source>Father or mother</source>
        <translation>ኣቦ ወይ ኣደ</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>ሓው ወይ ሓብቲ</translation>
    </message>
    <message>
        <source>Nareis possible</source>
        <translation>nareis ይከኣል</translation>
    </message>
    <message>
        <source>Regular route only (income requirement)</source>
        <translation>ልሙድ መንገዲ ጥራይ (ቅድመ ኩነት እቶት)</translation>
    </message>
    <message>
        <source>Must wait (b-status)</source>
        <translation>ክጽበ ኣለዎ (b-status)</translation>
    </message>
    <message>
        <source>Not eligible for nareis</source>
        <translation>ንnareis ብቑዕ ኣይኮነን</translation>
    </message>
    <message>
        <source>Unclear: needs advice from a lawyer</source>
        <translation>ንጹር ኣይኮነን፦ ምኽሪ ጠበቓ የድልዮ</translation>
    </message>
    <message>
        <source>Not known: the questions are not finished</source>
        <translation>ኣይፍለጥን፦ ሕቶታት ኣይተወድኡን</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>ፓስፖርት ወይ መንነት ካርድ</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>ምስክር ወረቐት መርዓ</translation>
    </message>
    <message>
        <source>Proof of the relationship</source>
        <translation>መረጋገጺ ርክብ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>ምስክር ወረቐት ልደት</translation>
    </message>
    <message>
        <source>Adoption papers</source>
        <translation>ወረቓቕቲ ጉዲፈቻ</translation>
    </message>
    <message>
        <source>Proof of foster care</source>
        <translation>መረጋገጺ ምዕባይ</translation>
    </message>
    <message>
        <source>Consent of the other parent</source>
        <translation>ፍቓድ ናይቲ ካልኣይ ወላዲ</translation>
    </message>
    <message>
        <source>Police record statement</source>
        <translation>ወረቐት ፖሊስ (ገበን መዝገብ)</translation>
    </message>
    <message>
        <source>Marital status statement</source>
        <translation>ወረቐት ምርዓው ወይ ዘይምርዓው</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>ብመሓላ ዝተተርጎመ ትርጉም</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>የለን</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>ተሓቲቱ</translation>
    </message>
    <message>
        <source>in hand, not translated</source>
        <translation>ኣብ ኢድ ኣሎ፡ ኣይተተርጎመን</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>ተተርጒሙ</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ድሉው</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>ሕቶ ቀሪቡ</translation>
    </message>
    <message>
        <source>Extra questions from the IND</source>
        <translation>ተወሳኺ ሕቶታት ካብ IND</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>ሕቶ ተቐባልነት ረኺቡ</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>ሕቶ ተነጺጉ</translation>
    </message>
    <message>
        <source>MVV visa issued</source>
        <translation>ቪዛ MVV ተዋሂቡ</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>ተጓዒዙ</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>ኔዘርላንድ በጺሑ</translation>
    </message>
    <message>
        <source>Appointment at IND Zevenaar</source>
        <translation>ቆጸራ ኣብ IND Zevenaar</translation>
    </message>
    <message>
        <source>Registered in the municipality (BRP)</source>
        <translation>ኣብ ምምሕዳር ከተማ ተመዝጊቡ (BRP)</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>ገና ኣይተሓተተን</translation>
    </message>
    <message>
        <source>Last day to apply for nareis (3 months)</source>
        <translation>ናይ መወዳእታ መዓልቲ ንnareis ምሕታት (3 ኣዋርሕ)</translation>
    </message>
    <message>
        <source>IND decision due (may be extended)</source>
        <translation>ግዜ ውሳነ IND (ክናዋሕ ይኽእል)</translation>
    </message>
    <message>
        <source>Last day to object (bezwaar)</source>
        <translation>ናይ መወዳእታ መዓልቲ ተቓውሞ (bezwaar)</translation>
    </message>
    <message>
        <source>Collect the MVV at the embassy</source>
        <translation>MVV ካብ ኤምባሲ ምውሳድ</translation>
    </message>
    <message>
        <source>Travel to the Netherlands (MVV valid until)</source>
        <translation>ናብ ኔዘርላንድ ምጉዓዝ (MVV ክሳብ ዝሰርሕ)</translation>
    </message>
    <message>
        <source>First visit to a GP</source>
        <translation>ቀዳማይ ምብጻሕ ሓኪም ስድራ</translation>
    </message>
    <message>
        <source>End of the 2-year wait (b-status)</source>
        <translation>መወዳእታ ናይ 2 ዓመት ምጽባይ (b-status)</translation>
    </message>
    <message>
        <source>Date from a letter</source>
        <translation>ዕለት ካብ ደብዳቤ</translation>
    </message>
    <message>
        <source>Refugee status (a-status)</source>
        <translation>ናይ ስደተኛ ስታቱስ (a-status)</translation>
    </message>
    <message>
        <source>Subsidiary protection (b-status)</source>
        <translation>ንኡስ ሓለዋ (b-status)</translation>
    </message>
    <message>
        <source>Regular route: fee (leges)</source>
        <translation>ልሙድ መንገዲ፦ ክፍሊት (leges)</translation>
    </message>
    <message>
        <source>Regular route: civic integration exam abroad</source>
        <translation>ልሙድ መንገዲ፦ ፈተና ምውህሃድ ኣብ ወጻኢ</translation>
    </message>
    <message>
        <source>Regular route: proof of income and housing</source>
        <translation>ልሙድ መንገዲ፦ መረጋገጺ እቶትን ገዛን</translation>
    </message>
    <message>
        <source>Regular route: health insurance</source>
        <translation>ልሙድ መንገዲ፦ ናይ ጥዕና መድሕን</translation>
    </message>
    <message>
        <source>Regular route: legalised documents</source>
        <translation>ልሙድ መንገዲ፦ ሕጋዊ ዝተረጋገጹ ወረቓቕቲ</translation>
    </message>
    <message>
        <source>Objection (bezwaar) filed</source>
        <translation>ተቓውሞ (bezwaar) ቀሪቡ</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>ውሳነ ብዛዕባ እቲ ተቓውሞ</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>ቲኬት ተቖሪጹ</translation>
    </message>
    <message>
        <source>TB screening at the GGD</source>
        <translation>መርመራ ዓባይ ሰዓል (TB) ኣብ GGD</translation>
    </message>
    <message>
        <source>First GP visit</source>
        <translation>ቀዳማይ ምብጻሕ ሓኪም ስድራ</translation>
    </message>
    <message>
        <source>IND decision on the objection due</source>
        <translation>ውሳነ IND ብዛዕባ እቲ ተቓውሞ ዝግበኣሉ ዕለት</translation>
    </message>
    <message>
        <source>Last day to appeal (beroep)</source>
        <translation>ናይ መወዳእታ መዓልቲ ይግባይ (beroep)</translation>
    </message>
    <message>
        <source>Report to IND Zevenaar (3 days after arrival)</source>
        <translation>ኣብ IND Zevenaar ምቕራብ (ድሕሪ ምብጻሕ 3 መዓልቲ)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ዕለት ልደት</translation>
    </message>
    <message>
        <source>Papers ready</source>
        <translation>ድሉዋት ወረቓቕቲ</translation>
    </message>
    <message>
        <source>Papers not ready yet</source>
        <translation>ገና ዘይተዳለዉ ወረቓቕቲ</translation>
    </message>
    <message>
        <source>Appointment at the embassy (mvv)</source>
        <translation>ቆጸራ ኣብ ኤምባሲ (mvv)</translation>
    </message>
    <message>
        <source>Proof of living together</source>
        <translation>መረጋገጺ ብሓባር ምንባር</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>%1

Who can help: %2</source>
        <translation>%1

መን ክሕግዝ ይኽእል፦ %2</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>This day does not exist. Please check the date.</source>
        <translation>እዚ መዓልቲ የለን። በጃኹም ነቲ ዕለት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This date is too long ago. Please check the year.</source>
        <translation>እዚ ዕለት ኣዝዩ ነዊሕ ግዜ ቅድሚ ሕጂ እዩ። በጃኹም ነቲ ዓመት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This date is in the future. Choose the day it happened.</source>
        <translation>እዚ ዕለት ኣብ መጻኢ እዩ። እታ ዘጋጠመትሉ መዓልቲ ምረጹ።</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>እዚ ኣይሰርሐን። በጃኹም ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This date is before the day you sent the application. Please check both dates.</source>
        <translation>እዚ ዕለት ቅድሚ እታ ነቲ ሕቶ ዝሰደድኩምላ መዓልቲ እዩ። በጃኹም ክልቲኦም ዕለታት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>First enter the day you sent the application.</source>
        <translation>መጀመርታ እታ ነቲ ሕቶ ዝሰደድኩምላ መዓልቲ ኣእትዉ።</translation>
    </message>
    <message>
        <source>This day has passed. Choose the date in the letter.</source>
        <translation>እዚ መዓልቲ ሓሊፉ እዩ። ነቲ ኣብ ደብዳቤ ዘሎ ዕለት ምረጹ።</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>እቲ ፋይል ክዕቀብ ኣይከኣለን። ካልእ ቦታ ምረጹ።</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>ብምሉኡ ስድራ</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>ይጅምር፦ %1</translation>
    </message>
    <message>
        <source>This date does not fit with the date of the step &quot;%1&quot;. Please check both dates.</source>
        <translation>እዚ ዕለት ምስ ዕለት ናይቲ ስጉምቲ «%1» ኣይሰማማዕን። በጃኹም ክልቲኦም ዕለታት ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Answer the letter: %1</source>
        <translation>ነቲ ደብዳቤ መልሱ፦ %1</translation>
    </message>
    <message>
        <source>You said in the questions about your family that the application is sent. To change this, change that answer.</source>
        <translation>ኣብቲ ብዛዕባ ስድራኹም ዘለዉ ሕቶታት፡ ሕቶ ከም ዝተላእከ ገሊጽኩም ኣለኹም። ነዚ ክትቕይሩ እንተደሊኹም፡ ነቲ መልሲ ቀይሩ።</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Steps of the procedure</source>
        <translation>ስጉምትታት ናይቲ መስርሕ</translation>
    </message>
    <message>
        <source>First answer the questions about your family. Then you can follow each step here.</source>
        <translation>መጀመርታ ብዛዕባ ስድራኹም ዘለዉ ሕቶታት መልሱ። ድሕሪኡ ነፍሲ ወከፍ ስጉምቲ ኣብዚ ክትከታተሉ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>ሕቶታት ጀምሩ</translation>
    </message>
    <message>
        <source>Date in the IND letter</source>
        <translation>ዕለት ኣብ ደብዳቤ IND</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>ንመን?</translation>
    </message>
    <message>
        <source>The IND decides before the date in its letter.</source>
        <translation>IND ቅድሚ እቲ ኣብ ደብዳቤኣ ዘሎ ዕለት ትውስን።</translation>
    </message>
    <message>
        <source>Did the IND send a letter that says before which day it decides? Enter that day.</source>
        <translation>IND ቅድሚ ኣየናይ መዓልቲ ከም እትውስን ዝብል ደብዳቤ ሰዲዳ ድያ? ነታ መዓልቲ ኣእትዉ።</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>ዕለት ቀይሩ</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>ዕለት ኣእትዉ</translation>
    </message>
    <message>
        <source>Use 90 days again</source>
        <translation>ደጊምኩም 90 መዓልቲ ተጠቐሙ</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Application sent</source>
        <translation>ሕቶ ተሰዲዱ</translation>
    </message>
    <message>
        <source>IND asks for more (DNA test or interview)</source>
        <translation>IND ተወሳኺ ትሓትት (መርመራ DNA ወይ ቃለ መሕትት)</translation>
    </message>
    <message>
        <source>Yes from the IND</source>
        <translation>እወ ካብ IND</translation>
    </message>
    <message>
        <source>No from the IND</source>
        <translation>ኣይፋል ካብ IND</translation>
    </message>
    <message>
        <source>Visa (mvv) ready</source>
        <translation>ቪዛ (mvv) ድሉው</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>ተጓዒዞም</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>ኔዘርላንድ በጺሖም</translation>
    </message>
    <message>
        <source>Appointment at the IND in Zevenaar</source>
        <translation>ቆጸራ ኣብ IND ዘቨናር (Zevenaar)</translation>
    </message>
    <message>
        <source>Registered at the town hall</source>
        <translation>ኣብ ምምሕዳር ከተማ ተመዝጊቦም</translation>
    </message>
    <message>
        <source>You sent the application for your family to the IND.</source>
        <translation>ሕቶ ስድራኹም ናብ IND ሰዲድኩም።</translation>
    </message>
    <message>
        <source>The IND wants more papers, a DNA test or an interview.</source>
        <translation>IND ተወሳኺ ወረቓቕቲ፡ መርመራ DNA ወይ ቃለ መሕትት ትደሊ።</translation>
    </message>
    <message>
        <source>The IND says yes. Your family may come.</source>
        <translation>IND እወ ትብል። ስድራኹም ክመጹ ይኽእሉ።</translation>
    </message>
    <message>
        <source>The IND says no. You can object to this.</source>
        <translation>IND ኣይፋል ትብል። ኣብ ልዕሊ እዚ ተቓውሞ ከተቕርቡ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Your family has the visa (mvv) from the embassy.</source>
        <translation>ስድራኹም ካብ ኤምባሲ ቪዛ (mvv) ረኺቦም።</translation>
    </message>
    <message>
        <source>Your family is on the way.</source>
        <translation>ስድራኹም ኣብ መገዲ እዮም።</translation>
    </message>
    <message>
        <source>Your family is in the Netherlands.</source>
        <translation>ስድራኹም ኣብ ኔዘርላንድ እዮም።</translation>
    </message>
    <message>
        <source>Your family is registered at the town hall (BRP).</source>
        <translation>ስድራኹም ኣብ ምምሕዳር ከተማ (BRP) ተመዝጊቦም ኣለዉ።</translation>
    </message>
    <message>
        <source>Apply for your family</source>
        <translation>ንስድራኹም ሕተቱ</translation>
    </message>
    <message>
        <source>The IND decides</source>
        <translation>IND ትውስን</translation>
    </message>
    <message>
        <source>Object to the no</source>
        <translation>ኣብ ልዕሊ እቲ ኣይፋል ተቓወሙ</translation>
    </message>
    <message>
        <source>Collect the visa (mvv)</source>
        <translation>ቪዛ (mvv) ምውሳድ</translation>
    </message>
    <message>
        <source>Travel to the Netherlands</source>
        <translation>ናብ ኔዘርላንድ ምጉዓዝ</translation>
    </message>
    <message>
        <source>First visit to the doctor (GP)</source>
        <translation>ቀዳማይ ምብጻሕ ሓኪም (GP)</translation>
    </message>
    <message>
        <source>The waiting time ends</source>
        <translation>ግዜ ምጽባይ ይውዳእ</translation>
    </message>
    <message>
        <source>Answer the IND letter</source>
        <translation>ንደብዳቤ IND ምለሱ</translation>
    </message>
    <message>
        <source>Apply within 3 months after the date on your IND letter.</source>
        <translation>ኣብ ውሽጢ 3 ኣዋርሕ ድሕሪ እቲ ኣብ ደብዳቤ IND ዘሎ ዕለት ሕተቱ።</translation>
    </message>
    <message>
        <source>You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.</source>
        <translation>ኣብ ልዕሊ ኣይፋል ንምቅዋም 4 ሰሙን ኣለኩም። ቀልጢፍኩም ምስ ጠበቓ ወይ VluchtelingenWerk ተዘራረቡ።</translation>
    </message>
    <message>
        <source>Your family must collect the visa at the embassy within 3 months.</source>
        <translation>ስድራኹም ኣብ ውሽጢ 3 ኣዋርሕ ካብ ኤምባሲ ቪዛ ክወስዱ ኣለዎም።</translation>
    </message>
    <message>
        <source>The visa is valid for 90 days. Your family must come before it ends.</source>
        <translation>እቲ ቪዛ ን90 መዓልቲ ይሰርሕ። ስድራኹም ቅድሚ ምውዳኡ ክመጹ ኣለዎም።</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks. Then an interpreter is free.</source>
        <translation>ኣብ ውሽጢ 2 ሰሙን ሓኪም (GP) ብጽሑ። ሽዑ ተርጓሚ ብናጻ እዩ።</translation>
    </message>
    <message>
        <source>A date from a letter of the IND.</source>
        <translation>ካብ ደብዳቤ IND ዝመጸ ዕለት።</translation>
    </message>
    <message>
        <source>Send the application for your family before the deadline.</source>
        <translation>ቅድሚ ናይ መወዳእታ ግዜ ሕቶ ስድራኹም ስደዱ።</translation>
    </message>
    <message>
        <source>Wait for the IND. Answer every IND letter in time.</source>
        <translation>ንIND ተጸበዩ። ንነፍሲ ወከፍ ደብዳቤ IND ብግዜኡ ምለሱ።</translation>
    </message>
    <message>
        <source>Do what the IND asks, before the date in the letter.</source>
        <translation>ቅድሚ እቲ ኣብ ደብዳቤ ዘሎ ዕለት፡ ነቲ IND ዝሓተተቶ ግበሩ።</translation>
    </message>
    <message>
        <source>Your family collects the visa (mvv) at the embassy.</source>
        <translation>ስድራኹም ቪዛ (mvv) ካብ ኤምባሲ ይወስዱ።</translation>
    </message>
    <message>
        <source>Object within 4 weeks. Ask a lawyer for help.</source>
        <translation>ኣብ ውሽጢ 4 ሰሙን ተቓወሙ። ንጠበቓ ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>ሎሚ ናይ መወዳእታ መዓልቲ እያ</translation>
    </message>
    <message numerus="yes">
        <source>Passed %Ln days ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln መዓልቲ ሓሊፉ</numerusform>
            <numerusform>ቅድሚ %Ln መዓልታት ሓሊፉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>%Ln መዓልቲ ተሪፉ</numerusform>
            <numerusform>%Ln መዓልታት ተሪፉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection sent (bezwaar)</source>
        <translation>ተቓውሞ (bezwaar) ተላኢኹ</translation>
    </message>
    <message>
        <source>IND decided on the objection</source>
        <translation>IND ብዛዕባ እቲ ተቓውሞ ወሲና</translation>
    </message>
    <message>
        <source>Ticket booked</source>
        <translation>ቲኬት ተቖሪጹ</translation>
    </message>
    <message>
        <source>TB check at the GGD</source>
        <translation>መርመራ ዓባይ ሰዓል (TB) ኣብ GGD</translation>
    </message>
    <message>
        <source>You sent an objection (bezwaar) against the no of the IND.</source>
        <translation>ኣብ ልዕሊ ኣይፋል ናይ IND ተቓውሞ (bezwaar) ሰዲድኩም።</translation>
    </message>
    <message>
        <source>The IND sent its decision on your objection.</source>
        <translation>IND ውሳነኣ ብዛዕባ ተቓውሞኹም ሰዲዳ።</translation>
    </message>
    <message>
        <source>The ticket is booked. Now book the appointment with the IND in Zevenaar.</source>
        <translation>ቲኬት ተቖሪጹ። ሕጂ ምስ IND ኣብ ዘቨናር (Zevenaar) ቆጸራ ሓዙ።</translation>
    </message>
    <message>
        <source>Your family reported to the IND in Zevenaar and got their residence permit.</source>
        <translation>ስድራኹም ናብ IND ኣብ ዘቨናር (Zevenaar) ቀሪቦም ፍቓድ መንበሪኦም ረኺቦም።</translation>
    </message>
    <message>
        <source>Your family had the check for tuberculosis (TB) at the GGD.</source>
        <translation>ስድራኹም ኣብ GGD መርመራ ዓባይ ሰዓል (TB) ገይሮም።</translation>
    </message>
    <message>
        <source>Your family visited a doctor (GP).</source>
        <translation>ስድራኹም ሓኪም (GP) በጺሖም።</translation>
    </message>
    <message>
        <source>The IND decides on the objection</source>
        <translation>IND ብዛዕባ እቲ ተቓውሞ ትውስን</translation>
    </message>
    <message>
        <source>Go to court (appeal)</source>
        <translation>ናብ ቤት ፍርዲ ምኻድ (ይግባይ)</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar</source>
        <translation>ናብ IND ኣብ ዘቨናር (Zevenaar) ምቕራብ</translation>
    </message>
    <message>
        <source>The IND must decide within 3 months. It may take 3 months more. If your IND letter gives a date, use that date.</source>
        <translation>IND ኣብ ውሽጢ 3 ኣዋርሕ ክትውስን ኣለዋ። 3 ተወሳኺ ኣዋርሕ ክወስድ ይኽእል። ደብዳቤ IND ዕለት እንተሂቡ፡ ነቲ ዕለት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>The IND must decide on your objection within 19 weeks. It may take 6 weeks more.</source>
        <translation>IND ብዛዕባ ተቓውሞኹም ኣብ ውሽጢ 19 ሰሙን ክትውስን ኣለዋ። 6 ተወሳኺ ሰሙን ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Is the answer to your objection still no? You have 4 weeks to go to court (beroep). A lawyer does this for you.</source>
        <translation>መልሲ ተቓውሞኹም ገና ኣይፋል ድዩ? ናብ ቤት ፍርዲ ንምኻድ (beroep) 4 ሰሙን ኣለኩም። ጠበቓ እዚ ይገብረልኩም።</translation>
    </message>
    <message>
        <source>Your family must report to the IND in Zevenaar within 3 days after arriving, while the visa is still valid.</source>
        <translation>ስድራኹም ድሕሪ ምብጻሖም ኣብ ውሽጢ 3 መዓልቲ፡ እቲ ቪዛ ገና ክሰርሕ ከሎ፡ ናብ IND ኣብ ዘቨናር (Zevenaar) ክቐርቡ ኣለዎም።</translation>
    </message>
    <message>
        <source>With subsidiary protection you wait about 2 years. It is not yet sure from which day they count: check the date with a lawyer.</source>
        <translation>ምስ ንኡስ ሓለዋ ኣስታት 2 ዓመት ትጽበዩ። ካብ ኣየናይ መዓልቲ ከም ዝቑጸሩ ገና ርግጸኛ ኣይኮነን፦ ነቲ ዕለት ምስ ጠበቓ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Still a no? Go to court within 4 weeks. Ask your lawyer now.</source>
        <translation>ገና ኣይፋል ድዩ? ኣብ ውሽጢ 4 ሰሙን ናብ ቤት ፍርዲ ኪዱ። ሕጂ ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>Book the ticket. Your family must travel within 90 days. As soon as the ticket is booked, book the appointment with the IND in Zevenaar.</source>
        <translation>ቲኬት ቑረጹ። ስድራኹም ኣብ ውሽጢ 90 መዓልቲ ክጓዓዙ ኣለዎም። ቲኬት ምስ ተቖረጸ፡ ምስ IND ኣብ ዘቨናር (Zevenaar) ቆጸራ ሓዙ።</translation>
    </message>
    <message>
        <source>Book the appointment with the IND in Zevenaar now, for within 3 days after arrival.</source>
        <translation>ሕጂ ምስ IND ኣብ ዘቨናር (Zevenaar) ቆጸራ ሓዙ፡ ንኣብ ውሽጢ 3 መዓልቲ ድሕሪ ምብጻሕ።</translation>
    </message>
    <message>
        <source>After arriving, your family must report to the IND in Zevenaar within 3 days.</source>
        <translation>ድሕሪ ምብጻሖም፡ ስድራኹም ኣብ ውሽጢ 3 መዓልቲ ናብ IND ኣብ ዘቨናር (Zevenaar) ክቐርቡ ኣለዎም።</translation>
    </message>
    <message>
        <source>Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 weeks.</source>
        <translation>ኣብ ውሽጢ 3 መዓልቲ ናብ IND ኣብ ዘቨናር (Zevenaar) ቕረቡ። ኣብ ውሽጢ 2 ሰሙን ሓኪም ብጽሑ።</translation>
    </message>
    <message>
        <source>Register your family at the town hall (BRP) and make the TB check at the GGD.</source>
        <translation>ስድራኹም ኣብ ምምሕዳር ከተማ (BRP) ኣመዝግቡ፡ ኣብ GGD ድማ መርመራ ዓባይ ሰዓል (TB) ግበሩ።</translation>
    </message>
    <message>
        <source>Make the TB check at the GGD and visit a doctor (GP).</source>
        <translation>ኣብ GGD መርመራ ዓባይ ሰዓል (TB) ግበሩ፡ ሓኪም (GP) ድማ ብጽሑ።</translation>
    </message>
    <message>
        <source>Visit a doctor (GP) within 2 weeks after arrival.</source>
        <translation>ኣብ ውሽጢ 2 ሰሙን ድሕሪ ምብጻሕ ሓኪም (GP) ብጽሑ።</translation>
    </message>
    <message>
        <source>All steps are done. Welcome! Remember: your family&apos;s permit depends on yours, and you must live together. Tell the IND if that changes.</source>
        <translation>ኩሎም ስጉምትታት ተወዲኦም። እንቋዕ ብደሓን መጻእኩም! ዘክሩ፦ ፍቓድ ስድራኹም ኣብ ናትኩም ፍቓድ ዝተመርኮሰ እዩ፡ ብሓባር ድማ ክትነብሩ ኣለኩም። እዚ እንተተቐይሩ ንIND ሓብሩ።</translation>
    </message>
    <message>
        <source>Appointment at the embassy for the visa (mvv)</source>
        <translation>ቆጸራ ኣብ ኤምባሲ ንቪዛ (mvv)</translation>
    </message>
    <message>
        <source>Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in the passport.</source>
        <translation>ስድራኹም ኣብ ኤምባሲ ኔዘርላንድ ቆጸራ ኣለዎም። ኣብኡ ቪዛ (mvv) ኣብ ፓስፖርት ይእቶ።</translation>
    </message>
    <message>
        <source>Bring the passports and the papers the embassy asks for. The visa (mvv) must be collected within 3 months after the yes.</source>
        <translation>ፓስፖርታትን እቲ ኤምባሲ ዝሓቶ ወረቓቕትን ኣምጽኡ። ቪዛ (mvv) ድሕሪ እቲ ኢወ ኣብ ውሽጢ 3 ኣዋርሕ ክውሰድ ኣለዎ።</translation>
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
        <translation>መሕለፊ ቃልኩም</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>ምስጢራዊ ቁጽርኹም</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>ድሕሪ %Ln ካልኢት ደጊምኩም ክትፍትኑ ትኽእሉ ኢኹም።</numerusform>
            <numerusform>ድሕሪ %Ln ካልኢታት ደጊምኩም ክትፍትኑ ትኽእሉ ኢኹም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈቱ</translation>
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
    <message>
        <source>Preparing the example data. This takes a few seconds.</source>
        <translation>ኣብነታዊ ሓበሬታ ይዳሎ ኣሎ። ቁሩብ ካልኢታት ይወስድ።</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>Samen ፋይላቱ ከንብብ ወይ ክጽሕፍ ኣይከኣለን። ኣብቲ ተሌፎን ባዶ ቦታ ከም ዘሎ ኣረጋግጹ፡ ድሕሪኡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ኣዝዩ ሓጺር እዩ። እንተወሓደ 6 ቁጽርታት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>እዚ መሕለፊ ቃል ኣዝዩ ሓጺር እዩ። እንተወሓደ 8 ፊደላት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>እዚ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ቅኑዕ ኣይኮነን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>ብዙሕ ጌጋ ፈተነታት። ተጸበዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>Samen ሓበሬታኹም ክኸፍቶ ኣይክእልን፦ መፍትሕኡ ተበላሽዩ። ንኹሉ ደምሲስኩም ከም ብሓድሽ ክትጅምሩ፡ ድሕሪኡ ተጠባባቒ ቅዳሕ ክትመልሱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>ምስጢራዊ ቁጽርኹም ቅኑዕ እዩ፡ ግን እቲ ዝተዓቀበ ሓበሬታ ተበላሽዩ። ክትመልስዎ ምእንቲ ተጠባባቒ ቅዳሕ ምለሱ።</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>እዚ መሕለፊ ቃል ተጠባባቒ ቅዳሕ ቅኑዕ ኣይኮነን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>እዚ ፋይል ተጠባባቒ ቅዳሕ ናይ Samen ኣይኮነን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>እዚ ተጠባባቒ ቅዳሕ ብሓድሽ ሕታም Samen እዩ ተሰሪሑ። ቅድም ነቲ ኣፕ ኣሐድስዎ።</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>እዚ ፋይል ተጠባባቒ ቅዳሕ ተበላሽዩ ወይ ጎዶሎ እዩ። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>ቅድም ንSamen ብምስጢራዊ ቁጽርኹም ክፈትዎ።</translation>
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
        <translation>ኩሉ ክድምሰስ ኣይከኣለን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.</source>
        <translation>እዚ ምስጢራዊ ቁጽሪ ቀሊል ንምግማቱ እዩ፡ ይደጋገም፡ ብተኸታታሊ ይውስኽ ወይ ይንኪ፡ ኣዝዩ ልሙድ እዩ ወይ ዓመት ይመስል። ብዘይ ስርዓት 6 ቁጽርታት ምረጹ።</translation>
    </message>
    <message>
        <source>This backup password is too short or too easy to guess. Use a few words that only you would put together.</source>
        <translation>እዚ መሕለፊ ቃል ተጠባባቒ ቅዳሕ ኣዝዩ ሓጺር ወይ ቀሊል ንምግማቱ እዩ። ካልእ ሰብ ዘይመርጾ ስርዓት ዘለዎም ገለ ቃላት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from the PIN or password that opens Samen.</source>
        <translation>ካብቲ Samen ዝኽፈተሉ ምስጢራዊ ቁጽሪ ወይ መሕለፊ ቃል ዝተፈልየ መሕለፊ ቃል ተጠባባቒ ቅዳሕ ምረጹ።</translation>
    </message>
    <message>
        <source>Samen cannot reach this device&apos;s key store, which keeps count of wrong tries. Nothing was checked or changed. Restart the device (on a computer: unlock its keyring), then try again.</source>
        <translation>Samen ናብ መኽዘን መፍትሕ ናይዚ መሳርሒ ክበጽሕ ኣይከኣለን፤ ንሱ እዩ ቁጽሪ ጌጋ ፈተነታት ዝሕዝ። ዋላ ሓንቲ ኣይተመርመረን ወይ ኣይተቐየረን። ነቲ መሳርሒ ዳግማይ ኣልዕልዎ (ኣብ ኮምፒተር፦ ነቲ መኽዘን መፍትሕ ክፈትዎ)፡ ድሕሪኡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This phone is too slow to open this backup. Nothing was changed.</source>
        <translation>እዚ ተሌፎን እዚ ነዚ ተጠባባቒ ቅዳሕ ንምኽፋት ኣዝዩ ደንጓዪ እዩ። ዝተቐየረ ነገር የለን።</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Where does this rule come from?</source>
        <translation>እዚ ሕጊ ካበይ እዩ ዝመጽእ?</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>ስእልታትን ፋይላትን</translation>
    </message>
    <message>
        <source>Where do you want to save the copies?</source>
        <translation>እቲ ቅዳሓት ኣበይ ክትዕቅብዎ ትደልዩ?</translation>
    </message>
    <message>
        <source>The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.</source>
        <translation>እቲ ቅዳሓት ዕጹዋት ኣይኮኑን። ነዚ ተሌፎን ዝጥቀም ዝኾነ ሰብ ክርእዮም ይኽእል። ናብ መርበብ IND ድሕሪ ምልኣኽኩም ነቲ ቅዳሓት ደምስስዎም።</translation>
    </message>
    <message>
        <source>I understand. Choose a folder</source>
        <translation>ተረዲኡኒ። ማህደር ምረጹ</translation>
    </message>
    <message>
        <source>Do you want to delete this page? You cannot undo this.</source>
        <translation>ነዚ ገጽ ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>ነቲ ገጽ ደምስሱ</translation>
    </message>
    <message>
        <source>No photos or files of this paper yet.</source>
        <translation>ክሳብ ሕጂ ናይዚ ወረቐት ስእሊ ወይ ፋይል የለን።</translation>
    </message>
    <message>
        <source>This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.</source>
        <translation>እዚ ፋይል PDF እዩ። Samen ኣብዚ ከርእዮ ኣይክእልን። ብካልእ ኣፕ ክትከፍትዎ ቅዳሕ ዕቀቡ።</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ዝሓለፈ ገጽ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ኣንእሱ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ኣዕብዩ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ዝቕጽል ገጽ</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ቅዳሕ ዕቀቡ</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>ነዚ ገጽ ደምስሱ</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>ነዚ ማህደር ምረጹ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>VoiceAdvice</name>
    <message>
        <source>To add one: open the phone&apos;s Settings, search for &quot;text-to-speech&quot;, open the speech engine&apos;s settings and install a voice for your language. Then Samen can read texts aloud.</source>
        <translation>ድምጺ ንምውሳኽ፦ ምድላዋት ተሌፎን ክፈቱ፣ «ጽሑፍ ናብ ዘረባ» ድለዩ፣ ምድላዋት ናይቲ መንበቢ ድምጺ ክፈቱ፣ ንቋንቋኹም ድምጺ ኣእትዉ። ድሕሪኡ Samen ጽሑፋት ብድምጺ ከንብብ ይኽእል።</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <source>Why do we ask this?</source>
        <translation>ስለምንታይ ኢና እዚ ንሓትት?</translation>
    </message>
</context>
</TS>
