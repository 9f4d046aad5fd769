/**
 * The block in the editor: its settings in the sidebar, in words an editor uses, and the element itself
 * as the preview (the same snippet the page gets, from the server, brought to life by the element's
 * script, which the editor loads too). Plain script over WordPress's globals: nothing to build.
 */
( function ( blocks, blockEditor, components, element, i18n, ServerSideRender ) {
	const el = element.createElement;
	const __ = ( text ) => i18n.__( text, 'lp-schoten' );

	const texts = [
		{ value: 'lp-mission-vision-values', label: __( 'Mission, vision and values (the whole text)' ) },
		{ value: 'lp-mission', label: __( 'Mission' ) },
		{ value: 'lp-vision-list', label: __( 'Vision, with its five points' ) },
		{ value: 'lp-values-acronym', label: __( 'Values (SCHOTEN)' ) },
	];
	// Each language in its own name, as a reader of that language looks for it.
	const languages = [
		{ value: '', label: __( "The site's language" ) },
		{ value: 'nl', label: 'Nederlands' },
		{ value: 'fr', label: 'Français' },
		{ value: 'de', label: 'Deutsch' },
		{ value: 'en', label: 'English' },
	];
	const looks = [
		{ value: 'plain', label: __( "Plain, in the page's own style" ) },
		{ value: 'card', label: __( 'In a card, with the police blue' ) },
	];
	const layouts = [
		{ value: 'stacked', label: __( 'One value per row' ) },
		{ value: 'word', label: __( 'The letters side by side, as the word SCHOTEN' ) },
	];
	const levels = [ 1, 2, 3, 4, 5, 6 ].map( ( level ) => ( {
		value: String( level ),
		label: i18n.sprintf( __( 'Heading %d' ), level ),
	} ) );

	blocks.registerBlockType( 'lp-schoten/embed', {
		edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
			return el(
				element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Text and look' ) },
						el( components.SelectControl, { label: __( 'Text' ), value: attributes.element, options: texts, onChange: set( 'element' ) } ),
						el( components.SelectControl, {
							label: __( 'Language' ),
							help: attributes.lang
								? __( 'The text stays in this language, whatever the language of the page.' )
								: __( "The text is in the site's language (Dutch if the site's language is not Dutch, French, German or English)." ),
							value: attributes.lang,
							options: languages,
							onChange: set( 'lang' ),
						} ),
						el( components.SelectControl, { label: __( 'Look' ), value: attributes.variant, options: looks, onChange: set( 'variant' ) } ),
						attributes.element === 'lp-values-acronym' &&
							el( components.SelectControl, { label: __( 'Values laid out' ), value: attributes.layout, options: layouts, onChange: set( 'layout' ) } )
					),
					el(
						components.PanelBody,
						{ title: __( 'Title' ) },
						el( components.ToggleControl, {
							label: __( 'Hide the title' ),
							help: __( 'For a page that already has its own title above this text.' ),
							checked: attributes.hideHeading,
							onChange: set( 'hideHeading' ),
						} ),
						el( components.SelectControl, {
							label: __( 'Title level' ),
							help: __( 'Fit the text into the outline of your page: under a Heading 1 page title, choose Heading 2. Its sections get the level below.' ),
							value: String( attributes.headingLevel ),
							options: levels,
							onChange: ( value ) => setAttributes( { headingLevel: Number( value ) } ),
						} )
					)
				),
				el( 'div', blockEditor.useBlockProps(), el( ServerSideRender, { block: 'lp-schoten/embed', attributes } ) )
			);
		},
	} );
} )( window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n, window.wp.serverSideRender );
