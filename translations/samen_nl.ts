<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>Dit deel is nog niet klaar. Het komt in een update. Hier wordt nog niets bewaard.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>Datums en termijnen</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>Hier zie je je belangrijke datums, zoals de laatste dag om aan te vragen. Samen herinnert je op tijd.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Wie mag komen?</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>Hier beantwoord je eenvoudige vragen, één voor één. Dan laat Samen zien wie van je gezin mag komen, en vóór welke datum je moet aanvragen.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>Gezin en documenten</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>Hier voeg je je gezinsleden toe. Per persoon zie je welke papieren nodig zijn. Je kunt foto&apos;s van de papieren veilig in deze app bewaren.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>Laten zien aan een helper</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>Hier laat je een korte samenvatting in het Nederlands zien aan een vrijwilliger of advocaat. Zo kunnen zij je snel helpen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>Haal je gezin naar Nederland, stap voor stap.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>Wie mag komen?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>Beantwoord eenvoudige vragen over je gezin.</translation>
    </message>
    <message>
        <source>Family and documents</source>
        <translation>Gezin en documenten</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>De papieren die elke persoon nodig heeft.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>Datums en termijnen</translation>
    </message>
    <message>
        <source>Apply in time. Samen reminds you.</source>
        <translation>Vraag op tijd aan. Samen herinnert je eraan.</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>Laten zien aan een helper</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>Een korte samenvatting in het Nederlands voor een vrijwilliger.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>Taal, en over deze app.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>Kies je taal</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>Tik op je taal. Je kunt dit later veranderen bij Instellingen.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>Over Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>Samen werkt zonder internet. De app stuurt je gegevens nergens heen.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
</TS>
