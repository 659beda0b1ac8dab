/* The post editor: an uploaded image's Markdown goes where the cursor stood in the text, and the preview follows. */
var werkraumEditor = {
    insertImage: function (textareaId, args) {
        if (!args || args.validationFailed || !args.imageMarkdown) {
            return;
        }
        var text = document.getElementById(textareaId);
        var start = text.selectionStart === undefined ? text.value.length : text.selectionStart;
        var end = text.selectionEnd === undefined ? start : text.selectionEnd;
        var before = text.value.substring(0, start);
        // a paragraph of its own: right below a table row or a list item, the image would join the table or list
        var gap = before.length === 0 || /\n\n$/.test(before) ? '' : /\n$/.test(before) ? '\n' : '\n\n';
        var snippet = gap + args.imageMarkdown + '\n\n';
        text.value = before + snippet + text.value.substring(end);
        text.selectionStart = text.selectionEnd = start + snippet.length;
        text.focus();
        text.dispatchEvent(new Event('keyup'));
    }
};
