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
    <name>BackupPage</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Where do you want to save the backup?</source>
        <translation>Waar wil je de back-up bewaren?</translation>
    </message>
    <message>
        <source>A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.</source>
        <translation>Een back-up is één bestand met al je gegevens. Het is op slot met een back-upwachtwoord. Bewaar het bestand op een veilige plek, bijvoorbeeld bij iemand die je vertrouwt.</translation>
    </message>
    <message>
        <source>Choose a backup password that is different from your PIN. Without it, nobody can open the backup.</source>
        <translation>Kies een back-upwachtwoord dat anders is dan je pincode. Zonder dit wachtwoord kan niemand de back-up openen.</translation>
    </message>
    <message>
        <source>Backup password (at least 8 characters)</source>
        <translation>Back-upwachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>Type the backup password again</source>
        <translation>Typ het back-upwachtwoord nog een keer</translation>
    </message>
    <message>
        <source>The backup is saved.</source>
        <translation>De back-up is bewaard.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Kies waar je hem bewaart</translation>
    </message>
    <message>
        <source>Making the backup.</source>
        <translation>De back-up wordt gemaakt.</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Your password now</source>
        <translation>Je wachtwoord nu</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>Je pincode nu</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nieuw wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>Nieuwe pincode (minstens 6 cijfers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Typ de pincode nog een keer</translation>
    </message>
    <message>
        <source>Done. From now on, use the new one.</source>
        <translation>Klaar. Gebruik vanaf nu de nieuwe.</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Je kunt het over %Ln seconde opnieuw proberen.</numerusform>
            <numerusform>Je kunt het over %Ln seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Changing. This takes a few seconds.</source>
        <translation>Bezig met wijzigen. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Gebruik liever een pincode</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Gebruik liever een wachtwoord</translation>
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
    <name>CorruptPage</name>
    <message>
        <source>Samen cannot open your information</source>
        <translation>Samen kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>The stored information is damaged.</source>
        <translation>De bewaarde gegevens zijn beschadigd.</translation>
    </message>
    <message>
        <source>Samen has not changed or deleted anything.</source>
        <translation>Samen heeft niets veranderd of gewist.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Alles wissen en opnieuw beginnen</translation>
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
    <name>ErasePage</name>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>This removes all your information from Samen: answers, family, documents and dates. It cannot be undone.</source>
        <translation>Dit wist al je gegevens uit Samen: antwoorden, gezin, documenten en datums. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Make a backup first, so that you can get your information back later.</source>
        <translation>Maak eerst een back-up, zodat je je gegevens later terug kunt krijgen.</translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation>Eerst een back-up maken</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden.</translation>
    </message>
    <message>
        <source>Erasing.</source>
        <translation>Bezig met wissen.</translation>
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
    <name>ForgotPage</name>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Pincode vergeten?</translation>
    </message>
    <message>
        <source>Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.</source>
        <translation>Zonder je pincode kan Samen je gegevens niet openen. Niemand kan dat, ook de makers van Samen niet.</translation>
    </message>
    <message>
        <source>You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.</source>
        <translation>Je kunt alles wissen en opnieuw beginnen. Als je een back-up hebt gemaakt, kun je die daarna terugzetten met het back-upwachtwoord.</translation>
    </message>
    <message>
        <source>Erase everything and start again</source>
        <translation>Alles wissen en opnieuw beginnen</translation>
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
    <name>Reminders</name>
    <message>
        <source>Family reunification application</source>
        <translation>Aanvraag gezinshereniging</translation>
    </message>
    <message>
        <source>IND decision</source>
        <translation>Besluit van de IND</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Collect the mvv</source>
        <translation>De mvv ophalen</translation>
    </message>
    <message>
        <source>Travel with the mvv</source>
        <translation>Reizen met de mvv</translation>
    </message>
    <message>
        <source>First visit to the GP</source>
        <translation>Eerste bezoek aan de huisarts</translation>
    </message>
    <message>
        <source>Answer to an IND letter</source>
        <translation>Antwoord op een brief van de IND</translation>
    </message>
    <message>
        <source>You have a date to check.</source>
        <translation>Je hebt een datum om na te kijken.</translation>
    </message>
    <message>
        <source>%1: today.</source>
        <translation>%1: vandaag.</translation>
    </message>
    <message>
        <source>%1: today, %2.</source>
        <translation>%1: vandaag, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left.</source>
        <translation>
            <numerusform>%1: nog %n dag.</numerusform>
            <numerusform>%1: nog %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days left, until %2.</source>
        <translation>
            <numerusform>%1: nog %n dag, tot %2.</numerusform>
            <numerusform>%1: nog %n dagen, tot %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samen: a date to check</source>
        <translation>Samen: een datum om na te kijken</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Kies het back-upbestand</translation>
    </message>
    <message>
        <source>This replaces all information in Samen with the information in the backup.</source>
        <translation>Dit vervangt alle gegevens in Samen door de gegevens uit de back-up.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Back-upbestand: %1</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Back-upwachtwoord</translation>
    </message>
    <message>
        <source>Your information is back.</source>
        <translation>Je gegevens zijn terug.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Checking and restoring the backup.</source>
        <translation>De back-up wordt gecontroleerd en teruggezet.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Verberg</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
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
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.</source>
        <translation>Je gegevens zijn op slot op deze telefoon. Samen gaat vanzelf op slot als je de app verlaat of 5 minuten niet gebruikt.</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Samen nu op slot doen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Protect your information</source>
        <translation>Bescherm je gegevens</translation>
    </message>
    <message>
        <source>Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Kies een wachtwoord. Samen vraagt erom elke keer dat je de app opent. Alles wat je bewaart, blijft op slot op deze telefoon.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.</source>
        <translation>Kies een pincode van minstens 6 cijfers. Samen vraagt erom elke keer dat je de app opent. Alles wat je bewaart, blijft op slot op deze telefoon.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nieuw wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>New PIN (at least 6 numbers)</source>
        <translation>Nieuwe pincode (minstens 6 cijfers)</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation>Typ de pincode nog een keer</translation>
    </message>
    <message>
        <source>The two are not the same. Type them again.</source>
        <translation>De twee zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.</source>
        <translation>Belangrijk: als je je pincode vergeet, kan niemand je gegevens openen, ook de makers van Samen niet. Maak een back-up bij Instellingen, zodat je ze terug kunt krijgen.</translation>
    </message>
    <message>
        <source>Lock my information</source>
        <translation>Mijn gegevens op slot doen</translation>
    </message>
    <message>
        <source>Locking your information. This takes a few seconds.</source>
        <translation>Je gegevens gaan op slot. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Use a PIN instead</source>
        <translation>Gebruik liever een pincode</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>Gebruik liever een wachtwoord</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Te kort: gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or numbers.</source>
        <translation>Makkelijk te raden. Voeg meer woorden of cijfers toe.</translation>
    </message>
    <message>
        <source>Good. A longer password is even safer.</source>
        <translation>Goed. Een langer wachtwoord is nog veiliger.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Sterk wachtwoord.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Samen is locked</source>
        <translation>Samen is op slot</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Je pincode</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Je kunt het over %Ln seconde opnieuw proberen.</numerusform>
            <numerusform>Je kunt het over %Ln seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Opening. This takes a few seconds.</source>
        <translation>Bezig met openen. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>Ik ben mijn wachtwoord vergeten</translation>
    </message>
    <message>
        <source>I forgot my PIN</source>
        <translation>Ik ben mijn pincode vergeten</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Samen could not read or write its files. Check that the phone has free space, then try again.</source>
        <translation>Samen kon zijn bestanden niet lezen of schrijven. Kijk of de telefoon vrije ruimte heeft en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This PIN is too short. Use at least 6 numbers.</source>
        <translation>Deze pincode is te kort. Gebruik minstens 6 cijfers.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters.</source>
        <translation>Dit wachtwoord is te kort. Gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>This password is not right. Try again.</source>
        <translation>Dit wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This PIN is not right. Try again.</source>
        <translation>Deze pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <translation>Te vaak fout geprobeerd. Wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Samen cannot open your information: its key is damaged. You can erase everything and start again, then restore a backup.</source>
        <translation>Samen kan je gegevens niet openen: de sleutel is beschadigd. Je kunt alles wissen en opnieuw beginnen, en daarna een back-up terugzetten.</translation>
    </message>
    <message>
        <source>Your PIN is right, but the stored information is damaged. Restore a backup to get it back.</source>
        <translation>Je pincode klopt, maar de bewaarde gegevens zijn beschadigd. Zet een back-up terug om ze terug te krijgen.</translation>
    </message>
    <message>
        <source>This backup password is not right. Nothing was changed.</source>
        <translation>Dit back-upwachtwoord klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup password is too short. Use at least 8 characters.</source>
        <translation>Het back-upwachtwoord is te kort. Gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>This file is not a Samen backup. Nothing was changed.</source>
        <translation>Dit bestand is geen back-up van Samen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Samen. Update the app first.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Samen. Werk eerst de app bij.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>Dit back-upbestand is beschadigd of niet compleet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Open Samen with your PIN first.</source>
        <translation>Open Samen eerst met je pincode.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>Het bestand kon niet gelezen of geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Samen is already set up on this phone.</source>
        <translation>Samen is op deze telefoon al ingesteld.</translation>
    </message>
    <message>
        <source>Not everything could be erased. Try again.</source>
        <translation>Niet alles kon gewist worden. Probeer het opnieuw.</translation>
    </message>
</context>
</TS>
