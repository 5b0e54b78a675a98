import QtQuick

// Pages made before they are asked for (issue 19): the router asks prepare() for the page the
// user most likely opens next, and Qt makes it in the idle time between frames (an asynchronous
// incubation), hidden in this item. When that page is asked for with the same properties,
// take() hands it to the router, which pushes it instead of making a new one: the push then
// only lays the page out and draws it. A prepared page is an ordinary page, made earlier; it
// reads the services as any page does. At most the pages the router asks for exist here (one
// or two); discardAll() destroys them (the vault locked: no page made with its data stays).
Item {
    id: root

    // Page name → { key: the properties as JSON, properties, size (the window's, which the page
    // is made at), component, incubator }.
    property var entries: ({})

    // The properties a page was made with, as text to compare.
    function keyOf(properties) {
        return JSON.stringify(properties ?? {});
    }

    // Whether @p entry's page is made at the size a page is shown at now. Laid out while hidden,
    // a page made at another size (the phone turned since) keeps that size's line breaks: the
    // deadline cards overlapped.
    function madeForThisSize(entry) {
        return entry.size.width === root.width && entry.size.height === root.height;
    }

    // Starts making page @p name from @p url with @p properties in idle time, unless it is
    // prepared (or being prepared) already at this size.
    function prepare(name, url, properties) {
        const existing = root.entries[name];
        if (existing && root.madeForThisSize(existing))
            return;
        root.discard(name);
        const entry = {
            "key": root.keyOf(properties),
            "properties": properties ?? {},
            "size": Qt.size(root.width, root.height),
            "component": Qt.createComponent(url, Component.Asynchronous),
            "incubator": null
        };
        root.entries[name] = entry;
        // The file may finish loading while the window is being destroyed (the app quits just
        // after its first frame): this item is gone then, and nothing is to be made.
        if (entry.component.status === Component.Loading)
            entry.component.statusChanged.connect(() => root?.incubate(name, entry));
        else
            root.incubate(name, entry);
    }

    // Makes @p entry's page once its file is loaded, unless it was taken or discarded meanwhile.
    function incubate(name, entry) {
        if (root.entries[name] !== entry || entry.incubator || entry.component.status === Component.Loading)
            return;
        if (entry.component.status === Component.Ready)
            entry.incubator = entry.component.incubateObject(root, Object.assign({
                        "width": entry.size.width,
                        "height": entry.size.height
                    }, entry.properties), Qt.Asynchronous);
        if (!entry.incubator) {
            console.warn("A page could not be prepared:", entry.component.errorString());
            delete root.entries[name];
        }
    }

    // The prepared page @p name made with @p properties at this size (finished now if it was
    // still being made), which belongs to the caller from now on; null when there is none to
    // take (one made at another size is destroyed).
    function take(name, properties) {
        const entry = root.entries[name];
        if (!entry || entry.key !== root.keyOf(properties))
            return null;
        delete root.entries[name];
        if (!entry.incubator)
            return null;
        if (entry.incubator.status === Component.Loading)
            entry.incubator.forceCompletion();
        const page = entry.incubator.status === Component.Ready ? entry.incubator.object : null;
        if (page && !root.madeForThisSize(entry)) {
            page.destroy();
            return null;
        }
        if (page) {
            // Sized here only to be made at the right width: the view it is pushed on sizes it.
            page.width = undefined;
            page.height = undefined;
        }
        return page;
    }

    // Destroys @p page, a taken page that its view gave back. Not while the window is being
    // destroyed: its pages go with it, and are half gone already (destroy is no function then).
    function release(page) {
        if (typeof page?.destroy === "function")
            page.destroy();
    }

    // The page prepared as @p name if it is made already, else null (for tests).
    function preparedPage(name) {
        const entry = root.entries[name];
        return entry && entry.incubator && entry.incubator.status === Component.Ready ? entry.incubator.object : null;
    }

    // Destroys the page prepared as @p name, finished or not.
    function discard(name) {
        const entry = root.entries[name];
        const page = entry ? root.take(name, entry.properties) : null;
        if (page)
            page.destroy();
    }

    // Destroys every prepared page, finished or not.
    function discardAll() {
        for (const name of Object.keys(root.entries))
            root.discard(name);
    }

    visible: false
}
