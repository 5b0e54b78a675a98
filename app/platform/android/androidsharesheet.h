#pragma once

#include "platform/sharesheet.h"

namespace samen::platform {

/**
 * Android's share sheet through `nl.samen.app.SharedFiles` (JNI, README "Java methods the C++ JNI
 * glue calls"): the bytes go to Java's memory and a private content provider streams them to the
 * app the user picks; no file is written. Call on the GUI thread (it starts an activity).
 */
class AndroidShareSheet : public ShareSheet
{
public:
    bool share(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
               const QString &title) override;
    void forget() override;
};

} // namespace samen::platform
