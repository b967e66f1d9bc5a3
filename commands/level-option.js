/** The `level` option shared by several commands: province, city or county, named in both languages. */
export function levelOption(o) {
    return o
        .setName('level')
        .setNameLocalizations({ 'zh-CN': '层级' })
        .setDescription('province, city or county')
        .setDescriptionLocalizations({ 'zh-CN': '省级、市级或县级' })
        .addChoices({ name: 'province', name_localizations: { 'zh-CN': '省级' }, value: 'province' }, { name: 'city', name_localizations: { 'zh-CN': '市级' }, value: 'city' }, { name: 'county', name_localizations: { 'zh-CN': '县级' }, value: 'county' });
}
//# sourceMappingURL=level-option.js.map