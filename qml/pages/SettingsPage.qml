import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

AppPage {
    id: root

    signal openPage(string name)

    title: qsTr("Settings")

    // Text size first: each tap makes what is above the buttons taller, and below five language
    // buttons the buttons soon left the screen under the finger.
    Heading {
        text: qsTr("Text size")
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        SecondaryButton {
            objectName: "smallerTextButton"
            text: qsTr("A", "the letter on the buttons that make text smaller or larger")
            font.pixelSize: Theme.fontSmall
            enabled: TextSize.canShrink
            Accessible.name: qsTr("Smaller text")
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.touchTarget
            onClicked: TextSize.shrink()
        }
        Label {
            objectName: "textSizeValue"
            text: qsTr("%1%").arg(Number(TextSize.percent).toLocaleString(Qt.locale(LanguageController.language), "f", 0))
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        SecondaryButton {
            objectName: "largerTextButton"
            text: qsTr("A", "the letter on the buttons that make text smaller or larger")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            enabled: TextSize.canGrow
            Accessible.name: qsTr("Larger text")
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.touchTarget
            onClicked: TextSize.grow()
        }
    }

    Heading {
        text: qsTr("Language")
    }
    LanguageList {
    }

    Heading {
        text: qsTr("Reading aloud")
    }
    SpokenText {
        text: qsTr("Tap the speaker to hear how Samen reads a text aloud.")
        key: "settings.sample"
        linked: false
        textItem.objectName: "readAloudSample"
    }
    SettingSwitch {
        objectName: "slowReadingSwitch"
        text: qsTr("Read slowly")
        checked: ReadAloud.slow
        onToggled: ReadAloud.slow = checked
    }
    BodyText {
        objectName: "voiceStatusText"
        text: {
            switch (ReadAloud.voice) {
            case VoiceStatus.Checking:
                return qsTr("Looking for a voice on this phone …");
            case VoiceStatus.Own:
                return qsTr("This phone has a voice for your language.");
            case VoiceStatus.Related:
                return qsTr("This phone has no Dari voice. Texts are read with a Persian (Farsi) voice, which sounds a little different.");
            case VoiceStatus.Missing:
                return qsTr("This phone has no voice that can read your language aloud.");
            default:
                return qsTr("The first tap on a speaker also checks whether this phone has a voice for your language.");
            }
        }
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    VoiceAdvice {
        objectName: "voiceAdvice"
        visible: ReadAloud.voice === VoiceStatus.Missing || ReadAloud.voice === VoiceStatus.Related
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    Heading {
        visible: LanguageController.offersEthiopianCalendar
        text: qsTr("Dates")
    }
    SettingSwitch {
        objectName: "ethiopianCalendarSwitch"
        visible: LanguageController.offersEthiopianCalendar
        text: qsTr("Also show dates in the Ethiopian calendar (E.C.)")
        checked: LanguageController.ethiopianCalendar
        onToggled: LanguageController.ethiopianCalendar = checked
    }
    BodyText {
        visible: LanguageController.offersEthiopianCalendar
        text: qsTr("Samen always shows the Gregorian (European) date first, as the IND writes it. The Ethiopian date comes after it, marked E.C.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    Heading {
        text: qsTr("Reminders")
    }
    SettingSwitch {
        objectName: "detailedRemindersSwitch"
        visible: TimelineController.ready
        text: qsTr("Say which date in reminders")
        checked: TimelineController.detailedReminders
        onToggled: TimelineController.detailedReminders = checked
    }
    BodyText {
        text: qsTr("Off: a reminder only says \"You have a date to check.\" On: it also says which date and when. Others may see reminders on your screen.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    Heading {
        text: qsTr("Safety")
    }
    BodyText {
        text: qsTr("Your information is locked on this phone. Samen locks itself when you leave the app or do not use it for 5 minutes.")
    }
    BodyText {
        objectName: "protectionText"
        visible: VaultController.protection !== VaultController.Unknown
        text: {
            switch (VaultController.protection) {
            case VaultController.SecureHardware:
                return qsTr("Your PIN works together with a key in this phone's secure chip. A copy of Samen's files cannot be opened on another device.");
            case VaultController.KeyStore:
                return qsTr("Your PIN works together with a key in Android's key store (this phone has no separate secure chip for it). A copy of Samen's files cannot be opened on another device.");
            case VaultController.PinAndSealedCounter:
                return qsTr("On this computer only your PIN protects a copy of Samen's files. The computer's keyring keeps the count of wrong tries, so nobody can reset it.");
            default:
                return qsTr("On this device only your PIN protects a copy of Samen's files, and the count of wrong tries is kept in an ordinary file. Choose a PIN that nobody can guess.");
            }
        }
    }
    SecondaryButton {
        text: qsTr("Lock Samen now")
        onClicked: VaultController.lock()
    }
    SecondaryButton {
        text: VaultController.usesPassphrase ? qsTr("Change password") : qsTr("Change PIN")
        onClicked: root.openPage("changepin")
    }
    SecondaryButton {
        objectName: "backupButton"
        text: qsTr("Make a backup")
        onClicked: root.openPage("backup")
    }
    SecondaryButton {
        objectName: "restoreBackupButton"
        text: qsTr("Restore a backup")
        onClicked: root.openPage("restore")
    }
    SecondaryButton {
        text: qsTr("Erase everything")
        danger: true
        onClicked: root.openPage("erase")
    }

    Heading {
        text: qsTr("About Samen")
    }
    BodyText {
        text: qsTr("Samen works without internet. It does not send your information anywhere.")
    }
    BodyText {
        text: qsTr("Version %1").arg(Qt.application.version)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
