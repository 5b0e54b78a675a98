<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>This part is not ready yet. It will come in an update. Nothing is saved here yet.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>Family and documents</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>Show to a helper</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>Bring your family to the Netherlands, step by step.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>Who can come?</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>Answer simple questions about your family.</translation>
    </message>
    <message>
        <source>Family and documents</source>
        <translation>Family and documents</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>The papers each person needs.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Apply in time. Samen reminds you.</source>
        <translation>Apply in time. Samen reminds you.</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>Show to a helper</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>A short summary in Dutch for a volunteer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>Language, and about this app.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>Tap your language. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>About Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>Samen works without internet. It does not send your information anywhere.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
</TS>
