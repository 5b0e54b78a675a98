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
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>እዚ ክፋል ገና ኣይተዳለወን። ኣብ ዝመጽእ ምምሕያሽ ክመጽእ እዩ። ክሳብ ሕጂ ኣብዚ ዝዕቀብ ነገር የለን።</translation>
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
</context>
</TS>
