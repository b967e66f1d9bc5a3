/** The `category` option shared by several commands: its definition and its autocomplete. */
export function categoryOption(description, required = false) {
    return (o) => o
        .setName('category')
        .setNameLocalizations({ 'zh-CN': '指标项' })
        .setDescription(description.en)
        .setDescriptionLocalizations({ 'zh-CN': description.zh })
        .setRequired(required)
        .setAutocomplete(true);
}
/** Categories matching what was typed (name, key or a column-title synonym); a bureau's own when one is given. */
export function categoryChoices(query, ctx, bureauId) {
    const catalog = ctx.catalog();
    const q = query.trim();
    const keys = bureauId ? catalog.bureau(bureauId)?.sections.map((s) => s.category) : undefined;
    const candidates = keys
        ? keys.map((k) => catalog.category(k) ?? { key: k, name: k, synonyms: [] })
        : catalog.categories;
    return candidates
        .filter((c) => !q || c.name.includes(q) || c.key.includes(q.toLowerCase()) || c.synonyms.some((s) => s.includes(q)))
        .slice(0, 25)
        .map((c) => ({ name: `${c.name}（${c.key}）`, value: c.key }));
}
//# sourceMappingURL=category-option.js.map