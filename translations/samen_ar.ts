<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part is not ready yet. It will come in an update. Nothing is saved here yet.</source>
        <translation>هذا الجزء ليس جاهزًا بعد. سيأتي في تحديث قادم. لا يُحفَظ هنا أي شيء حتى الآن.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Here you will see your important dates, such as the last day to apply. Samen will remind you in time.</source>
        <translation>هنا سترى تواريخك المهمة، مثل آخر يوم لتقديم الطلب. سيذكّرك Samen في الوقت المناسب.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.</source>
        <translation>هنا ستجيب عن أسئلة بسيطة، سؤالًا بعد سؤال. ثم يُظهر لك Samen مَن مِن عائلتك يمكنه القدوم، وآخر موعد لتقديم الطلب.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family and documents</source>
        <translation>العائلة والوثائق</translation>
    </message>
    <message>
        <source>Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.</source>
        <translation>هنا ستضيف أفراد عائلتك. لكل شخص سترى الأوراق المطلوبة. يمكنك حفظ صور الأوراق بأمان داخل هذا التطبيق.</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Show to a helper</source>
        <translation>اعرضه على مساعد</translation>
    </message>
    <message>
        <source>Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.</source>
        <translation>هنا ستعرض ملخصًا قصيرًا باللغة الهولندية على متطوع أو محامٍ، ليستطيع مساعدتك بسرعة.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bring your family to the Netherlands, step by step.</source>
        <translation>أحضِر عائلتك إلى هولندا، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Who can come?</source>
        <translation>مَن يمكنه القدوم؟</translation>
    </message>
    <message>
        <source>Answer simple questions about your family.</source>
        <translation>أجب عن أسئلة بسيطة حول عائلتك.</translation>
    </message>
    <message>
        <source>Family and documents</source>
        <translation>العائلة والوثائق</translation>
    </message>
    <message>
        <source>The papers each person needs.</source>
        <translation>الأوراق التي يحتاجها كل شخص.</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>التواريخ والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Apply in time. Samen reminds you.</source>
        <translation>قدّم طلبك في الوقت المناسب. Samen يذكّرك.</translation>
    </message>
    <message>
        <source>Show to a helper</source>
        <translation>اعرضه على مساعد</translation>
    </message>
    <message>
        <source>A short summary in Dutch for a volunteer.</source>
        <translation>ملخص قصير باللغة الهولندية لمتطوع.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language, and about this app.</source>
        <translation>اللغة، ومعلومات عن هذا التطبيق.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Tap your language. You can change it later in Settings.</source>
        <translation>اضغط على لغتك. يمكنك تغييرها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>About Samen</source>
        <translation>عن Samen</translation>
    </message>
    <message>
        <source>Samen works without internet. It does not send your information anywhere.</source>
        <translation>يعمل Samen بدون إنترنت. لا يرسل معلوماتك إلى أي مكان.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
</context>
</TS>
